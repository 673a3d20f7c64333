import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact, type PseudonymMap } from './redaction';
import {
  assignShared,
  comparePseudonyms,
  entryName,
  ENTRY_PREFIX,
  parseEntryName,
  planAssignments,
  planningMap,
  sharedMapOf,
  storedKey,
  type Assignment,
  type SharedMapStore,
} from './pseudonym-map';

const redactWith = (text: string) => async (map: PseudonymMap) => redact(text, {}, map);

describe('entries', () => {
  it('round-trip through a named range name', () => {
    const a = { key: 'katharine berry', pseudonym: 'Engineer 1' };
    expect(entryName(a)).toBe(`${ENTRY_PREFIX}["Engineer 1","katharine berry"]`);
    expect(parseEntryName(entryName(a))).toEqual(a);
  });

  it('ignore names that are not ours or not well formed', () => {
    expect(parseEntryName('Customer impact')).toBeUndefined();
    expect(parseEntryName(`${ENTRY_PREFIX}{"x":1}`)).toBeUndefined();
    expect(parseEntryName(`${ENTRY_PREFIX}["Engineer 1"]`)).toBeUndefined();
    expect(parseEntryName(`${ENTRY_PREFIX}["", "x"]`)).toBeUndefined();
    expect(parseEntryName(`${ENTRY_PREFIX}not json`)).toBeUndefined();
  });

  it('fit a key too long for a name into 256 UTF-16 units, the same way every time', () => {
    const key = `${'ä'.repeat(150)}😀${'b'.repeat(200)}`;
    const name = entryName({ key, pseudonym: 'Engineer 12' });
    expect(name.length).toBeLessThanOrEqual(256);
    expect(entryName({ key, pseudonym: 'Engineer 12' })).toBe(name);
    expect(storedKey(key, 'Engineer 12')).not.toBe(storedKey(`${key}c`, 'Engineer 12'));
    expect(parseEntryName(name)?.key).toBe(storedKey(key, 'Engineer 12'));
    expect(storedKey('short', 'Engineer 1')).toBe('short');
  });

  it('order pseudonyms by their numbers', () => {
    expect(['Engineer 10', 'Engineer 2', 'Engineer 1', 'the SRE'].sort(comparePseudonyms)).toEqual(['Engineer 1', 'Engineer 2', 'Engineer 10', 'the SRE']);
  });
});

describe('the shared map', () => {
  it('is the same whatever order the doc lists its entries in, keeping the lowest pseudonym of a doubled key', () => {
    const names = [
      entryName({ key: 'priya raman', pseudonym: 'Engineer 10' }),
      entryName({ key: 'priya raman', pseudonym: 'Engineer 2' }),
      entryName({ key: 'yusuf okonkwo', pseudonym: 'Engineer 1' }),
      'Timeline',
    ];
    const expected = { 'priya raman': 'Engineer 2', 'yusuf okonkwo': 'Engineer 1' };
    expect(sharedMapOf(names)).toEqual(expected);
    expect(sharedMapOf([...names].reverse())).toEqual(expected);
  });

  it('wins over this browser, which keeps only what cannot clash', () => {
    const shared = { 'yusuf okonkwo': 'Engineer 1', 'priya raman': 'Engineer 2' };
    const local = {
      'yusuf okonkwo': 'Engineer 7', // the shared map says otherwise
      'dana miles': 'Engineer 1', // Engineer 1 is someone else's there
      'tomasz nowak': 'Engineer 3', // assigned here before the doc existed: kept
    };
    expect(planningMap(shared, local)).toEqual({ ...shared, 'tomasz nowak': 'Engineer 3' });
  });
});

describe('planning against the shared map', () => {
  it('reuses its pseudonyms and numbers new people after them', async () => {
    const shared = { 'yusuf okonkwo': 'Engineer 1', 'priya raman': 'Engineer 2' };
    const { result, additions } = await planAssignments(shared, {}, redactWith('Yusuf Okonkwo and Ingrid Solberg restarted the pooler'));
    expect(result.text).toBe('Engineer 1 and Engineer 3 restarted the pooler');
    expect(additions).toEqual([{ key: 'ingrid solberg', pseudonym: 'Engineer 3' }]);
  });

  it('has nothing to add when the shared map already covers the text', async () => {
    const { additions } = await planAssignments({ 'yusuf okonkwo': 'Engineer 1' }, {}, redactWith('Yusuf Okonkwo restarted the pooler'));
    expect(additions).toEqual([]);
  });

  it('adds what this browser assigned before the doc existed', async () => {
    const { additions } = await planAssignments({}, { 'tomasz nowak': 'Engineer 1' }, redactWith('the pooler restarted'));
    expect(additions).toEqual([{ key: 'tomasz nowak', pseudonym: 'Engineer 1' }]);
  });

  it('takes the shared pseudonym of a key the shared map holds only shortened', async () => {
    const long = `ingrid ${'x'.repeat(300)}`;
    const shared = { [storedKey(long, 'Engineer 5')]: 'Engineer 5' };
    // A redaction that links the long key to nothing would give it a new number; the plan corrects that.
    const plan = await planAssignments(shared, {}, async (map) => ({ map: { ...map, [long]: map[long] ?? 'Engineer 6' } }));
    expect(plan.result.map[long]).toBe('Engineer 5');
    expect(plan.additions).toEqual([]);
  });
});

