// Walking a surface with the keyboard only, as a person who does not use a mouse does: Tab and
// Shift+Tab to move, the keys a control answers to (Enter, Space, arrows) to act, typing to write.
// Every control the walk passes is checked for a visible focus indicator, and photographed.
import { resolve } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Frame, Locator, Page } from 'playwright-core';
import { SCREENSHOTS } from './harness';

export const FOCUS_SHOTS = resolve(SCREENSHOTS, 'focus');

/** What the focused element shows as its focus indicator, read from its computed style. */
interface FocusLook {
  what: string;
  outline: string;
  /** the house ring (an outline of at least 2 px in a colour) or the focus colour's bar; not the browser's thin default */
  visible: boolean;
}

export interface KeyboardWalk {
  /** press Tab (or Shift+Tab) until `target` has the focus; fails naming each stop it passed */
  tabTo(target: Locator, options?: { back?: boolean; max?: number }): Promise<void>;
  /** press Tab until the focus comes back to where it started, visiting every control once */
  tabThroughAll(max?: number): Promise<FocusLook[]>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** every control the walk focused, with its focus indicator */
  stops: FocusLook[];
}

/**
 * `page` takes the keys; `scope` is where the controls are (the page, or the sidebar frame in it).
 * `name` prefixes the focus screenshots.
 */
export function keyboardWalk(page: Page, scope: Page | Frame, name: string): KeyboardWalk {
  mkdirSync(FOCUS_SHOTS, { recursive: true });
  const stops: FocusLook[] = [];
  const seen = new Set<string>();

  async function focused(): Promise<FocusLook | undefined> {
    return scope.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!document.hasFocus() || !el || el === document.body) return undefined;
      // A visually hidden file input shows its focus on the label that wraps it.
      const shown = el.matches('.file input') ? (el.closest('label') as HTMLElement) : el;
      const style = getComputedStyle(shown);
      const width = parseFloat(style.outlineWidth);
      // A control may draw its focus as a solid bar of the focus colour instead (the sidebar's resizer).
      const probe = document.createElement('span');
      probe.style.color = 'var(--id-focus)';
      document.body.append(probe);
      const bar = style.backgroundColor === getComputedStyle(probe).color;
      probe.remove();
      const drawn = style.outlineStyle !== 'none' && !style.outlineColor.endsWith(', 0)') && style.outlineColor !== 'transparent';
      const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
      return {
        // Named by id, or by its place among its kind: several controls share a label ("Disconnect").
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : `@${[...document.getElementsByTagName(el.tagName)].indexOf(el)}`} "${label.trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        visible: (drawn && width >= 2) || bar,
      };
    });
  }

  async function record(look: FocusLook) {
    if (seen.has(look.what)) return;
    seen.add(look.what);
    stops.push(look);
    writeFileSync(resolve(FOCUS_SHOTS, `${name}.json`), JSON.stringify(stops, null, 1));
    // Relative to the page's viewport, frames included.
    const box = await scope
      .locator(':focus')
      .boundingBox()
      .catch(() => null);
    if (!box) return;
    const clip = { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: box.width + 24, height: box.height + 24 };
    const file = `${name}-${String(stops.length).padStart(2, '0')}-${look.what.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}.png`;
    await page.screenshot({ path: resolve(FOCUS_SHOTS, file), clip }).catch(() => undefined);
  }

  return {
    stops,
    async tabTo(target, { back = false, max = 40 } = {}) {
      const trail: string[] = [];
      for (let i = 0; i < max; i++) {
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
        const look = await focused();
        if (look) {
          trail.push(look.what);
          await record(look);
        }
        if (await target.evaluate((el) => el === document.activeElement && document.hasFocus()).catch(() => false)) return;
      }
      throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${target}; it went: ${trail.join(' → ')}`);
    },
    async tabThroughAll(max = 120) {
      const from = stops.length;
      let first: string | undefined;
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const look = await focused();
        if (!look) continue;
        if (look.what === first) return stops.slice(from);
        first ??= look.what;
        await record(look);
      }
      throw new Error(`Tab did not come back to ${first} within ${max} presses`);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
  };
}
