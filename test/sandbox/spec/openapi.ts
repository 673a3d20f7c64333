import { loadSpec, type SpecName } from './specs';
import { Compiled, deref, isObj, makeAjv, parameterSchema, rebase, toViolations, unknownFields, type Schema, type Violation } from './schema';

export interface Operation {
  template: string;
  method: string;
  op: Schema;
  pathParams: Record<string, string>;
}

/** What a request carries, already split the way the spec declares parameters. */
export interface RequestParts {
  query: URLSearchParams;
  /** Parsed JSON body, or form fields as an object; undefined when there is none. */
  body: unknown;
  pathParams?: Record<string, string>;
  /** Swagger 2 `formData` parameters are checked together with the query (Slack takes either). */
  formIntoParams?: boolean;
  /** Parameter names satisfied elsewhere (Slack's `token` rides in the Authorization header). */
  ignore?: readonly string[];
  /** Values newer than the spec file that the live service documents (each caller cites its source). */
  newerParams?: Record<string, Schema>;
}

/**
 * A Swagger 2 (Slack, Zoom) or OpenAPI 3 (X, PagerDuty) file as a request and response
 * validator for the operations the fakes implement. Parameters and bodies come from the spec's
 * own `parameters` / `requestBody` / body parameter; nothing is hand-written.
 */
export class OpenApi {
  readonly root: Schema;
  private readonly strict = new Compiled(makeAjv(false));
  private readonly coercing = new Compiled(makeAjv(true));
  private readonly swagger2: boolean;
  private readonly id: string;

  constructor(
    readonly name: Exclude<SpecName, 'docs' | 'drive'>,
    /** Prefix the spec's paths live under on the wire (Zoom's basePath /v2, PagerDuty's server path /v2). */
    readonly basePath: string,
  ) {
    const spec = loadSpec(name);
    this.swagger2 = spec['swagger'] === '2.0';
    this.id = `spec-${name}`;
    this.root = { $id: this.id, definitions: spec['definitions'], parameters: spec['parameters'], components: spec['components'], paths: spec['paths'] };
    for (const c of [this.strict, this.coercing]) c.ajv.addSchema(this.root);
  }

