// Firefox has no --host-resolver-rules. Its equivalent here: a local proxy, set in the profile's
// prefs (network.proxy.*), that tunnels CONNECT for the sandbox's hosts on port 443 to the sandbox
// and refuses everything else, so nothing reaches the internet. Firefox makes no DNS lookup of its
// own for a proxied https URL: the CONNECT line carries the host name (RFC 9110 §9.3.6).
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface HostProxy {
  port: number;
  /** every CONNECT target asked for, tunnelled or refused (what left the browser) */
  requests: { target: string; tunnelled: boolean }[];
  close(): Promise<void>;
}

export async function startHostProxy(sandbox: { port: number; hosts: string[] }): Promise<HostProxy> {
  const hosts = new Set(sandbox.hosts);
  const requests: HostProxy['requests'] = [];
  const server: Server = createServer((req, res) => {
    // Plain http:// through the proxy: nothing the extension uses, so nothing goes.
    requests.push({ target: req.url ?? '', tunnelled: false });
    res.writeHead(502).end('Not in the sandbox');
  });
  // Tunnels are raw sockets the HTTP server does not count as its connections: close() ends them.
  const tunnels = new Set<{ destroy(): void }>();
  server.on('connect', (req, client, head) => {
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const [host = '', port = ''] = (req.url ?? '').split(':');
    const tunnelled = hosts.has(host) && port === '443';
    requests.push({ target: req.url ?? '', tunnelled });
    if (!tunnelled) {
      client.end('HTTP/1.1 502 Not in the sandbox\r\n\r\n');
      return;
    }
    const upstream = connect(sandbox.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const socket of tunnels) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
