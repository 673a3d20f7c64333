/** The services Incident Desk signs in to. */
export const SERVICES = ['google', 'slack', 'x', 'gitlab', 'zoom'] as const;
export type ServiceId = (typeof SERVICES)[number];

/** How a person reads each service's name (the connections panel, sign-in errors). */
export const SERVICE_LABELS: Record<ServiceId, string> = {
  google: 'Google (Docs and Drive)',
  slack: 'Slack',
  x: 'X',
  gitlab: 'GitLab',
  zoom: 'Zoom',
};
