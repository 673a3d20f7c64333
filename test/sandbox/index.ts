import type { Server as HttpServer } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import { certificateFor } from './cert';
import { createControlServer } from './control';
import { Faults, type Fault } from './faults';
import { sandboxFetch } from './fetch';
import { buildRouter } from './router';
import { createSandboxServer } from './server';
import { TEST_PAGERDUTY_ROUTING_KEY, TEST_TOKENS, type TokenService } from './tokens';
import { headRevision, State, type World } from './world';

export type { Fault } from './faults';
export type { World } from './world';
export { TEST_PAGERDUTY_ROUTING_KEY, TEST_TOKENS, type TokenService } from './tokens';
export { WEBHOOKS as SLACK_WEBHOOKS, CHANNELS as SLACK_CHANNELS, USERS as SLACK_USERS } from './fakes/slack-directory';
export { PROJECTS as GITLAB_PROJECTS } from './fakes/gitlab';

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
  createDoc(opts: { title: string; text?: string; id?: string }): { documentId: string; revisionId: string };
  /** The fixed test token of each service (and PagerDuty's routing key), as `POST /tokens` gives them. */
  tokens(): Record<TokenService | 'pagerduty', string>;
  /** Revokes one token, or every token of a service, so the next API call gets that service's 401. */
  revoke(tokenOrService: string): void;
  close(): Promise<void>;
}

/** Thrown when a requested port is taken, with a message fit to show as it is. */
export class PortInUseError extends Error {
  constructor(readonly port: number, what: string) {
    super(`${what} port ${port} on 127.0.0.1 is already in use; pick another port or stop whatever holds it`);
  }
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
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
      return { documentId: doc.documentId, revisionId: headRevision(doc).revisionId };
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
