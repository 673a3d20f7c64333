import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

export type Schema = Record<string, unknown>;

/** One thing wrong with a request, before each fake words it in its provider's own error shape. */
export interface Violation {
  kind: 'unknown' | 'type' | 'required' | 'value';
  /** Path segments from the body or parameter root, e.g. ['requests', 0, 'insertText']. */
  path: Array<string | number>;
  message: string;
  value?: unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * ajv as the spec README prescribes: `strict: false` so discovery- and OpenAPI-only keywords
 * (`annotations`, `location`, `x-*`, `discriminator`, `example`) are ignored, formats not enforced
 * (the specs use many that JSON Schema does not define, like int64 or google-datetime).
 */
export function makeAjv(coerceTypes: boolean): Ajv {
  return new Ajv({ strict: false, validateSchema: false, allErrors: true, validateFormats: false, coerceTypes: coerceTypes ? 'array' : false });
}

/** Follows local `$ref`s (`#/a/b`) against the document they come from. */
export function deref(schema: unknown, root: Schema, depth = 0): Schema {
  if (!isObj(schema)) return {};
  const ref = schema['$ref'];
  if (typeof ref !== 'string' || depth > 20) return schema;
  const target = ref
    .replace(/^[^#]*#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (isObj(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), root);
  return deref(target, root, depth + 1);
}

/** Property names a schema declares, through allOf/anyOf/oneOf and $ref, with the schema of each. */
function declared(schema: Schema, root: Schema, out = new Map<string, Schema>(), open = { any: false }): { props: Map<string, Schema>; open: boolean } {
  const s = deref(schema, root);
  const props = s['properties'];
  if (isObj(props)) for (const [k, v] of Object.entries(props)) if (!out.has(k)) out.set(k, v as Schema);
  const extra = s['additionalProperties'];
  if (extra === true || isObj(extra)) open.any = true;
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = s[key];
    if (Array.isArray(list)) for (const sub of list) declared(sub as Schema, root, out, open);
  }
  return { props: out, open: open.any };
}

/**
 * Fields a schema does not declare. Google's discovery schemas and Zoom's Swagger 2 file do not
 * say `additionalProperties: false`, but the sandbox refuses undeclared names the way Google's
 * JSON parser does ("Unknown name \"x\": Cannot find field."); a schema with no properties at all,
 * or one that allows additional properties (a map), is free-form and not checked.
 */
export function unknownFields(schema: unknown, value: unknown, root: Schema, path: Array<string | number> = []): Violation[] {
  const s = deref(schema, root);
  if (Array.isArray(value)) {
    const items = Array.isArray(s['items']) ? (s['items'] as unknown[])[0] : s['items'];
    return items === undefined ? [] : value.flatMap((v, i) => unknownFields(items, v, root, [...path, i]));
  }
  if (!isObj(value)) return [];
  const { props, open } = declared(s, root);
  const extraSchema = deref(s['additionalProperties'], root);
  const out: Violation[] = [];
  for (const [k, v] of Object.entries(value)) {
    const sub = props.get(k);
    if (sub) out.push(...unknownFields(sub, v, root, [...path, k]));
    else if (open) out.push(...unknownFields(extraSchema, v, root, [...path, k]));
    else if (props.size > 0) out.push({ kind: 'unknown', path: [...path, k], message: `Unknown name "${k}"`, value: v });
  }
  return out;
}

/** Prefixes local refs with the id the whole spec was added under, so an operation's fragment compiles on its own. */
export function rebase(schema: unknown, id: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => rebase(s, id));
  if (!isObj(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${id}${v}` : rebase(v, id);
  return out;
}

export function toViolations(errors: ErrorObject[] | null | undefined, data: unknown): Violation[] {
  return (errors ?? [])
    .filter((e) => !['allOf', 'anyOf', 'oneOf', 'if'].includes(e.keyword))
    .map((e) => {
      const path = e.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      if (e.keyword === 'required') {
        const missing = String((e.params as { missingProperty?: string }).missingProperty);
        return { kind: 'required' as const, path: [...path, missing], message: `missing required field: ${missing}` };
      }
      if (e.keyword === 'additionalProperties') {
        const extra = String((e.params as { additionalProperty?: string }).additionalProperty);
        return { kind: 'unknown' as const, path: [...path, extra], message: `Unknown name "${extra}"` };
      }
      const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
      return { kind: e.keyword === 'type' ? ('type' as const) : ('value' as const), path, message: e.message ?? e.keyword, value };
    });
}

/** Compiles each distinct fragment once; the specs are large and requests are many. */
export class Compiled {
  private fns = new Map<string, ValidateFunction>();
  constructor(readonly ajv: Ajv) {}
  get(key: string, schema: () => Schema): ValidateFunction {
    let fn = this.fns.get(key);
    if (!fn) {
      fn = this.ajv.compile(schema());
      this.fns.set(key, fn);
    }
    return fn;
  }
}

/** A Swagger 2 non-body parameter's JSON Schema part (type, enum, items, bounds…). */
export function parameterSchema(p: Schema): Schema {
  if (isObj(p['schema'])) return p['schema'];
  const keys = ['type', 'enum', 'items', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'format', 'default', 'multipleOf'];
  return Object.fromEntries(keys.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]));
}

export { isObj };
