// The service worker's surroundings in Node, for the soak: a browser whose storage, alarms and
// events outlive any one worker, and "generations" of the worker itself. Each worker start runs
// in its own async context (AsyncLocalStorage follows every await and timer it begins), so when
// a generation is stopped, everything that generation still had in flight — a promise chain half
// way through a step, a retry timer — fails at its next call to the browser or the network,
// exactly as Chrome's stopped worker does nothing more. Nothing the worker holds in module state
// survives: the next generation re-imports the worker with fresh modules.
import { AsyncLocalStorage } from 'node:async_hooks';
import { redactTexts } from '../../src/offscreen/redact-texts';
import type { RedactReply, RedactRequest } from '../../src/protocol/offscreen';
import { TWEET_TARGET, type FitTweetsReply, type FitTweetsRequest } from '../../src/protocol/offscreen-tweet';
import { fitAsX } from '../../src/features/declare/x-count';

export const EXTENSION_ID = 'pjkheojpodbkdgpgagbmnmlbhgjknkgo';
export const REDIRECT_URL = `https://${EXTENSION_ID}.chromiumapp.org/`;

/** What a stopped worker's leftover code meets at its next call. */
export class WorkerStopped extends Error {
  constructor() {
    super('the service worker was stopped');
    this.name = 'WorkerStopped';
  }
}

type Listener = (...args: never[]) => unknown;

export interface Generation {
  id: number;
  dead: boolean;
  listeners: Map<string, Listener[]>;
}

/** Where the worker may be stopped: before a call, or after one whose effect already happened. */
export type CallPoint = {
  kind: 'storage.get' | 'storage.set' | 'storage.remove' | 'alarms' | 'tabs' | 'redact' | 'identity' | 'fetch';
  phase: 'before' | 'after';
  detail?: string;
};

export interface Env {
  storage: Map<string, unknown>;
  alarms: Map<string, { when: number; periodInMinutes?: number }>;
  tabsOpened: string[];
  /** decides, call by call, whether the worker dies here */
  stopHere: (point: CallPoint) => boolean;
  /** the browser's sign-in window (chrome.identity.launchWebAuthFlow): the sandbox answers it */
  authFlow: (url: string) => Promise<string>;
}

export const env: Env = {
  storage: new Map(),
  alarms: new Map(),
  tabsOpened: [],
  stopHere: () => false,
  authFlow: async () => {
    throw new Error('no sign-in window in this run');
  },
};

/**
 * Chrome's sign-in window against the sandbox: it follows the provider's redirects until the
 * extension's redirect URL (what `env.authFlow` answers for launchWebAuthFlow).
 */
export function signInWindow(sandbox: { fetch: typeof fetch }): (url: string) => Promise<string> {
  return async (url) => {
    let next = url;
    for (let hop = 0; hop < 10; hop++) {
      const res = await sandbox.fetch(next, { redirect: 'manual' });
      const location = res.headers.get('location');
      if (!location) throw new Error(`the sign-in page wants a person (HTTP ${res.status})`);
      if (location.startsWith(REDIRECT_URL)) return location;
      next = new URL(location, next).toString();
    }
    throw new Error('too many redirects in the sign-in window');
  };
}

const context = new AsyncLocalStorage<Generation>();
let current: Generation = { id: 0, dead: true, listeners: new Map() };

export const currentGeneration = (): Generation => current;

/** Starts a new worker generation; the previous one is stopped for good. */
export function newGeneration(): Generation {
  current.dead = true;
  current = { id: current.id + 1, dead: false, listeners: new Map() };
  return current;
}

let evaluating: Generation | undefined;

/** Runs `fn` as code of generation `gen` (its awaits and timers stay in it). */
export function inGeneration<T>(gen: Generation, fn: () => Promise<T>): Promise<T> {
  return context.run(gen, fn);
}

/**
 * Imports the worker as generation `gen`. The module runner evaluates modules outside the
 * importer's async context, so what the worker's top level starts (its `resume()`) is tagged
 * with the generation at its first call, and keeps the tag through its awaits from there.
 */
export async function evaluateAs<T>(gen: Generation, load: () => Promise<T>): Promise<T> {
  evaluating = gen;
  try {
    return await context.run(gen, load);
  } finally {
    evaluating = undefined;
  }
}

/** Every call from worker code into the browser or the network passes here first. */
export function checkpoint(point: CallPoint): void {
  let gen = context.getStore();
  if (!gen && evaluating) {
    gen = evaluating;
    context.enterWith(gen);
  }
  if (!gen) throw new Error(`worker code called ${point.kind} outside any worker generation`);
  if (gen.dead) throw new WorkerStopped();
  if (env.stopHere(point)) {
    gen.dead = true;
    throw new WorkerStopped();
  }
}

function event(name: string) {
  return {
    addListener(listener: Listener) {
      const gen = context.getStore() ?? current;
      gen.listeners.set(name, [...(gen.listeners.get(name) ?? []), listener]);
    },
    removeListener() {},
    hasListener: () => false,
  };
}

