/** Asks the sidebar (in the same content-script world) to open and focus the timeline composer. */
export const FOCUS_COMPOSER_EVENT = 'incident-desk:focus-composer';
/** What the worker sends the tab when the keyboard shortcut is pressed. */
export const FOCUS_COMPOSER_MESSAGE = 'incident-desk/focus-composer';
/** A short confirmation the worker asks the page to show (e.g. how many occurrences were redacted). */
export const TOAST_MESSAGE = 'incident-desk/toast';
/** The worker asks the Slack tab for the right-clicked message's time and author. */
export const SELECTION_CONTEXT_MESSAGE = 'incident-desk/selection-context';
