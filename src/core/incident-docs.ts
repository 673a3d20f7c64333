// Which doc belongs to which incident, answered in one place: the doc step's result, once that
// step is done (the declaration's doc step, or the one an adopted doc's colleague records).
import type { Step } from './outbox';

const isDocStep = (s: Step) => s.name === 'doc' && s.state === 'done' && Boolean(s.result?.['documentId']);

/** The incident's working doc, if its doc step is done. */
export const workingDocOf = (outbox: readonly Step[], incidentId: string): string | undefined =>
  outbox.find((s) => s.incidentId === incidentId && isDocStep(s))?.result?.['documentId'];

/** The incident whose working doc this is, if any. */
export const incidentOfDoc = (outbox: readonly Step[], documentId: string): string | undefined =>
  outbox.find((s) => isDocStep(s) && s.result?.['documentId'] === documentId)?.incidentId;
