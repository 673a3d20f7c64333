import { useRef, useState } from 'preact/hooks';
import { searchMembers, type MemberChoice } from './comms-lead';
import './member-picker.css';

const optionId = (m: MemberChoice) => `id-comms-opt-${m.id}`;

/**
 * A keyboard-first picker over the Slack workspace's members (the ARIA combobox pattern): type a
 * name or handle, ↓/↑ move, Enter picks, Esc closes. Names and titles only, no avatars.
 */
export function MemberPicker({ members, labelledBy, onPick }: { members: MemberChoice[]; labelledBy: string; onPick(m: MemberChoice): void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const found = searchMembers(members, query);
  const current = open ? found[Math.min(active, found.length - 1)] : undefined;

  function move(to: number) {
    setOpen(true);
    const next = Math.max(0, Math.min(found.length - 1, to));
    setActive(next);
    const target = found[next];
    if (target) list.current?.querySelector(`#${optionId(target)}`)?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(open ? active + 1 : 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(active - 1);
    } else if (e.key === 'Home' && open) {
      e.preventDefault();
      move(0);
    } else if (e.key === 'End' && open) {
      e.preventDefault();
      move(found.length - 1);
    } else if (e.key === 'Enter' && current) {
      // Picks instead of submitting the declaration.
      e.preventDefault();
      onPick(current);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  }

  return (
    <div class="id-picker">
      <input
        id="id-comms-person"
        type="text"
        role="combobox"
        aria-labelledby={labelledBy}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls="id-comms-list"
        aria-activedescendant={current ? optionId(current) : undefined}
        autoComplete="off"
        placeholder="Type a name or @handle"
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {open && (
        <ul id="id-comms-list" ref={list} role="listbox" class="id-picker-list" aria-labelledby={labelledBy}>
          {found.map((m) => (
            <li
              key={m.id}
              id={optionId(m)}
              role="option"
              aria-selected={m === current}
              // mousedown, not click: the input keeps focus, so its blur does not close the list first
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(m);
              }}
            >
              {m.name} <span class="id-picker-title">{[m.title, m.handle].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="id-small id-muted" role="status" aria-live="polite">
        {open && query ? (found.length ? `${found.length} ${found.length === 1 ? 'person' : 'people'} found` : 'No one in Slack matches') : ''}
      </p>
    </div>
  );
}