/** Calls the listeners the current generation registered for an event, as the browser delivers it. */
export function dispatch(name: string, ...args: unknown[]): unknown[] {
  return (current.listeners.get(name) ?? []).map((l) => (l as (...a: unknown[]) => unknown)(...args));
}

const clone = <T>(v: T): T => structuredClone(v);

const storageLocal = {
  async get(keys?: string | string[] | null) {
    checkpoint({ kind: 'storage.get', phase: 'before' });
    const wanted = keys === null || keys === undefined ? [...env.storage.keys()] : [keys].flat();
    const out = Object.fromEntries(wanted.filter((k) => env.storage.has(k)).map((k) => [k, clone(env.storage.get(k))]));
    return out;
  },
  async set(items: Record<string, unknown>) {
    checkpoint({ kind: 'storage.set', phase: 'before', detail: Object.keys(items).join(',') });
    for (const [k, v] of Object.entries(items)) env.storage.set(k, clone(v));
    // The write landed; the worker may still die before it hears so.
    checkpoint({ kind: 'storage.set', phase: 'after', detail: Object.keys(items).join(',') });
  },
  async remove(keys: string | string[]) {
    checkpoint({ kind: 'storage.remove', phase: 'before' });
    for (const k of [keys].flat()) env.storage.delete(k);
  },
  async clear() {
    env.storage.clear();
  },
};

const alarms = {
  async create(name: string, info: { when?: number; periodInMinutes?: number; delayInMinutes?: number }) {
    checkpoint({ kind: 'alarms', phase: 'before' });
    const when = info.when ?? Date.now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
    env.alarms.set(name, { when, ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}) });
  },
  async clear(name: string) {
    checkpoint({ kind: 'alarms', phase: 'before' });
    return env.alarms.delete(name);
  },
  async clearAll() {
    env.alarms.clear();
    return true;
  },
  onAlarm: event('alarms.onAlarm'),
};

const manifest = { manifest_version: 3, version: '0.1.0', name: 'Incident Desk' };

/** The `webextension-polyfill` default export, as far as the worker uses it. */
export const fakeBrowser = {
  runtime: {
    id: EXTENSION_ID,
    getManifest: () => manifest,
    getURL: (path: string) => `chrome-extension://${EXTENSION_ID}/${path.replace(/^\//, '')}`,
    onMessage: event('runtime.onMessage'),
    onInstalled: event('runtime.onInstalled'),
    onStartup: event('runtime.onStartup'),
  },
  storage: { local: storageLocal, onChanged: event('storage.onChanged') },
  alarms,
  tabs: {
    async create(props: { url?: string }) {
      checkpoint({ kind: 'tabs', phase: 'before' });
      env.tabsOpened.push(props.url ?? '');
      return { id: env.tabsOpened.length };
    },
    async query() {
      return [];
    },
    async sendMessage() {
      return undefined;
    },
  },
  action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
  contextMenus: { create: () => undefined, removeAll: async () => undefined, onClicked: event('contextMenus.onClicked') },
  commands: { onCommand: event('commands.onCommand') },
  // Failed steps raise notifications; the soak checks the world, not the desktop.
  notifications: {
    create: async () => '',
    clear: async () => true,
    onClicked: event('notifications.onClicked'),
    onButtonClicked: event('notifications.onButtonClicked'),
  },
  permissions: { contains: async () => true, request: async () => true },
  identity: {
    getRedirectURL: () => REDIRECT_URL,
    async launchWebAuthFlow({ url }: { url: string; interactive?: boolean }) {
      checkpoint({ kind: 'identity', phase: 'before' });
      return env.authFlow(url);
    },
  },
};

/**
 * The `chrome.*` the worker calls directly. Redaction and X's tweet count run in an offscreen
 * document in Chromium; here its messages are answered by the same code the offscreen document runs.
 */
export const fakeChrome = {
  runtime: {
    id: EXTENSION_ID,
    ContextType: { OFFSCREEN_DOCUMENT: 'OFFSCREEN_DOCUMENT' },
    getManifest: () => manifest,
    getContexts: async () => [{ contextType: 'OFFSCREEN_DOCUMENT' }],
    async sendMessage(request: RedactRequest | FitTweetsRequest): Promise<RedactReply | FitTweetsReply> {
      if (request.target === TWEET_TARGET) return { ok: true, tweets: request.drafts.map(fitAsX) };
      checkpoint({ kind: 'redact', phase: 'before' });
      try {
        return { ok: true, ...redactTexts(request.texts, request.settings, request.map) };
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    },
  },
  offscreen: { Reason: { DOM_PARSER: 'DOM_PARSER' }, createDocument: async () => undefined },
  storage: { local: storageLocal, AccessLevel: { TRUSTED_CONTEXTS: 'TRUSTED_CONTEXTS' } },
};
