import type { Fault } from './faults';
import type { SandboxRequest, SandboxResponse } from './http';

/** One impersonated service: the hosts it answers for and its requests, in its own error style. */
export interface Service {
  hosts: readonly string[];
  /** undefined: not this service's path; the router tries the next service on the host. */
  handle(req: SandboxRequest): SandboxResponse | undefined | Promise<SandboxResponse | undefined>;
  /** The response an injected fault gets, shaped like this service's errors; undefined when the path is not this service's. */
  fault?(req: SandboxRequest, fault: Fault & { status: number }): SandboxResponse | undefined;
}
