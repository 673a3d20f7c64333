import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

const cache = new Map<string, Promise<Certificate>>();

/**
 * One self-signed certificate naming every impersonated host. Key generation dominates start-up,
 * so certificates are reused for the same host list within a process.
 */
export function certificateFor(hosts: readonly string[]): Promise<Certificate> {
  const key = [...hosts].sort().join(',');
  let pending = cache.get(key);
  if (!pending) {
    pending = generate([{ name: 'commonName', value: 'Incident Desk sandbox' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 365 * 24 * 60 * 60 * 1000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [...hosts.map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: '127.0.0.1' }] },
      ],
    }).then((pems) => ({ key: pems.private, cert: pems.cert }));
    cache.set(key, pending);
  }
  return pending;
}
