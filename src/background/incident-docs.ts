// The incident ↔ doc question for the worker's handlers, read from the outbox (core/incident-docs).
import { AppError } from '../core/errors';
import { workingDocOf } from '../core/incident-docs';
import { load } from './store';

/** The incident's working doc, or undefined while it has none. */
export const documentOfIncident = async (incidentId: string): Promise<string | undefined> => workingDocOf(await load('outbox'), incidentId);

/** The incident's working doc; an error a person can read when it has none yet. */
export async function documentOf(incidentId: string): Promise<string> {
  const id = await documentOfIncident(incidentId);
  if (!id) throw new AppError('not_found', 'This incident has no doc yet.');
  return id;
}