/** The working doc as far as the map goes: entries and a revision that moves with every write. */
class MemoryDoc {
  revision = 0;
  names: string[] = [];
}

type Schedule = (label: string) => Promise<void>;

function docStore(doc: MemoryDoc, turn: Schedule, pinned = true): SharedMapStore {
  return {
    async read() {
      await turn('read');
      return { revision: String(doc.revision), shared: sharedMapOf(doc.names) };
    },
    async write(revision: string, additions: Assignment[]) {
      await turn('write');
      if (pinned && revision !== String(doc.revision)) return false;
      doc.names.push(...additions.map(entryName));
      doc.revision++;
      return true;
    },
  };
}

const PEOPLE = ['Yusuf Okonkwo', 'Priya Raman', 'Tomasz Nowak', 'Ingrid Solberg', 'Mateo Fernandez'];
const DEEDS = ['restarted the pooler', 'drained the queue', 'failed over the primary', 'paged the database team'];

/** One responder's browser: redacts its lines one by one, keeping its own copy of the map. */
async function responder(store: SharedMapStore, lines: string[]): Promise<string[]> {
  let local: PseudonymMap = {};
  const out: string[] = [];
  for (const line of lines) {
    const { result, shared } = await assignShared(store, local, redactWith(line), 50);
    local = { ...local, ...result.map, ...shared };
    out.push(result.text);
  }
  return out;
}

/** Who each pseudonym stands for in the redacted lines, read off line by line. */
function whoIsWho(lines: string[], redacted: string[]): Map<string, Set<string>> {
  const byPseudonym = new Map<string, Set<string>>();
  lines.forEach((line, i) => {
    const person = PEOPLE.find((p) => line.startsWith(p))!;
    const pseudonym = /^(Engineer \d+)/.exec(redacted[i]!)?.[1] ?? `unredacted: ${redacted[i]}`;
    byPseudonym.set(pseudonym, new Set([...(byPseudonym.get(pseudonym) ?? []), person]));
  });
  return byPseudonym;
}

const linesArb = fc.array(
  fc.tuple(fc.constantFrom(...PEOPLE), fc.constantFrom(...DEEDS)).map(([p, d]) => `${p} ${d}`),
  { minLength: 1, maxLength: 4 },
);

describe('two or three responders assigning at once', () => {
  it('never give one pseudonym to two people nor two pseudonyms to one person', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(linesArb, { minLength: 2, maxLength: 3 }), async (s, browsers) => {
        const doc = new MemoryDoc();
        const turn: Schedule = (label) => s.schedule(Promise.resolve(), label);
        const running = browsers.map((lines) => responder(docStore(doc, turn), lines));
        await s.waitFor(Promise.all(running));
        const redacted = await Promise.all(running);
        const all = browsers.flat();
        const who = whoIsWho(all, redacted.flat());
        for (const [pseudonym, people] of who) expect([...people], pseudonym).toHaveLength(1);
        const final = sharedMapOf(doc.names);
        for (const person of new Set(all.map((l) => PEOPLE.find((p) => l.startsWith(p))!))) {
          const pseudonyms = [...who].filter(([, people]) => people.has(person)).map(([p]) => p);
          expect(pseudonyms).toEqual([final[person.toLowerCase()]]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('would collide without the revision pin (so the property above can fail)', async () => {
    const doc = new MemoryDoc();
    // Both read the empty map before either writes.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let reads = 0;
    const turn: Schedule = async (label) => {
      if (label === 'read' && ++reads === 2) release();
      if (label === 'write') await gate;
    };
    const [alice, bob] = await Promise.all([
      responder(docStore(doc, turn, false), ['Yusuf Okonkwo restarted the pooler']),
      responder(docStore(doc, turn, false), ['Priya Raman drained the queue']),
    ]);
    expect(alice[0]).toBe('Engineer 1 restarted the pooler');
    expect(bob[0]).toBe('Engineer 1 drained the queue');
    // And with the pin, the same interleaving gives them different pseudonyms.
    const pinnedDoc = new MemoryDoc();
    reads = 0;
    const gate2 = new Promise<void>((r) => (release = r));
    const turn2: Schedule = async (label) => {
      if (label === 'read' && ++reads === 2) release();
      if (label === 'write') await gate2;
    };
    const [a2, b2] = await Promise.all([
      responder(docStore(pinnedDoc, turn2), ['Yusuf Okonkwo restarted the pooler']),
      responder(docStore(pinnedDoc, turn2), ['Priya Raman drained the queue']),
    ]);
    expect(new Set([a2[0]!.slice(0, 10), b2[0]!.slice(0, 10)])).toEqual(new Set(['Engineer 1', 'Engineer 2']));
    expect(sharedMapOf(pinnedDoc.names)).toEqual({
      'yusuf okonkwo': a2[0]!.slice(0, 10),
      'priya raman': b2[0]!.slice(0, 10),
    });
  });
});
