import { normalise } from './detect';
import { classify, variants } from './terms';
import type { PseudonymMap, RosterPerson } from './types';

const ENGINEER = /^Engineer (\d+)$/;

/** The highest "Engineer N" already in a text, pseudonymised by some other map maybe. */
export function highestEngineer(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/\bEngineer (\d+)\b/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** Every way a roster person may be written, as normalised keys, mapped to their one canonical key. */
export function rosterKeys(roster: readonly RosterPerson[]): Map<string, RosterPerson> {
  const keys = new Map<string, RosterPerson>();
  for (const person of roster) {
    const add = (k: string) => {
      const key = normalise(k);
      if (key !== '' && !keys.has(key)) keys.set(key, person);
    };
    add(person.name);
    for (const part of person.name.split(/\s+/)) if (classify(part) !== 'skip') add(part);
    // "svaipulu", "sione.vaipulu": the logins made of the name, which the detector looks for too.
    for (const login of variants(person.name, true).logins) add(login);
    if (person.handle !== undefined) add(person.handle);
    if (person.email !== undefined) {
      add(person.email);
      add(person.email.slice(0, person.email.indexOf('@')));
    }
  }
  return keys;
}

function parts(key: string): string[] {
  return key.split(/[\s\-_.@]+/).filter((p) => p.length >= 2);
}

function nextEngineer(map: PseudonymMap, floor: number): string {
  let max = floor;
  for (const v of Object.values(map)) {
    const n = Number(ENGINEER.exec(v)?.[1] ?? 0);
    if (n > max) max = n;
  }
  return `Engineer ${max + 1}`;
}

/** One pseudonym only when every linked key agrees on it. */
function unique(values: string[]): string | undefined {
  const set = new Set(values);
  return set.size === 1 ? values[0] : undefined;
}

/**
 * The pseudonym for a written reference to a person, adding it to `map` (mutated: the caller
 * owns a copy). Variants are linked through the roster, then through names already in the map:
 * "Katharine" after "Katharine Berry", "bentheelder@…" after "@BenTheElder". New numbers start
 * above `floor`, the highest one the text already shows.
 */
export function pseudonymFor(written: string, map: PseudonymMap, roster: Map<string, RosterPerson>, floor = 0): string {
  const key = normalise(written);
  const local = key.includes('@') ? key.slice(0, key.indexOf('@')) : undefined;
  const person = roster.get(key) ?? (local === undefined ? undefined : roster.get(local));
  if (person !== undefined) {
    const canonical = `roster:${normalise(person.name)}`;
    const known = map[canonical];
    if (known !== undefined) return known;
    const role = person.role?.trim();
    let pseudonym = nextEngineer(map, floor);
    if (role !== undefined && role !== '') {
      const taken = new Set(Object.values(map));
      pseudonym = `the ${role}`;
      for (let n = 2; taken.has(pseudonym); n++) pseudonym = `the ${role} ${n}`;
    }
    map[canonical] = pseudonym;
    return pseudonym;
  }
  const direct = map[key] ?? (local === undefined ? undefined : map[local]);
  if (direct !== undefined) return direct;
  const mine = local === undefined ? parts(key) : [local];
  // "srajagopalan" after "Sunny Rajagopalan": a login made of a full name already in the map.
  const made = (k: string) => /\s/.test(k) && variants(k).logins.includes(key);
  // A full name links only to a full name it contains or is contained in: "Grace van der Berg" is
  // not "Grace Adeyemi", though both are "Grace" for short.
  const full = /\s/.test(key);
  const within = (a: string[], b: string[]) => a.every((x) => b.includes(x));
  const linked = unique(
    Object.entries(map)
      .filter(
        ([k]) =>
          !k.startsWith('roster:') &&
          (full ? /\s/.test(k) && (within(parts(k), mine) || within(mine, parts(k))) : parts(k).some((p) => mine.includes(p)) || mine.includes(k) || made(k)),
      )
      .map(([, v]) => v),
  );
  const pseudonym = linked ?? nextEngineer(map, floor);
  map[key] = pseudonym;
  return pseudonym;
}
