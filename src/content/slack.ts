// Injected into the Slack web app. It stays silent until an incident is active: the banner and
// the selection toast are filled in by the Slack feature; here it only marks that it is present,
// so the worker can tell Slack tabs apart.
document.documentElement.dataset.incidentDesk = 'ready';
