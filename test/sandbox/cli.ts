import { PortInUseError, startSandbox, TEST_PAGERDUTY_ROUTING_KEY, TEST_TOKENS, type SandboxOptions } from './index';

/** `npm run sandbox [-- --port N] [--control-port N] [--gitlab-host H]`: the sandbox alone, until Ctrl-C. */
function parseArgs(argv: string[]): SandboxOptions {
  const opts: SandboxOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`missing value after ${flag ?? ''}`);
    i++;
    if (flag === '--port') opts.port = portNumber(flag, value);
    else if (flag === '--control-port') opts.controlPort = portNumber(flag, value);
    else if (flag === '--gitlab-host') opts.gitlabSelfHostedHost = value;
    else throw new Error(`unknown option ${flag ?? ''} (known: --port, --control-port, --gitlab-host)`);
  }
  return opts;
}

function portNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${flag} takes a port number, got "${value}"`);
  return n;
}

try {
  const sandbox = await startSandbox(parseArgs(process.argv.slice(2)));
  console.log(`Incident Desk sandbox
  HTTPS port:   ${sandbox.port}  (127.0.0.1, self-signed certificate)
  control:      ${sandbox.controlUrl}  (outside-world page at /, JSON at /world)
  hosts:        ${sandbox.hosts.join(' ')}
  test tokens:  ${Object.entries({ ...TEST_TOKENS, pagerduty: TEST_PAGERDUTY_ROUTING_KEY })
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}
Ctrl-C to stop.`);
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (e) {
  console.error(`sandbox: ${e instanceof PortInUseError || e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