  /** The operation a wire path and method reach, with its path parameters. */
  find(method: string, wirePath: string): Operation | undefined {
    if (!wirePath.startsWith(this.basePath)) return undefined;
    const path = wirePath.slice(this.basePath.length) || '/';
    const paths = this.root['paths'] as Record<string, Record<string, Schema>>;
    for (const [template, item] of Object.entries(paths)) {
      const op = item[method.toLowerCase()];
      if (!op) continue;
      const names: string[] = [];
      const re = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, n: string) => (names.push(n), '([^/]+)'))}$`);
      const m = re.exec(path);
      if (m)
        return { template, method: method.toLowerCase(), op, pathParams: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')])) };
    }
    return undefined;
  }

  operation(method: string, template: string): Operation {
    const op = (this.root['paths'] as Record<string, Record<string, Schema>>)[template]?.[method.toLowerCase()];
    if (!op) throw new Error(`${this.name} spec has no ${method} ${template}`);
    return { template, method: method.toLowerCase(), op, pathParams: {} };
  }

  private parameters(o: Operation): Schema[] {
    const item = (this.root['paths'] as Record<string, Record<string, unknown>>)[o.template];
    const shared = Array.isArray(item?.['parameters']) ? (item['parameters'] as unknown[]) : [];
    const own = Array.isArray(o.op['parameters']) ? (o.op['parameters'] as unknown[]) : [];
    return [...shared, ...own].map((p) => deref(p, this.root));
  }

  checkRequest(o: Operation, parts: RequestParts): Violation[] {
    const ignore = new Set(parts.ignore ?? []);
    const params = this.parameters(o).filter((p) => !ignore.has(String(p['name'])));
    const inParams = (where: string): boolean => where === 'query' || (parts.formIntoParams === true && where === 'formData');
    // Query (and, for Slack, form) parameters as one object: undeclared names are unknown.
    const props: Record<string, unknown> = {};
    const required: string[] = [];
    for (const p of params) {
      if (!inParams(String(p['in']))) continue;
      props[String(p['name'])] = rebase(parameterSchema(p), this.id);
      if (p['required'] === true) required.push(String(p['name']));
    }
    for (const [k, v] of Object.entries(parts.newerParams ?? {})) props[k] = v;
    const given: Record<string, unknown> = {};
    for (const k of new Set(parts.query.keys())) if (!ignore.has(k)) given[k] = parts.query.getAll(k).length > 1 ? parts.query.getAll(k) : parts.query.get(k);
    if (parts.formIntoParams && isObj(parts.body)) {
      // JSON bodies carry structured values (Slack's blocks) where the form takes a JSON string.
      for (const [k, v] of Object.entries(parts.body)) if (!ignore.has(k)) given[k] = isObj(v) || Array.isArray(v) ? JSON.stringify(v) : v;
    }
    const paramSchema: Schema = { type: 'object', properties: props, required, additionalProperties: false };
    const key = `${o.method} ${o.template} params ${Object.keys(parts.newerParams ?? {}).join(',')} ${[...ignore].join(',')}`;
    const fn = this.coercing.get(key, () => paramSchema);
    const out = fn(given) ? [] : toViolations(fn.errors, given);
    for (const p of params) {
      if (p['in'] !== 'path') continue;
      const v = parts.pathParams?.[String(p['name'])] ?? o.pathParams[String(p['name'])];
      const pf = this.coercing.get(`${o.method} ${o.template} path ${String(p['name'])}`, () => rebase(parameterSchema(p), this.id) as Schema);
      const holder = { v };
      if (!pf(holder.v)) out.push({ kind: 'type', path: [String(p['name'])], message: `path parameter ${String(p['name'])} is invalid`, value: v });
    }
    if (parts.formIntoParams) return out;
    const body = this.bodySchema(o);
    if (body === undefined) return out;
    if (parts.body === undefined) {
      if (body.required) out.push({ kind: 'required', path: [], message: 'request body is required' });
      return out;
    }
    const bf = this.strict.get(`${o.method} ${o.template} body`, () => rebase(body.schema, this.id) as Schema);
    if (!bf(parts.body)) out.push(...toViolations(bf.errors, parts.body));
    out.push(
      ...unknownFields(body.schema, parts.body, this.root).filter((u) => !out.some((e) => e.kind === 'unknown' && e.path.join('.') === u.path.join('.'))),
    );
    return out;
  }

  private bodySchema(o: Operation): { schema: Schema; required: boolean } | undefined {
    if (this.swagger2) {
      const p = this.parameters(o).find((x) => x['in'] === 'body');
      return p ? { schema: p['schema'] as Schema, required: p['required'] === true } : undefined;
    }
    const rb = deref(o.op['requestBody'], this.root);
    const schema = (rb['content'] as Record<string, { schema?: Schema }> | undefined)?.['application/json']?.schema;
    return schema ? { schema, required: rb['required'] === true } : undefined;
  }

  /** For the unit tests: a response body against the schema the spec gives for that status. */
  checkResponse(method: string, template: string, status: number, body: unknown): Violation[] {
    const o = this.operation(method, template);
    const responses = o.op['responses'] as Record<string, unknown>;
    const entry = deref(responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses['default'], this.root);
    const schema = this.swagger2
      ? (entry['schema'] as Schema | undefined)
      : (entry['content'] as Record<string, { schema?: Schema }> | undefined)?.['application/json']?.schema;
    if (!schema) throw new Error(`${this.name} spec gives no response schema for ${method} ${template} ${status}`);
    const fn = this.strict.get(`${method} ${template} response ${status}`, () => rebase(schema, this.id) as Schema);
    return fn(body) ? [] : toViolations(fn.errors, body);
  }
}

const cache = new Map<string, OpenApi>();
function one(name: Exclude<SpecName, 'docs' | 'drive'>, basePath: string): () => OpenApi {
  return () => {
    let v = cache.get(name);
    if (!v) {
      v = new OpenApi(name, basePath);
      cache.set(name, v);
    }
    return v;
  };
}
/** Slack's paths are `/chat.postMessage`; on the wire they sit under /api. */
export const slackSpec = one('slack', '/api');
export const xSpec = one('x', '');
export const zoomSpec = one('zoom', '/v2');
export const pagerdutySpec = one('pagerduty', '/v2');

/** "a.b[0].c" for messages. */
export function dotted(path: Array<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${p}`)).join('');
}
