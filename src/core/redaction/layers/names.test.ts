import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { names } from './names';

const found = (text: string) => names(paragraph(text)).spans.map((s) => s.text);
const doubted = (text: string) => names(paragraph(text)).doubts.map((s) => s.text);

describe('names from the name data', () => {
  it('finds given names of many languages and grows them into full names', () => {
    expect(found('Michael Renner asks some interesting questions')).toEqual(['Michael Renner']);
    expect(found('Katharine Berry is also looking')).toEqual(['Katharine Berry']);
    expect(found('John F. Kennedy and Vincent van Gogh')).toEqual(['John F. Kennedy', 'Vincent van Gogh']);
    expect(found('handed over to Oluwaseun and Benjamin Elder')).toEqual(['Oluwaseun', 'Benjamin Elder']);
  });

  it('knows the names of the US birth records, accents folded, but no place or word among them', () => {
    expect(found('Update 09:05 UTC: Kourosh has finished refreshing the git backup.')).toEqual(['Kourosh']);
    expect(found('thanks (Ayşe) for the quick revert')).toEqual(['Ayşe']);
    expect(found('Customers in São Paulo saw errors')).toEqual([]);
    expect(found('The Gitaly Cluster routes writes; the Steering Council met.')).toEqual([]);
  });

  it('knows word-names given thousands of times, but only where people stand', () => {
    expect(found('Honey Ramírez and Melody Nakashima wrote the customer FAQ.')).toEqual(['Honey Ramírez', 'Melody Nakashima']);
    expect(found('10:33 Rich confirms no duplicate orders')).toEqual(['Rich']);
    expect(found('Rich text in the honey pot; cash flow was fine.')).toEqual([]);
  });

  it('takes names that are also words only before a surname or where people stand', () => {
    expect(found('Grace Zwelitsha rolled back the deploy')).toEqual(['Grace Zwelitsha']);
    expect(found('so Grace stepped in')).toEqual(['Grace']);
    expect(found('Grace period for failed payments was extended')).toEqual([]);
    expect(found('Mark the incident as resolved')).toEqual([]);
    expect(found('Will the replica recover?')).toEqual([]);
  });

  it('reads particles, apostrophes, initials and honorifics as parts of one name', () => {
    expect(found('Quirin de la Vega confirmed')).toEqual(['Quirin de la Vega']);
    expect(found("Dervla O'Sullivan led the review")).toEqual(["Dervla O'Sullivan"]);
    expect(found('J. R. Zwelitsha rotated the certificate')).toEqual(['J. R. Zwelitsha']);
    // The honorific goes too: "Dr. Engineer 2" would read oddly, and "Mrs." tells more than a pseudonym should.
    expect(found('Dr. Zwelitsha joined the bridge')).toEqual(['Dr. Zwelitsha']);
    expect(found('Dr. Amani Juma from the vendor confirmed the firmware bug')).toEqual(['Dr. Amani Juma']);
    expect(found('M. A. Haddad approves the emergency change')).toEqual(['M. A. Haddad']);
    expect(found('María José de los Santos coordinated with the vendor')).toEqual(['María José de los Santos']);
  });

  it('takes a word-name before a word that may be a surname where people stand, and only there', () => {
    expect(found('11:20 UTC Rose Baker restarts the exporter')).toEqual(['Rose Baker']);
    expect(found('We thank Rose Baker, Grace Lindqvist and Hope Mensah for their help')).toEqual(['Rose Baker', 'Grace Lindqvist', 'Hope Mensah']);
    expect(found('Argo Rollouts paused the canary')).toEqual([]);
    expect(found('Rose Garden is the name of the new cluster')).toEqual([]);
  });

  it('reads an unknown word opening a timeline entry, before a verb, as the one who acted', () => {
    expect(found('11:45 — Tavrovexu drains node pool b')).toEqual(['Tavrovexu']);
    expect(found('[11:45] Tavrovexu drains node pool b')).toEqual(['Tavrovexu']);
    // Anywhere else a verb things do too leaves it in doubt.
    expect(found('Tavrovexu drains node pool b')).toEqual([]);
    expect(doubted('Tavrovexu drains node pool b')).toEqual(['Tavrovexu']);
  });

  it('reads an apposition naming a thing, and places among places, as no person', () => {
    expect(found('Orion, the billing service, returned stale prices')).toEqual([]);
    expect(doubted('Heimdall, our auth proxy, rejected valid tokens')).toEqual([]);
    expect(found('Customers in Lagos, Manila and São Paulo reported slow pages')).toEqual([]);
    expect(doubted('Customers in Lagos, Manila and São Paulo reported slow pages')).toEqual([]);
    expect(found('We moved the workload from Virginia to Oregon')).toEqual([]);
    expect(found('Orion, the on-call engineer, restarted it')).toEqual(['Orion']);
  });

  it('lets a word-name that says what something is not, or names what its plural noun does, go', () => {
    expect(doubted('Hope is not a strategy, so we added an alert.')).toEqual([]);
    expect(found('Hope confirmed the backups were intact.')).toEqual(['Hope']);
    expect(doubted('Grace dashboards were slow')).toEqual([]);
  });

  it('holds a lone unknown word in doubt rather than redacting it', () => {
    expect(found('Zorvath is degraded')).toEqual([]);
    expect(doubted('Zorvath is degraded')).toEqual(['Zorvath']);
  });

  it('leaves words, products, dates and headings alone', () => {
    expect(found('Root Cause: the Redis Sentinel failover')).toEqual([]);
    expect(found('Customer Impact on GitLab.com and GitHost')).toEqual([]);
    expect(found('We will restart it in May or June, on Monday')).toEqual([]);
    expect(doubted('Root Cause Analysis of the Feature Flags Service Outage')).toEqual([]);
  });

  it('lets a doubt in a list take the side of its neighbours', () => {
    expect(found('Grace Hopkins and Rose handled the customer calls')).toEqual(['Grace Hopkins', 'Rose']);
    expect(doubted('Grafana, Zorvath and Tempo dashboards were slow')).toEqual([]);
    expect(doubted('Zorvath and Qelbrin were slow')).toEqual(['Zorvath', 'Qelbrin']);
    expect(found('then Zorvath and Qelbrin confirm recovery')).toEqual(['Zorvath', 'Qelbrin']);
    expect(found('Zorvath and Qelbrin are degraded')).toEqual([]);
    // One product beside it is no list of products.
    expect(doubted('Zorvath and Redis experts joined later')).toEqual(['Zorvath']);
  });

  it('takes a word-name opening a sentence when only a person could do what follows', () => {
    expect(found('Hope confirmed the backups were intact.')).toEqual(['Hope']);
    expect(found('Hope is not a strategy.')).toEqual([]);
    // Not taken, but held: a word-name opening a sentence before a verb may be someone.
    expect(doubted('Grace was there at 02:00')).toEqual(['Grace']);
    expect(found('Grace was paged at 02:00')).toEqual(['Grace']);
    expect(doubted('Will the replica recover?')).toEqual([]);
    // "put it" is what people do with words.
    expect(found('then as Rose put it, the alert was right')).toEqual(['Rose']);
    expect(doubted('Where We Got Lucky')).toEqual([]);
    expect(found('Will confirmed is not a status.')).toEqual([]);
  });

  it('reads names in code spans only where they are surely names', () => {
    expect(found('author `Priyanka Raghunathan <praghu@example.org>`')).toEqual(['Priyanka Raghunathan']);
    expect(found('run `Svetlana.new` then')).toEqual([]);
    expect(doubted('call `Zorvath Qelbrin` here')).toEqual(['Zorvath Qelbrin']);
    expect(doubted('call `Zorvath --force` here')).toEqual([]);
  });

  it('reads two English words run together, one of incident write-ups, as a word', () => {
    expect(doubted('Healthcheck finished overnight')).toEqual([]);
    expect(doubted('Crossplane reconciled it; Zorbflow and Quxstack moved it')).toEqual([]);
    expect(doubted('Qorvalis finished overnight')).toEqual(['Qorvalis']);
    // A name that happens to split into two words stays held.
    expect(doubted('so Bradmoor finished it')).toEqual(['Bradmoor']);
  });

  it('reads names in scripts without capitals: known ones found, unknown ones held', () => {
    expect(found('After talking to 岡本, we rolled back.')).toEqual(['岡本']);
    expect(doubted('so 喵喵喵 moved it')).toEqual(['喵喵喵']);
  });

  it('takes a lone word-name or surname where only people stand: "who", a person\'s things, particles', () => {
    expect(found('Grace, who was on call, escalated.')).toEqual(['Grace']);
    // Charles is also a product: held.
    expect(doubted('Charles, who was on call, escalated.')).toEqual(['Charles']);
    expect(found('It was Urbaniak who spotted the bad config.')).toEqual(['Urbaniak']);
    expect(found('Hope’s patch fixed the leak.')).toEqual(['Hope’s']);
    expect(found('Hope’s memory was low.')).toEqual([]);
    expect(found('Later, van der Horst confirmed the backups.')).toEqual(['van der Horst']);
    expect(found('Working with Zelda, Evan Lang drained the node.')).toContain('Evan Lang');
  });

  it('reads name forms: any capital with an apostrophe, suffixes, a tool that is a surname after a given name', () => {
    expect(found("Awa N'Diaye restarted the replica.")).toEqual(["Awa N'Diaye"]);
    expect(found('Robert Jenkins Jr. restarted the replica.')).toEqual(['Robert Jenkins Jr.']);
    expect(found('We thank Henry Tudor III for it.')).toEqual(['Henry Tudor III']);
    // A brand that is a given name, opening a sentence before a past tense, is someone (13 in 13 in
    // our dev rounds); a tool of our lexicon is not.
    expect(found('Kofi paused ingestion.')).toEqual(['Kofi']);
    expect(doubted('Jenkins paused the build.')).toEqual([]);
    expect(doubted('SSO through Okta could not log in.')).toEqual([]);
  });

  it('takes a lone surname next to a role, a team or "and I"', () => {
    expect(found('SRE Dupuy drained the node.')).toEqual(['Dupuy']);
    expect(found('The on-call engineer, Fournier, escalated.')).toEqual(['Fournier']);
    expect(found('Dold on the database team confirmed it.')).toEqual(['Dold']);
    expect(found('Putzolu and I rotated the keys.')).toEqual(['Putzolu']);
    expect(found('van Dijk was the incident commander.')).toEqual(['van Dijk']);
    expect(found('Dold cluster on the database side')).toEqual([]);
  });

  it("holds a product's name where people stand, and takes no tool of our lexicon", () => {
    expect(doubted('Nike leads the retro.')).toEqual(['Nike']);
    // Beside a person in a list, it takes the person's side.
    expect(found('We thank Stepanov and Gerrit for the quick work.')).toEqual(['Stepanov', 'Gerrit']);
    expect(found('Jenkins restarted the job.')).toEqual([]);
  });

  it('reads a place or a false plural as a name where people stand', () => {
    expect(found('Bartlett restarted the replica')).toEqual(['Bartlett']);
    expect(found('Barnes restarted the replica')).toEqual(['Barnes']);
  });

  it('reads a lone unknown word after a determiner as a thing', () => {
    expect(doubted('the Zorvath cluster was rebalanced')).toEqual([]);
    expect(doubted('it caused the migration Job to run first')).toEqual([]);
    expect(found('it caused the engineer Rose to run first')).toEqual(['Rose']);
    expect(doubted('so Zorvath moved it')).toEqual(['Zorvath']);
    expect(doubted('we learned that Zorvath had paused it')).toEqual(['Zorvath']);
  });

  it('does not carry "the <noun>" across a sentence end onto the next sentence\'s first word', () => {
    expect(doubted('We renewed the certificate. Zorvath was slow again')).toEqual(['Zorvath']);
    expect(found('We renewed the certificate, Zorvath said')).toEqual(['Zorvath']);
  });

  it('reads an unknown word before a plural noun and its verb, or before what only systems do, as a thing', () => {
    expect(doubted('Zorvath ingesters ran out of memory')).toEqual([]);
    expect(doubted('Zorvath pipelines queued behind the deploys')).toEqual([]);
    expect(doubted('Zorvath crashed twice')).toEqual([]);
    // With an object the verb has a doer, who may be a person.
    expect(doubted('Zorvath crashed the staging cluster')).toEqual(['Zorvath']);
    expect(doubted('Zorvath queries the replica')).toEqual(['Zorvath']);
    expect(doubted('Zorvath was moved')).toEqual(['Zorvath']);
    expect(doubted('Zorvath returned from leave')).toEqual(['Zorvath']);
    expect(found('Zorvath sees increased latency')).toEqual(['Zorvath']);
  });
});
