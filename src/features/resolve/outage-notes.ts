// Follow-up notes of the outage issue (the timeline's continuation) on a retried or repeated
// export: a note already there is left alone, a part of ours whose text changed since (entries
// were added) is edited in place, and only what is missing is posted, so no part appears twice.
export interface ExistingNote {
  id: number;
  body: string;
}

export interface NotesPlan {
  create: string[];
  update: { id: number; body: string }[];
}

// The heading renderOutageIssue starts each continuation note with; its part number is how a
// note is recognised as ours when its text no longer matches.
const PART = /^## Timeline \(continued, part (\d+) of \d+\)/;

// GitLab may trim the trailing newline of a body it stores.
const same = (a: string, b: string) => a.trimEnd() === b.trimEnd();

export function planNotes(wanted: string[], existing: ExistingNote[]): NotesPlan {
  const plan: NotesPlan = { create: [], update: [] };
  const taken = new Set<number>();
  for (const body of wanted) {
    const identical = existing.find((n) => !taken.has(n.id) && same(n.body, body));
    if (identical) {
      taken.add(identical.id);
      continue;
    }
    const part = PART.exec(body)?.[1];
    const mine = part === undefined ? undefined : existing.find((n) => !taken.has(n.id) && PART.exec(n.body)?.[1] === part);
    if (mine) {
      taken.add(mine.id);
      plan.update.push({ id: mine.id, body });
    } else {
      plan.create.push(body);
    }
  }
  return plan;
}
