/** The schema of each setting: its weak type check, nested block, enum, length, default and annotations. */
import type { KeyFact, Kind } from './facts';
import type { Json, JsonValue } from './json';
import { DURATION, Definitions, INTEGER, TEMPLATE, anchored, typeCheck } from './typeChecks';

/** The description of a key path (nested keys joined by dots), from the struct its top-level key comes from. */
export type Describe = (keyPath: string) => string | undefined;

/** Defaults in the facts that are prose or units lost in extraction, not values. */
const ODD_DEFAULTS = new Set(['1 hour', 'null/empty']);

/** "Stop" -> "[Ss][Tt][Oo][Pp]" */
const anyCase = (value: string): string =>
  [...value].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : ch)).join('');

/** A default as a value of the key's type, or undefined when the facts' text is not one. */
function parseDefault(type: string, raw: string): JsonValue | undefined {
  if (raw === '' || ODD_DEFAULTS.has(raw) || /<[^>]*>|\]\(#/.test(raw)) return undefined;
  switch (type) {
    case 'bool':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : undefined;
    case 'duration':
      return new RegExp(`^${DURATION}$`).test(raw) ? raw : undefined;
    case 'string':
      return raw;
    case 'list(string)':
      if (!raw.startsWith('[')) return [raw];
      try {
        const v: unknown = JSON.parse(raw);
        return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
      } catch {
        return undefined;
      }
    default:
      return undefined;
  }
}

export interface PropertyOptions {
  defs: Definitions;
  enums: Map<string, string[]>;
  lengths: Map<string, [number, number]>;
  ignoreCase: readonly string[];
  nested: Map<string, Json[]>;
  /** dotted key path of the enclosing block, '' at the top */
  path: string;
  describe: Describe;
  defaultOverride?: string | undefined;
  /** the component comes from plugin facts, whose `required` tags hover may mention */
  plugin?: boolean | undefined;
}

export function propertySchema(key: string, fact: KeyFact, docs: string, opts: PropertyOptions): Json {
  const s: Json = { 'x-packer-type': fact.type, 'x-packer-docs': `${docs}#${key}` };
  const keyPath = opts.path ? `${opts.path}.${key}` : key;
  // packer_* internals are no user settings: they are neither described nor asked for. Nor is `_`,
  // a field the plugin fills in itself (googlecompute's disk_attachment zone) that the facts list.
  const internal = fact.internal === true || key === '_';
  const description = internal ? undefined : opts.describe(keyPath);
  if (description !== undefined) s.description = description;
  const rawDefault = opts.defaultOverride ?? fact.default ?? fact.default_in_code;
  // defaults are raw text in the facts; a number or bool is read as its text
  if (typeof rawDefault === 'string' || typeof rawDefault === 'number' || typeof rawDefault === 'boolean') {
    const d = parseDefault(fact.type, String(rawDefault));
    if (d !== undefined) s.default = d;
  }
  if (internal) s['x-packer-internal'] = true;
  if (fact.documented === false) s['x-packer-undocumented'] = true;
  if (fact.deprecated) s['x-packer-deprecated'] = true;
  if (fact.since !== undefined) s['x-packer-since'] = fact.since;
  if (fact.until !== undefined) s['x-packer-until'] = fact.until;
  if (fact.absentIn?.length) s['x-packer-absent-in'] = fact.absentIn;
  if (fact.typeChanges?.length) s['x-packer-type-changes'] = fact.typeChanges;
  if (fact.required === true && fact.type !== 'block' && opts.plugin) s['x-packer-required-tag'] = true;

  if (fact.type === 'block') {
    const block = blockSchema(fact.keys ?? {}, docs, opts.nested.get(key) ?? [], keyPath, opts);
    if (!fact.list) return Object.assign(s, { type: ['object', 'null'], ...block });
    // A list block also takes a single object (weak decoding). Its schema lives in the definitions
    // and validates both forms, so that it is compiled only once.
    const ref = opts.defs.define(`block.${keyPath}`, {
      type: ['array', 'object', 'null'],
      items: { type: ['object', 'null'], allOf: [{ $ref: `#/definitions/block.${keyPath}` }] },
      ...block,
    });
    return Object.assign(s, ref);
  }
  const values = opts.enums.get(key);
  const length = opts.lengths.get(key);
  // `$ref` alone when its siblings are annotations, as draft-07 ignores them
  const checked = fact.checkType ?? fact.type;
  if (!values && !length) return Object.assign(s, opts.defs.ref(checked));
  // inline, as ajv's strictTypes wants the types beside the value checks below
  Object.assign(s, typeCheck(checked));
  // templated values are checked after rendering, so only literals are judged here
  let skip = TEMPLATE;
  if (values) {
    skip = `^$|${skip}`; // empty means "use the default"
    if (opts.ignoreCase.includes(key)) skip += `|^(?:${values.map(anyCase).join('|')})$`;
  }
  const check: Json = {};
  if (values) check.enum = values;
  if (length) Object.assign(check, { minLength: length[0], maxLength: length[1] });
  Object.assign(s, { if: { type: ['string', 'null'], pattern: skip }, else: check });
  return s;
}

/** The object schema of a nested block; its settings take no enum or length of their own. */
function blockSchema(
  keys: Record<string, KeyFact>,
  docs: string,
  constraints: Json[],
  path: string,
  parent: PropertyOptions,
): Json {
  const properties: Json = {};
  for (const key of Object.keys(keys).sort()) {
    const fact = keys[key];
    if (!fact) continue;
    properties[key] = propertySchema(key, fact, docs, {
      defs: parent.defs,
      enums: new Map(),
      lengths: new Map(),
      ignoreCase: [],
      nested: new Map(),
      path,
      describe: parent.describe,
      plugin: parent.plugin,
    });
  }
  const out: Json = { properties, additionalProperties: false };
  if (constraints.length) out.allOf = constraints;
  return out;
}

/** A legacy JSON template meta key (`type`, `only`, `pause_before`...): its type and, where it differs, its check. */
export function metaFact(kind: Kind, key: string, desc: string): { type: string; check?: Json } {
  // post-processor meta keys are decoded strictly by the template parser (checked with 1.6.6)
  const strict = kind === 'post-processor';
  if (key === 'override') return { type: 'object' };
  if (key === 'max_retries')
    return { type: 'number', check: { type: ['integer', 'string', 'boolean', 'null'], pattern: anchored(INTEGER) } };
  if (key === 'pause_before' || key === 'timeout')
    // parsed by the template itself, before any interpolation
    return {
      type: 'duration',
      check: { type: ['string', 'number', 'boolean', 'null'], pattern: anchored(DURATION, false) },
    };
  const type = /^list\(string\)/.test(desc) ? 'list(string)' : /^bool/.test(desc) ? 'bool' : 'string';
  if (!strict) return { type };
  const check: Json =
    type === 'list(string)'
      ? { type: ['array', 'null'], items: { type: 'string' } }
      : type === 'bool'
        ? { type: ['boolean', 'null'] }
        : { type: ['string', 'null'] };
  return { type, check };
}
