/** What the worker sends the tab when the keyboard shortcut is pressed. */
export const FOCUS_COMPOSER_MESSAGE = 'incident-desk/focus-composer';
/** The "Redact a term" shortcut: open the sidebar's redact field, for the person to paste into. */
export const REDACT_FIELD_MESSAGE = 'incident-desk/redact-field';
/** A short confirmation the worker asks the page to show (e.g. how many occurrences were redacted). */
export const TOAST_MESSAGE = 'incident-desk/toast';
/** The worker asks the Slack tab for the right-clicked message's time and author. */
export const SELECTION_CONTEXT_MESSAGE = 'incident-desk/selection-context';

/** The sidebar frame lives in the incident doc's page; its parent is always this origin. */
export const DOCS_ORIGIN = 'https://docs.google.com';
/** The extension page the content script frames into the doc. */
export const SIDEBAR_PAGE = 'src/ui/sidebar/index.html';
/** The widths, in CSS pixels, the host lets the sidebar take (its resizer announces them). */
export const SIDEBAR_MIN_WIDTH = 280;
export const SIDEBAR_MAX_WIDTH = 640;

/**
 * Between the sidebar frame and the content script hosting it, by postMessage. The page sees
 * these too, so they carry layout and focus only, never incident data; each side checks that the
 * message comes from the other's window.
 */
export type FrameToHost = { incidentDesk: 'layout'; collapsed: boolean; width?: number } | { incidentDesk: 'leave' };
export type HostToFrame = { incidentDesk: 'layout'; collapsed: boolean } | { incidentDesk: 'focus'; field: 'composer' | 'redact' };
