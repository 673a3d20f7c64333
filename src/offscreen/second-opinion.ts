import { secondOpinion, type PseudonymMap, type RedactionSettings, type SecondOpinion, type Tagger, type TaggedTerm } from '../core/redaction';
import { redactTexts } from './redact-texts';

let loading: Promise<Tagger> | null = null;

/** compromise, loaded on the first scan that has doubts and kept for the next. */
export function loadCompromise(): Promise<Tagger> {
  if (loading === null) {
    loading = import('compromise').then(
      ({ default: nlp }) =>
        (text: string) =>
          (nlp(text).json({ offset: true }) as { terms: TaggedTerm[] }[]).flatMap((s) => s.terms),
    );
    // A failed load is tried again next time rather than remembered.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/**
 * Redacts, then asks the tagger about the doubts, if any, and redacts again with what it settled.
 * Without a tagger the doubts simply stay held for review: its failure never loosens redaction.
 */
export async function redactWithSecondOpinion(
  texts: string[],
  settings: Partial<RedactionSettings>,
  map: PseudonymMap,
  load: () => Promise<Tagger> = loadCompromise,
): Promise<ReturnType<typeof redactTexts> & { opinion?: SecondOpinion }> {
  const first = redactTexts(texts, settings, map);
  if (first.doubts.length === 0) return first;
  let tag: Tagger;
  try {
    tag = await load();
  } catch {
    return first;
  }
  const opinion = secondOpinion(texts, first.held, tag);
  if (opinion.people.length === 0 && opinion.things.length === 0) return { ...first, opinion };
  return { ...redactTexts(texts, settings, map, opinion), opinion };
}
