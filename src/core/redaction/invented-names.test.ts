import { describe, expect, it } from 'vitest';
import { findFindings } from './index';
import { isEnglishWord, isTechTerm } from './lexicon';

// Names no list holds, made of invented syllables (deterministic), in the places incident text
// puts people: narrative, timeline entries, chat formats. Each place must find the name whole.
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const SYLLABLES = [
  'ka',
  'ri',
  'to',
  'ma',
  'ne',
  'su',
  'lo',
  'vi',
  'da',
  'zu',
  'he',
  'mo',
  'ta',
  'ni',
  'ro',
  'sha',
  'ke',
  'lu',
  'po',
  'xi',
  'ba',
  'no',
  'ye',
  'ga',
];
// Invented words that are words of the language or the trade ("Sumo", "Toga") are drawn again.
function word(n: number): string {
  for (;;) {
    const w = Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
    if (!isEnglishWord(w) && !isTechTerm(w)) return w;
  }
}
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const first = () => cap(word(2 + Math.floor(random() * 2)));
const last = () => cap(word(3));

const T: [string, (n: string) => string][] = [
  ['narr-subj-full', (n) => `${n} restarted the primary database at 10:02 UTC.`],
  ['narr-obj', (n) => `We paged ${n} at 03:00.`],
  ['narr-with', (n) => `The rollback was done together with ${n}.`],
  ['narr-after-comma', (n) => `Shortly after, ${n} noticed the error rate climbing.`],
  ['narr-possessive', (n) => `${n}'s fix went out at noon.`],
  ['narr-appos', (n) => `Our on-call engineer, ${n}, escalated to the database team.`],
  ['narr-by', (n) => `The alert was acknowledged by ${n} within two minutes.`],
  ['narr-and', (n) => `${n} and the storage team worked through the night.`],
  ['narr-when', (n) => `When ${n} joined the call, the replicas were already lagging.`],
  ['narr-thanks', (n) => `Many thanks to ${n} for the quick analysis.`],
  ['narr-said', (n) => `"It was the cache," said ${n}.`],
  ['narr-asked', (n) => `${n} asked whether the backups were verified.`],
  ['narr-decided', (n) => `After some discussion ${n} decided to fail over.`],
  ['time-subj', (n) => `10:04 UTC — ${n} declares a SEV1`],
  ['time-subj2', (n) => `10:05 ${n} rolls back the deploy`],
  ['time-obj', (n) => `10:06 — paged ${n}`],
  ['time-handover', (n) => `10:07 UTC — IC handed over to ${n}`],
  ['chat-slack', (n) => `${n}  10:41 AM`],
  ['chat-colon', (n) => `${n}: I see the 502s too`],
  ['chat-mention', (n) => `@${n.split(' ')[0]} can you look at the dashboard?`],
  ['chat-cc', (n) => `cc ${n}`],
  ['chat-zoom', (n) => `10:11:04 From ${n} to Everyone: muted`],
  ['chat-joined', (n) => `${n} joined the channel.`],
  ['chat-thread', (n) => `2 replies — last reply from ${n} today at 10:20 AM`],
  ['chat-attendees', (n) => `Attendees: ${n}, ${first()} ${last()}`],
  ['chat-from', (n) => `From: ${n} <x.y@example.com>`],
  ['chat-wrote', (n) => `On Wed, 4 Mar 2026 at 10:02, ${n} wrote:`],
  ['chat-assigned', (n) => `${n} was assigned as Incident Commander`],
  ['chat-reacted', (n) => `${n} reacted with :eyes:`],
  ['chat-ack', (n) => `Acknowledged by ${n}`],
  ['narr-led', (n) => `The investigation, led by ${n}, found the root cause.`],
  ['narr-who', (n) => `It was ${n} who spotted the expired certificate.`],
  ['narr-from', (n) => `A message from ${n} confirmed the vendor outage.`],
  ['narr-to', (n) => `We handed the pager to ${n} at midnight.`],
  ['narr-for', (n) => `This was a long night for ${n} and the team.`],
  ['narr-paren', (n) => `The incident commander (${n}) declared the incident resolved.`],
  ['narr-while', (n) => `While ${n} drained the nodes, the rest of us watched the graphs.`],
  ['narr-then', (n) => `Then ${n} rolled back the config change.`],
  ['narr-later', (n) => `Later that day ${n} wrote the first draft of this review.`],
  ['narr-engineer', (n) => `Engineer ${n} was on call that week.`],
  ['narr-sre', (n) => `SRE ${n} pushed the hotfix.`],
  ['narr-per', (n) => `According to ${n}, the disk filled in under an hour.`],
  ['narr-contacted', (n) => `We contacted ${n} from the vendor's support team.`],
  ['narr-help', (n) => `With help from ${n}, we restored the index.`],
  ['narr-both', (n) => `Both ${n} and ${first()} confirmed the fix.`],
  ['narr-quote', (n) => `${n} put it well: "we were flying blind."`],
  ['time-ack', (n) => `10:12 UTC: ${n} acknowledges the page`],
  ['time-joins', (n) => `10:13 — ${n} joins the bridge`],
  ['time-is-ic', (n) => `10:14 ${n} is now IC`],
  ['time-asks', (n) => `10:15 UTC — ${n} asks for a status update`],
  ['chat-thanks', (n) => `thanks ${n}, merging now`],
  ['chat-ping', (n) => `ping ${n} when it's done`],
  ['chat-hey', (n) => `hey ${n}, are you around?`],
  ['chat-irc', (n) => `<${n.split(' ')[0]}> restarting the exporter`],
  ['chat-discord', (n) => `${n} — Today at 10:09 AM`],
  ['chat-teams', (n) => `[10:13 AM] ${n}`],
  ['chat-reviewed', (n) => `Reviewed-by: ${n}`],
  ['chat-reporter', (n) => `Reporter: ${n}`],
  ['chat-changed', (n) => `${n} changed the status to Resolved`],
  ['chat-approved', (n) => `${n} approved this merge request`],
];

