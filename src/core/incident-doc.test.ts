import { describe, expect, it } from 'vitest';
import { findPublicCopyUrl, incidentDocRequests, publicCopyLine, SECTIONS, WAR_ROOM_NOTE, writeLinesRequests } from './incident-doc';
import { formatEntry, parseEntry } from '../features/timeline/timeline';

const input = {
  title: 'Major incident: 🔥 database replica lag',
  summary: 'Replication lag on the primary cluster.\nAll writes slow.',
  declaredAt: '2026-11-27T14:02:31.000Z',
  declarerRole: 'Production Lead',
  commsLeadRole: 'VP of Engineering',
  segments: ['GitLab.com', 'GitHost', 'on-premises'],
  firstEntry: { at: '2026-11-27T14:02:31.000Z', kind: 'action' as const, text: 'Major incident declared' },
};

describe('incident doc', () => {
  it('writes every handbook section, headings styled, at UTF-16 offsets', () => {
    const requests = incidentDocRequests(input);
    const text = requests[0]!.insertText!.text!;
    const lines = text.split('\n');
    for (const heading of Object.values(SECTIONS)) expect(lines).toContain(heading);
    for (const segment of input.segments) expect(text).toContain(`${segment}: unknown`);
    expect(text).toContain('by the Production Lead; communications led by the VP of Engineering');

    const headings = requests
      .filter((r) => r.updateParagraphStyle && r.updateParagraphStyle.paragraphStyle!.namedStyleType !== 'NORMAL_TEXT')
      .map((r) => r.updateParagraphStyle!);
    // Body text starts at index 1, and each styled range covers its line and the newline after it.
    const styled = headings.map((h) => [h.paragraphStyle!.namedStyleType, text.slice(h.range!.startIndex! - 1, h.range!.endIndex! - 2)]);
    expect(styled).toEqual([['TITLE', input.title], ...Object.values(SECTIONS).map((name) => ['HEADING_1', name])]);
    expect(headings[0]!.range).toEqual({ startIndex: 1, endIndex: 1 + input.title.length + 1 });
    // the emoji is a surrogate pair: two units, as the Docs API counts
    expect(input.title.length).toBe([...input.title].length + 1);
  });

  it('keeps the war-room join link out of the public doc, and multi-line text in one paragraph', () => {
    const text = incidentDocRequests(input)[0]!.insertText!.text!;
    expect(text).toContain(`War room\n${WAR_ROOM_NOTE}\n`);
    expect(text).not.toContain('zoom.us');
    expect(text).toContain('Replication lag on the primary cluster. All writes slow.');
  });

  it('replaces a whole body, keeping its last newline, each paragraph styled', () => {
    const requests = writeLinesRequests(
      [
        { text: 'Title', style: 'TITLE' },
        { text: 'Line\nwith a break', style: 'NORMAL_TEXT' },
      ],
      40,
    );
    expect(requests[0]).toEqual({ deleteContentRange: { range: { startIndex: 1, endIndex: 39 } } });
    expect(requests[1]).toEqual({ insertText: { location: { index: 1 }, text: 'Title\nLine with a break' } });
    expect(requests.slice(2).map((r) => [r.updateParagraphStyle!.range, r.updateParagraphStyle!.paragraphStyle!.namedStyleType])).toEqual([
      [{ startIndex: 1, endIndex: 7 }, 'TITLE'],
      [{ startIndex: 7, endIndex: 25 }, 'NORMAL_TEXT'],
    ]);
    // an empty doc (body ends at 2) has nothing to delete
    expect(writeLinesRequests([{ text: 'x', style: 'NORMAL_TEXT' }], 2)[0]).toHaveProperty('insertText');
  });

  it('finds the public copy link a declaring browser wrote into the doc, and only a Docs link', () => {
    const url = 'https://docs.google.com/document/d/e/2PACX-abc/pub';
    expect(findPublicCopyUrl(['Title', publicCopyLine(url), 'Summary'])).toBe(url);
    expect(findPublicCopyUrl([publicCopyLine('https://evil.example/pub')])).toBeUndefined();
    expect(findPublicCopyUrl(['no link here'])).toBeUndefined();
  });

  it('formats and parses timeline entries in UTC', () => {
    const line = formatEntry({ at: '2026-11-27T13:50:59.000Z', kind: 'guess', text: 'replica\nout of disk?' });
    expect(line).toBe('2026-11-27 13:50 UTC — [guess] replica out of disk?');
    expect(parseEntry(line)).toEqual({ at: '2026-11-27T13:50:00.000Z', kind: 'guess', text: 'replica out of disk?' });
    expect(parseEntry('13:50 we saw the lag')).toBeUndefined();
  });
});
