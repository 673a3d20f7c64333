import { BODY_START, FIRST_TAB_ID, paragraphs, type DocContent, type Style } from './docs-model';

/** The Document resource as documents.get returns it: legacy top-level body, or tabs[] with includeTabsContent. */
export function documentJson(doc: { documentId: string; title: string; content: DocContent }, revisionId: string | undefined, includeTabs: boolean): object {
  const tab = {
    body: { content: bodyContent(doc.content) },
    documentStyle: DOCUMENT_STYLE,
    ...namedRangesJson(doc.content),
  };
  const head = { documentId: doc.documentId, title: doc.title, ...(revisionId !== undefined ? { revisionId } : {}), suggestionsViewMode: 'SUGGESTIONS_INLINE' };
  if (includeTabs) {
    return { ...head, tabs: [{ tabProperties: { tabId: FIRST_TAB_ID, title: 'Tab 1', index: 0 }, documentTab: tab }] };
  }
  return { ...head, ...tab };
}

const DOCUMENT_STYLE = {
  pageSize: { height: { magnitude: 792, unit: 'PT' }, width: { magnitude: 612, unit: 'PT' } },
  marginTop: { magnitude: 72, unit: 'PT' },
  marginBottom: { magnitude: 72, unit: 'PT' },
  marginLeft: { magnitude: 72, unit: 'PT' },
  marginRight: { magnitude: 72, unit: 'PT' },
};

function bodyContent(c: DocContent): object[] {
  const out: object[] = [
    { endIndex: BODY_START, sectionBreak: { sectionStyle: { columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT', sectionType: 'CONTINUOUS' } } },
  ];
  for (const p of paragraphs(c)) {
    out.push({
      startIndex: p.startIndex,
      endIndex: p.endIndex,
      paragraph: { elements: textRuns(c, p.startIndex, p.endIndex), paragraphStyle: { direction: 'LEFT_TO_RIGHT', ...p.style } },
    });
  }
  return out;
}

/** Runs of identically styled text; a paragraph's text never spans runs across its newline. */
function textRuns(c: DocContent, start: number, end: number): object[] {
  const runs: object[] = [];
  let runStart = start;
  const key = (i: number): string => JSON.stringify(c.textStyles[i - BODY_START] ?? {});
  for (let i = start + 1; i <= end; i++) {
    if (i < end && key(i) === key(runStart)) continue;
    runs.push({
      startIndex: runStart,
      endIndex: i,
      textRun: { content: c.text.slice(runStart - BODY_START, i - BODY_START), textStyle: (c.textStyles[runStart - BODY_START] ?? {}) as Style },
    });
    runStart = i;
  }
  return runs;
}

function namedRangesJson(c: DocContent): { namedRanges?: Record<string, object> } {
  if (c.namedRanges.length === 0) return {};
  const byName: Record<string, { name: string; namedRanges: object[] }> = {};
  for (const nr of c.namedRanges) {
    const group = (byName[nr.name] ??= { name: nr.name, namedRanges: [] });
    group.namedRanges.push({ namedRangeId: nr.namedRangeId, name: nr.name, ranges: nr.ranges.map((r) => ({ ...r, tabId: FIRST_TAB_ID })) });
  }
  return { namedRanges: byName };
}
