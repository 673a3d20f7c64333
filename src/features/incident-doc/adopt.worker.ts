// A colleague's incident doc opened in this browser: this extension did not declare it, so it
// knows nothing of it. Joining reads what the doc itself says (title, summary, who declared and
// when) and records the doc as this incident's, so the sidebar works here too.
import { editorUrl } from '../../core/doc-url';
import { findSection, paragraphs } from '../../core/doc-sections';
import { newIncidentId, type Incident } from '../../core/incident';
import { findPublicCopyUrl, SECTIONS } from '../../core/incident-doc';
import { newStep, started, succeeded } from '../../core/outbox';
import { getDocument } from '../../services/docs';
import { AppError } from '../../core/errors';
import { load, update } from '../../background/store';
import { incidentOfDoc } from '../../core/incident-docs';

const DECLARED = /Major incident declared (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC by the ([^;.]+)/;

export async function adoptDoc(documentId: string): Promise<{ incidentId: string }> {
  const known = incidentOfDoc(await load('outbox'), documentId);
  if (known) return { incidentId: known };
  const doc = await getDocument(documentId);
  const all = paragraphs(doc);
  if (!findSection(all, SECTIONS.timeline)) throw new AppError('invalid', 'This doc has no Timeline heading, so it is not an incident doc.');
  const declared = all.map((p) => DECLARED.exec(p.text)).find(Boolean);
  const now = new Date();
  const incident: Incident = {
    id: newIncidentId(now),
    title: (doc.title ?? 'Incident').replace(/^Major incident:\s*/, ''),
    why:
      findSection(all, SECTIONS.summary)
        ?.body.map((p) => p.text)
        .join(' ')
        .trim() ?? '',
    declaredAt: declared ? new Date(`${declared[1]}T${declared[2]}:00Z`).toISOString() : now.toISOString(),
    declarerRole: declared?.[3]?.trim() ?? '',
    state: 'active',
  };
  const at = now.getTime();
  const done = (name: string, result: Record<string, string>) => succeeded(started(newStep(incident.id, name, [], at), at), result, at);
  // The public link is in the doc itself: Drive's drive.file scope does not reach a colleague's files.
  const publicUrl = findPublicCopyUrl(all.map((p) => p.text));
  await update('incidents', (incidents) => ({ ...incidents, [incident.id]: incident }));
  await update('outbox', (steps) => [
    ...steps,
    done('doc', { documentId, docUrl: editorUrl(documentId) }),
    // Its public copy is written by the declaring browser alone; here we only know its link.
    ...(publicUrl ? [done('publish', { publicUrl })] : []),
  ]);
  await update('activeIncidentId', (current) => current ?? incident.id);
  return { incidentId: incident.id };
}