/** The texts, of each name put in its place, whose name no span covers whole (as far as the text shows it). */
function missed(template: (n: string) => string, names: string[]): string[] {
  return names
    .map((name) => [name, template(name)] as const)
    .filter(([name, text]) => {
      const shown = text.includes(name) ? name : (name.split(' ')[0] ?? name);
      const at = text.indexOf(shown);
      return !findFindings(text).spans.some((s) => s.start <= at && s.end >= at + shown.length);
    })
    .map(([, text]) => text);
}

describe('invented names in incident positions', () => {
  it.each(T)('%s: the name is found whole, alone and with a surname', (_, template) => {
    const misses = missed(template, [...Array.from({ length: 10 }, first), ...Array.from({ length: 10 }, () => `${first()} ${last()}`)]);
    // One miss in twenty is allowed: an invented word can still be a name of a thing somewhere.
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(1);
  });
});

// Logins made the same way, lower case, with digits, an initial or a separator.
const login = (): string => {
  const w = word(3);
  const forms = [
    w,
    `${w}${Math.floor(random() * 99)}`,
    `${w}_${'abcdefgh'.charAt(Math.floor(random() * 8))}`,
    `${'jkmpst'.charAt(Math.floor(random() * 6))}${w}`,
  ];
  return forms[Math.floor(random() * forms.length)] ?? w;
};
const LOGIN_PLACES: [string, (n: string) => string][] = [
  ['opening a line before a verb', (n) => `${n} restarted the exporter`],
  ['before will', (n) => `${n} will take the next shift`],
  ['before is', (n) => `${n} is looking into it`],
  ['after thanks to', (n) => `big thanks to ${n} for the fix`],
  ['after a piece of work by', (n) => `the revert by ${n} went out at noon`],
  ['after me and', (n) => `me and ${n} looked at the graphs`],
  ['after pairing with', (n) => `pairing with ${n} on the rollback`],
  ['before says', (n) => `${n} says the disk is full`],
  ['after asked', (n) => `i asked ${n} to check the replicas`],
  ['after came from', (n) => `the graph came from ${n}`],
  ['owning something', (n) => `${n}'s patch fixed it`],
  ['as an IRC speaker', (n) => `<${n}> anyone seeing 502s?`],
  ['addressed by an IRC speaker', (n) => `<kelomari> ${n}: can you check?`],
  ['as a speaker with a colon', (n) => `${n}: rolling back now`],
  ['opening a timeline entry', (n) => `10:02 ${n} restarts sidekiq`],
  ['after cc', (n) => `cc ${n}`],
  ['after assigned to', (n) => `assigned to ${n}`],
  ['joining a channel', (n) => `* ${n} has joined #ops`],
  ['greeted', (n) => `hey ${n}, you around?`],
];

describe('invented logins in chat positions', () => {
  it.each(LOGIN_PLACES)('%s', (_, template) => {
    const misses = missed(template, Array.from({ length: 20 }, login));
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(1);
  });
});
