// How a feature declares the messages its pages send the worker: the request's schema (every
// request is validated in the worker: a content script runs on pages we do not control, so nothing
// it sends is trusted by shape alone) and who besides the extension's own pages may send it. The
// router and the sender policy (src/background) are built from these declarations alone.
import * as v from 'valibot';

/**
 * Senders beyond the popup and options pages, which may send anything:
 * - `sidebar`: the sidebar frame, acting only on the doc of the tab it is framed in;
 * - `slack`: the Slack content script;
 * - `any-page`: any content script (Docs, Slack), for what reveals nothing.
 */
export type Sender = 'sidebar' | 'slack' | 'any-page';

export interface MessageDecl<S extends v.GenericSchema = v.GenericSchema> {
  request: S;
  from: readonly Sender[];
}

/** A message only the popup and options pages may send. */
export const pagesOnly = <S extends v.GenericSchema>(request: S): MessageDecl<S> => ({ request, from: [] });
/** A message the sidebar may send too, for the doc it is framed in. */
export const fromSidebar = <S extends v.GenericSchema>(request: S): MessageDecl<S> => ({ request, from: ['sidebar'] });

// Fields several features' requests share.
export const incidentId = v.pipe(v.string(), v.regex(/^inc-[0-9a-z-]{4,40}$/, 'is not an incident id'));
export const entryText = v.pipe(v.string(), v.maxLength(5000, 'Keep an entry under 5,000 characters; add several'));
export const documentId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{5,200}$/, 'is not a Google Docs document id'));
export const empty = v.strictObject({});
