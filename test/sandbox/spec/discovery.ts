import { loadSpec } from './specs';
import { Compiled, isObj, makeAjv, toViolations, unknownFields, type Schema, type Violation } from './schema';

interface DiscoveryMethod {
  id: string;
  httpMethod: string;
  path: string;
  parameters?: Record<string, Schema>;
  request?: { $ref: string };
  response?: { $ref: string };
}

/** `"$ref": "Name"` → `"$ref": "#/definitions/Name"`, as the spec README prescribes for ajv. */
function convertRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertRefs);
  if (!isObj(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    // A schema's own `id` is its name; ajv 8 would read it as a draft-04 id. Properties named id are objects and stay.
    if (k === 'id' && typeof v === 'string') continue;
    // Discovery's `"type": "any"` (google.protobuf.Value and friends) means no constraint in JSON Schema.
    if (k === 'type' && v === 'any') continue;
    out[k] = k === '$ref' && typeof v === 'string' && !v.startsWith('#') ? `#/definitions/${v}` : convertRefs(v);
  }
  return out;
}

function methods(resources: unknown, out = new Map<string, DiscoveryMethod>()): Map<string, DiscoveryMethod> {
  if (!isObj(resources)) return out;
  for (const r of Object.values(resources)) {
    if (!isObj(r)) continue;
    if (isObj(r['methods'])) for (const m of Object.values(r['methods'])) out.set((m as DiscoveryMethod).id, m as DiscoveryMethod);
    methods(r['resources'], out);
  }
  return out;
}

/**
 * A Google discovery document as a validator: request bodies and query strings against the
 * method's `request` schema and `parameters` (spec files google-docs-v1 / google-drive-v3).
 */
export class Discovery {
  readonly root: Schema;
  private readonly methods: Map<string, DiscoveryMethod>;
  private readonly globals: Record<string, Schema>;
  private readonly compiled = new Compiled(makeAjv(false));
  private readonly id: string;

  constructor(readonly api: 'docs' | 'drive') {
    const doc = loadSpec(api);
    this.id = `google-${api}`;
    this.root = { $id: this.id, definitions: convertRefs(doc['schemas']) };
    this.compiled.ajv.addSchema(this.root);
    this.methods = methods(doc['resources']);
    this.globals = (doc['parameters'] ?? {}) as Record<string, Schema>;
  }

  method(id: string): DiscoveryMethod {
    const m = this.methods.get(id);
    if (!m) throw new Error(`${this.api} discovery has no method ${id}`);
    return m;
  }

  /** Unknown names, and values of the wrong type, in a body meant for schema `name`. */
  checkSchema(name: string, value: unknown): Violation[] {
    const fn = this.compiled.get(name, () => ({ $ref: `${this.id}#/definitions/${name}` }));
    const typeErrors = fn(value) ? [] : toViolations(fn.errors, value);
    return [...unknownFields({ $ref: `#/definitions/${name}` }, value, this.root), ...typeErrors];
  }

  /** The request body of a method, or nothing to check for a method without one. */
  checkBody(methodId: string, body: unknown): Violation[] {
    const ref = this.method(methodId).request?.$ref;
    return ref ? this.checkSchema(ref, body) : [];
  }

  /** Query parameters: each must be one of the method's or the API's global ones, of the declared type. */
  checkQuery(methodId: string, query: URLSearchParams): Violation[] {
    const params = { ...this.globals, ...(this.method(methodId).parameters ?? {}) };
    const out: Violation[] = [];
    for (const name of new Set(query.keys())) {
      const p = params[name];
      const values = query.getAll(name);
      if (!p || p['location'] === 'path') {
        out.push({
          kind: 'unknown',
          path: [name],
          message: `Unknown name "${name}": Cannot bind query parameter. Field '${name}' could not be found in request message.`,
        });
        continue;
      }
      if (values.length > 1 && p['repeated'] !== true) out.push({ kind: 'value', path: [name], message: `Parameter ${name} given more than once.` });
      for (const v of values) {
        const bad =
          (p['type'] === 'boolean' && v !== 'true' && v !== 'false') ||
          (p['type'] === 'integer' && !/^-?\d+$/.test(v)) ||
          (Array.isArray(p['enum']) && !(p['enum'] as string[]).includes(v));
        if (bad) out.push({ kind: 'type', path: [name], message: `Invalid value at '${name}' (${String(p['type']).toUpperCase()}), "${v}"`, value: v });
      }
    }
    return out;
  }

  /** For the unit tests: a fake's response body against the method's `response` schema. */
  checkResponse(methodId: string, body: unknown): Violation[] {
    const ref = this.method(methodId).response?.$ref;
    return ref ? this.checkSchema(ref, body) : [];
  }
}

let docs: Discovery | undefined;
let drive: Discovery | undefined;
export const docsDiscovery = (): Discovery => (docs ??= new Discovery('docs'));
export const driveDiscovery = (): Discovery => (drive ??= new Discovery('drive'));

/** Google's proto-style field path: `requests[0].insert_text.location`. */
export function protoPath(path: Array<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${p.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`)).join('');
}
