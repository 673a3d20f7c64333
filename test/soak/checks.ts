// What the soak holds the worker to, judged only by what the outside world received (the
// sandbox's recorded world), never by what the worker believes it did.
import type { World } from '../sandbox/index';
import { parseEntry } from '../../src/features/timeline/timeline';
import { issueMarker } from '../../src/features/resolve/outage-issue';

export interface EntrySpec {
  /** a text unique to this entry, e.g. "(check 3.1)" */
  marker: string;
  /** whether the public copy must show it too (written before the last scan was asked for) */
  publicToo: boolean;
}

export interface IncidentSpec {
  id: string;
  title: string;
  /** the resolution summary, unique to the incident */
  summary: string;
  entries: EntrySpec[];
}

export interface Verdict {
  lost: string[];
  duplicated: string[];
}

type WorldDoc = World['docs'][number];

/** The Timeline section's lines: from its heading to the next section's. */
export function timelineLines(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf('Timeline');
  const end = lines.indexOf('Customer impact');
  return start < 0 ? [] : lines.slice(start + 1, end < 0 ? undefined : end).filter(Boolean);
}

function countOnce(verdict: Verdict, what: string, n: number): void {
  if (n === 0) verdict.lost.push(what);
  if (n > 1) verdict.duplicated.push(`${what} ×${n}`);
}

function checkTimeline(verdict: Verdict, where: string, text: string, spec: IncidentSpec, isPublic: boolean): void {
  const lines = timelineLines(text);
  const count = (s: string) => lines.filter((l) => l.includes(s)).length;
  countOnce(verdict, `${where}: declaration entry`, count('Major incident declared by'));
  countOnce(verdict, `${where}: resolution entry`, count(`Resolved: ${spec.summary}`));
  for (const e of spec.entries) if (!isPublic || e.publicToo) countOnce(verdict, `${where}: entry ${e.marker}`, count(e.marker));
  const times = lines.map((l) => parseEntry(l)?.at).filter((t): t is string => Boolean(t));
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) verdict.lost.push(`${where}: timeline out of time order at line ${i + 1} (${times[i - 1]} then ${times[i]})`);
  }
}

/** After an incident is resolved and every step is done: each thing exactly once, each entry exactly once and in order. */
export function checkIncident(world: World, spec: IncidentSpec): Verdict {
  const verdict: Verdict = { lost: [], duplicated: [] };
  const working = world.docs.filter((d) => d.title === `Major incident: ${spec.title}`);
  const copies = world.docs.filter((d) => d.title === `Major incident (public): ${spec.title}`);
  countOnce(verdict, 'working doc', working.length);
  countOnce(verdict, 'public copy', copies.length);
  const published = copies.filter((d: WorldDoc) => d.publishedUrl);
  countOnce(verdict, 'published public copy', published.length);
  if (working[0]) checkTimeline(verdict, 'working doc', working[0].text, spec, false);
  if (published[0]) checkTimeline(verdict, 'public copy', published[0].publishedText ?? '', spec, true);
  countOnce(verdict, 'war room meeting', world.meetings.filter((m) => m.topic.includes(`[${spec.id}]`)).length);
  countOnce(verdict, 'tweet', world.tweets.filter((t) => t.text.includes(spec.title) && !t.text.includes(spec.summary)).length);
  countOnce(verdict, 'reply tweet', world.tweets.filter((t) => t.text.includes(spec.summary)).length);
  const slack = (channel: string, ref: string) => world.slack.filter((m) => m.channelName === channel && m.text.includes(ref)).length;
  countOnce(verdict, 'marketing @channel', slack('marketing', `(Incident Desk ${spec.id})`));
  countOnce(verdict, 'devrel notice', slack('devrel', `(Incident Desk ${spec.id})`));
  countOnce(verdict, 'resolution announcement', slack('marketing', `(Incident Desk ${spec.id} resolved)`));
  const issues = world.issues.filter((i) => i.description.includes(issueMarker(spec.id)));
  countOnce(verdict, 'outage issue', issues.length);
  for (const issue of issues) {
    const bodies = world.notes.filter((n) => n.issue_iid === issue.iid && n.host === issue.host).map((n) => n.body);
    if (new Set(bodies).size !== bodies.length) verdict.duplicated.push(`outage issue ${issue.iid}: a note posted twice`);
  }
  return verdict;
}

/**
 * Anything public holding a name the scan redacts: the published pages, tweets, Slack, the issue.
 * Checked after every turn of the soak, not only at the end: a name public for a moment is a leak.
 */
export function leaks(world: World, names: string[]): string[] {
  const surfaces: [string, string][] = [
    ...world.docs.filter((d) => d.publishedUrl).map((d): [string, string] => [`published ${d.title}`, d.publishedText ?? '']),
    ...world.tweets.map((t): [string, string] => [`tweet ${t.id}`, t.text]),
    ...world.slack.map((m): [string, string] => [`slack #${m.channelName} ${m.ts}`, m.text]),
    ...world.issues.map((i): [string, string] => [`issue ${i.iid}`, `${i.title}\n${i.description}`]),
    ...world.notes.map((n): [string, string] => [`issue note ${n.id}`, n.body]),
  ];
  const found: string[] = [];
  for (const [where, text] of surfaces) for (const name of names) if (new RegExp(`\\b${name}\\b`).test(text)) found.push(`"${name}" in ${where}`);
  return found;
}
