import type { Server as HttpServer } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import { certificateFor } from './cert';
import { createControlServer } from './control';
import { Faults, type Fault } from './faults';
import { sandboxFetch } from './fetch';
import { buildRouter } from './router';
import { createSandboxServer } from './server';
import { issueToken, share } from './helpers';
import { loadAllSpecs } from './spec/specs';
import { GOOGLE_TEST_TOKENS, TEST_PAGERDUTY_ROUTING_KEY, TEST_TOKENS, type TokenService } from './tokens';
import { headRevision, State, type World } from './world';

export type { Fault } from './faults';
export type { World } from './world';
export {
  GOOGLE_DOMAIN,
  GOOGLE_FULL_SCOPES,
  GOOGLE_TEST_TOKENS,
  GOOGLE_USERS,
  TEST_PAGERDUTY_ROUTING_KEY,
  TEST_TOKENS,
  type GoogleUser,
  type TokenService,
} from './tokens';
export { OAUTH_CLIENTS, TEST_REDIRECT_URI, ZOOM_GRANULAR_SCOPES, redirectAllowed, type OAuthClient } from './clients';
export { MERGE_WINDOW_MS, MERGE_WRITES } from './world';
export { SPECS_DIR, SpecsMissingError } from './spec/specs';
export { WEBHOOKS as SLACK_WEBHOOKS, CHANNELS as SLACK_CHANNELS, USERS as SLACK_USERS } from './fakes/slack-directory';
export { PROJECTS as GITLAB_PROJECTS } from './fakes/gitlab';

export interface CreateDocOptions {
  title: string;
  text?: string;
  id?: string;
  owner?: string;
  /** As if created through the API by this user with this OAuth client (what drive.file reaches). */
  creator?: { user: string; clientId: string };
}

export interface SandboxOptions {
  port?: number;
  controlPort?: number;
  gitlabSelfHostedHost?: string;
}

export interface Sandbox {
  port: number;
  controlPort: number;
  controlUrl: string;
  hosts: string[];
  fetch: typeof fetch;
  world(): World;
  fault(f: Fault): void;
  /** Disarms every fault not used up yet, leaving the world as it is. */
  clearFaults(): void;
  reset(): void;
  /**
   * A doc as a person made it in the Docs UI (no OAuth client: `drive.file` tokens cannot reach it
   * through Drive), owned by `owner` (default alice@example.com). `revisionId` is the owner's Docs
   * revisionId, `driveRevisionId` the head Drive revision ("1").
   */
  createDoc(opts: CreateDocOptions): { documentId: string; revisionId: string; driveRevisionId: string };
  /** Adds a Drive permission to a doc, as its owner would in the share dialog. */
  share(documentId: string, permission: { type: 'user' | 'domain' | 'anyone'; role: string; emailAddress?: string; domain?: string }): void;
  /** The fixed Google token of each sandbox user (full scopes, the registered client). */
  googleTokens(): Record<string, string>;
  /** A token as the provider would issue it after sign-in, without running the browser flow. */
  issueToken(
    service: TokenService,
    opts: { scope: string; user?: string; clientId?: string; host?: string; withRefresh?: boolean },
  ): { access: string; refresh?: string };
  /** Moves the sandbox clock forward (token expiry, Drive revision merging); returns the new sandbox time in ms. */
  advanceClock(ms: number): number;
  /** Which Google user is signed in to the browser the OAuth pages see. */
  signInGoogle(email: string): void;
  /** A Slack member's presence and do-not-disturb, as users.getPresence and dnd.info answer. */
  setSlackPresence(user: string, state: { presence: 'active' | 'away'; dnd: boolean }): void;
  /** Workspace admin settings: `allowPublishing: false` makes revisions.update with published:true a 403. */
  setWorkspace(settings: { allowPublishing?: boolean }): void;
  /** The fixed test token of each service (and PagerDuty's routing key), as `POST /tokens` gives them. */
  tokens(): Record<TokenService | 'pagerduty', string>;
  /** Revokes one token, or every token of a service, so the next API call gets that service's 401. */
  revoke(tokenOrService: string): void;
  close(): Promise<void>;
}

/** Thrown when a requested port is taken, with a message fit to show as it is. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    what: string,
  ) {
    super(`${what} port ${port} on 127.0.0.1 is already in use; pick another port or stop whatever holds it`);
  }
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  // Every request is checked against the official descriptions; without them there is no sandbox.
  loadAllSpecs();
  const state = new State();
  const faults = new Faults();
  const router = buildRouter(state, opts.gitlabSelfHostedHost ?? 'gitlab.example.test');
  const hosts = [...router.keys()];
  const tls = await certificateFor(hosts);
  const https = createSandboxServer(tls, state, faults, router);
  const port = await listen(https, opts.port ?? 0, 'sandbox HTTPS');
  const control = createControlServer(state, faults, () => ({ port, hosts }));
  const controlPort = await listen(control, opts.controlPort ?? 0, 'sandbox control').catch(async (e: unknown) => {
    await shut(https);
    throw e;
  });
  return {
    port,
    controlPort,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    hosts,
    fetch: sandboxFetch(port, hosts, tls.cert),
    world: () => state.snapshot(),
    fault: (f) => faults.add(f),
    clearFaults: () => faults.clear(),
    reset: () => {
      state.reset();
      faults.clear();
    },
    createDoc: (o) => {
      const doc = state.createDoc(o);
      return { documentId: doc.documentId, revisionId: state.docsRevisionId(doc, doc.owner), driveRevisionId: headRevision(doc).id };
    },
    share: (id, p) => share(state, id, p),
    googleTokens: () => ({ ...GOOGLE_TEST_TOKENS }),
    issueToken: (service, o) => issueToken(state, service, o),
    setSlackPresence: (user, s) => void state.slackPresence.set(user, s),
    advanceClock: (ms) => {
      state.clockOffsetMs += ms;
      return state.now();
    },
    signInGoogle: (email) => {
      state.googleSignedIn = email;
    },
    setWorkspace: (w) => {
      if (w.allowPublishing !== undefined) state.workspace.allowPublishing = w.allowPublishing;
    },
    tokens: () => ({ ...TEST_TOKENS, pagerduty: TEST_PAGERDUTY_ROUTING_KEY }),
    revoke: (t) => state.tokens.revoke(t),
    close: async () => {
      await Promise.all([shut(https), shut(control)]);
    },
  };
}

function listen(server: NetServer, port: number, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new PortInUseError(port, what) : e));
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Closes even with keep-alive connections open (the browser keeps some), so close() never hangs. */
function shut(server: NetServer): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    (server as HttpServer).closeAllConnections();
  });
}
