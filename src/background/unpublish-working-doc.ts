// The last step of giving an incident of an older version its public copy
// (storage/legacy-public-copy.ts): once the public copy is published, the working doc, which the
// whole company edits, is no longer public. Links to its old published page stop working; the
// working doc's second line names the public copy.
import { unpublishFromWeb } from '../services/drive';
import { AppError } from '../core/errors';
import type { Executor } from './outbox';

export const unpublishWorkingDocExecutor: Executor = async ({ results }) => {
  const documentId = results['doc']?.['documentId'];
  if (!documentId) throw new AppError('internal', 'Step "doc" left no documentId.');
  return { documentId, unpublishedRevisions: String(await unpublishFromWeb(documentId)) };
};
