// @ts-check
/**
 * Generates one JSON Schema (draft-07) per Packer component from the facts file
 * (components.json) into schemas/<kind>/<type>.json, plus schemas/index.json.
 *
 *   node scripts/generate-schemas.mjs [--facts PATH] [--out DIR] [--descriptions DIR]
 *
 * Each property gets its `description` from schemas/descriptions/ (see the README
 * there and scripts/schema-descriptions.mjs); a description of no existing key fails the run.
 *
 * This script is the source of truth for schemas/: never edit the output by hand.
 * Output is deterministic (sorted, 2-space indent, trailing newline).
 *
 * Two principles shape every rule below:
 * - Legacy JSON templates are decoded weakly (mapstructure WeaklyTypedInput) after
 *   `{{ }}` interpolation, so each type check accepts what Packer accepts.
 * - A false error is worse than a missed one: requiredness comes from the facts'
 *   `constraints` (written from Prepare()), never from the raw `required` tags.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Descriptions, componentFileName, metaFileName, structFileName } from './schema-descriptions.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @typedef {'builder'|'provisioner'|'post-processor'|'data-source'} Kind */
/** @typedef {Record<string, any>} Json */

/** facts section name -> schema kind, in output order */
const KINDS = /** @type {const} */ ([
  ['builders', 'builder'],
  ['provisioners', 'provisioner'],
  ['post-processors', 'post-processor'],
  ['data-sources', 'data-source'],
]);

const META_DOCS = {
  builder: 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/builders',
  provisioner: 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/provisioners',
  'post-processor': 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/post-processors',
};

/**
 * Plugin ids for builders whose facts lack `builder_id`; they decide which
 * `deprecated_options` globs apply (config.DecodeOpts.PluginType in each plugin).
 */
const DERIVED_BUILDER_IDS = {
  'virtualbox-ovf': 'mitchellh.virtualbox', // vboxcommon.BuilderId, shared with virtualbox-iso
  'virtualbox-vm': 'mitchellh.virtualbox',
  'vsphere-iso': 'jetbrains.vsphere', // common.BuilderId of the vsphere plugin
  'vsphere-clone': 'jetbrains.vsphere',
  'vsphere-supervisor': 'jetbrains.vsphere',
  'azure-chroot': 'azure.chroot',
};

/**
 * Builders that fill in a communicator username themselves, so the generic
 * "ssh_username when the communicator is ssh" rule of the facts would be a false
 * error. Checked with packer 1.6.6 validate and the plugin sources:
 * azure-arm sets ssh_username to "packer" and winrm_username to ssh_username;
 * azure-dtl sets ssh_username (winrm_username is still demanded);
 * vsphere-supervisor sets ssh_username to "root";
 * vagrant never calls communicator.Config.Prepare.
 */
const USERNAME_DEFAULTED = {
  'azure-arm': ['ssh_username', 'winrm_username'],
  'azure-dtl': ['ssh_username'],
  'vsphere-supervisor': ['ssh_username'],
  vagrant: ['ssh_username', 'winrm_username'],
};

/** Ways to log in that builder/null's Prepare() accepts for any communicator. */
const AUTH_ANY_COMMUNICATOR = ['ssh_private_key_file', 'ssh_agent_auth'];

/** Enum keys whose Prepare() upper-cases the value before checking it (plugin source). */
const ENUM_IGNORE_CASE = {
  'builder/googlecompute': ['instance_termination_action', 'image_architecture'],
};

/** Defaults in the facts that are prose or units lost in extraction, not values. */
const ODD_DEFAULTS = new Set(['1 hour', 'null/empty']);

// ---------------------------------------------------------------------------
// Weak type checks

/** Any value holding a `{{ ... }}` call is rendered before decoding. */
const TEMPLATE = '\\{\\{[\\s\\S]*\\}\\}';
/** strconv.ParseInt(s, 0, 64) or ParseFloat; "" decodes to 0. */
const NUM =
  '[+-]?(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\\d[\\d_]*(?:\\.[\\d_]*)?|\\.\\d[\\d_]*)(?:[eE][+-]?\\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])?';
/** strconv.ParseBool, plus "" (decodes to false). */
const BOOL = '1|t|T|TRUE|true|True|0|f|F|FALSE|false|False|';
/** time.ParseDuration */
const DURATION = '[-+]?(?:0|(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)';
const INTEGER = '[+-]?\\d+|';

const SCALAR = ['string', 'number', 'boolean', 'null'];

/** @param {string} body @param {boolean} templated */
const anchored = (body, templated = true) => `^(?:${body})$${templated ? `|${TEMPLATE}` : ''}`;

/** @param {string} t x-packer-type @returns {Json} the keywords of the weak check */
function typeCheck(t) {
  switch (t) {
    case 'string':
      return { type: SCALAR };
    case 'number':
      return { type: ['number', 'string', 'boolean', 'null'], pattern: anchored(NUM) };
    case 'bool':
      return { type: ['boolean', 'number', 'string', 'null'], pattern: anchored(BOOL) };
    case 'duration':
      return { type: ['string', 'number', 'boolean', 'null'], pattern: anchored(DURATION) };
    case 'list(string)':
      return { type: ['array', ...SCALAR], items: { type: SCALAR } };
    case 'list(number)':
      // a single string is split on commas (StringToSliceHookFunc) before decoding
      return {
        type: ['array', ...SCALAR],
        pattern: anchored(`${NUM}(?:,${NUM})*`),
        items: typeCheck('number'),
      };
    case 'list(list(string))':
      return { type: ['array', ...SCALAR], items: { type: ['array', ...SCALAR], items: { type: SCALAR } } };
    case 'map(string)':
      // an empty array is an empty map, and a list of maps is merged into one
      return {
        type: ['object', 'array', 'null'],
        additionalProperties: { type: SCALAR },
        items: { type: 'object', additionalProperties: { type: SCALAR } },
      };
    default:
      throw new Error(`unknown key type ${t}`);
  }
}

/**
 * The type checks of one schema, shared through `#/definitions/<name>` so that the
 * compiled validator holds each check once per schema instead of once per key.
 */
class Definitions {
  constructor() {
    /** @type {Map<string, Json>} */
    this.map = new Map();
  }
  /** @param {string} t x-packer-type @returns {Json} */
  ref(t) {
    const name = t.replace(/\(/g, '-').replace(/\)/g, '');
    if (!this.map.has(name)) this.map.set(name, typeCheck(t));
    return { $ref: `#/definitions/${name}` };
  }
  /** @param {string} name @param {Json} schema @returns {Json} */
  define(name, schema) {
    if (this.map.has(name)) throw new Error(`definition ${name} defined twice`);
    this.map.set(name, schema);
    return { $ref: `#/definitions/${name}` };
  }
  toJSON() {
    return Object.fromEntries([...this.map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/** Values that leave a key unset in Go (zero values, after weak decoding). @param {string} t */
function unsetValues(t) {
  if (t === 'bool') return { enum: [null, '', false, 0, '0', 'f', 'F', 'false', 'FALSE', 'False'] };
  if (t.startsWith('list(')) return { anyOf: [{ enum: [null, ''] }, { type: 'array', maxItems: 0 }] };
  if (t === 'map(string)' || t === 'block' || t === 'object')
    return {
      anyOf: [{ type: 'null' }, { type: 'array', maxItems: 0 }, { type: 'object', maxProperties: 0 }],
    };
  return { enum: [null, ''] };
}

// ---------------------------------------------------------------------------
// Parsing the free text of the facts

const KEY_RE = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/;

/**
 * "ssh_private_key_file or ssh_agent_auth", "script|scripts", "iso_checksum (note)" -> names
 * @param {string} text @returns {string[]}
 */
function parseAlternatives(text) {
  const names = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+or\s+|\|/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) if (!KEY_RE.test(n)) throw new Error(`cannot read a key name in "${text}"`);
  return names;
}

/** "HTTP methods (GET, HEAD, POST)" -> ["GET","HEAD","POST"] @param {string} text */
function parseEnumText(text) {
  const m = /\(([^)]*)\)/.exec(text);
  const values = m?.[1]?.split(',').map((s) => s.trim()) ?? [];
  if (!values.length || values.some((v) => !/^[A-Za-z0-9_-]+$/.test(v)))
    throw new Error(`cannot read enum values in "${text}"`);
  return values;
}

// ---------------------------------------------------------------------------
// Constraint schemas

class UnknownKeyError extends Error {}

class ComponentContext {
  /** @param {string} id @param {Json} keys top-level key facts (incl. meta) */
  constructor(id, keys) {
    this.id = id;
    this.keys = keys;
    /** @type {string[]} constraints dropped because they name keys the component lacks */
    this.dropped = [];
  }
  /** @param {string} key */
  typeOf(key) {
    const k = this.keys[key];
    if (!k) throw new UnknownKeyError(`${this.id}: constraint names unknown key "${key}"`);
    return k.type;
  }
  /**
   * Some facts copy a family's constraints onto a member that lacks a key
   * (amazon-ebsvolume has no ami_name); such a rule cannot apply, so it is dropped.
   * @template T @param {string} what @param {() => T} build @returns {T | undefined}
   */
  attempt(what, build) {
    try {
      return build();
    } catch (e) {
      if (!(e instanceof UnknownKeyError)) throw e;
      this.dropped.push(`${what}: ${e.message}`);
      return undefined;
    }
  }
  /** @param {string} key  present with a value that Go does not see as empty */
  isSet(key) {
    return { required: [key], properties: { [key]: { not: unsetValues(this.typeOf(key)) } } };
  }
  /** @param {string[]} keys */
  anySet(keys) {
    return keys.length === 1 ? this.isSet(/** @type {string} */ (keys[0])) : { anyOf: keys.map((k) => this.isSet(k)) };
  }
  /** @param {string[][]} groups  two groups or more set */
  pairsSet(groups) {
    const pairs = [];
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++)
        pairs.push({
          allOf: [this.anySet(/** @type {string[]} */ (groups[i])), this.anySet(/** @type {string[]} */ (groups[j]))],
        });
    return pairs.length === 1 ? /** @type {Json} */ (pairs[0]) : { anyOf: pairs };
  }
}

/**
 * Each constraint but `required` is written as `not: <violation>`, so that ajv reports
 * exactly one `not` error at the object, whose schemaPath leads to the annotation.
 * The violation carries `type: object` so that it never fires on null or an array.
 * @param {Json} constraint @param {Json} violation
 */
const forbid = (constraint, violation) => ({
  'x-packer-constraint': constraint,
  not: { type: 'object', ...violation },
});

/**
 * `properties` repeats the names (as `true`, no check) because ajv's strictRequired
 * wants every required name declared beside it.
 * @param {string[]} keys
 */
const requiredKeys = (keys) => ({
  'x-packer-constraint': { kind: 'required', keys },
  required: keys,
  properties: Object.fromEntries(keys.map((k) => [k, true])),
});

/** @param {ComponentContext} cx @param {string[][]} groups */
const oneOfRequired = (cx, groups) => forbid({ kind: 'oneOfRequired', groups }, { not: cx.anySet(groups.flat()) });

/** @param {ComponentContext} cx @param {string[][]} groups */
const exclusive = (cx, groups) => forbid({ kind: 'exclusive', groups }, cx.pairsSet(groups));

/** @param {ComponentContext} cx @param {string[][]} groups */
const exactlyOne = (cx, groups) =>
  forbid({ kind: 'exactlyOne', groups }, { anyOf: [{ not: cx.anySet(groups.flat()) }, cx.pairsSet(groups)] });

/** @param {ComponentContext} cx @param {string[]} keys */
const together = (cx, keys) =>
  forbid({ kind: 'together', keys }, { allOf: [cx.anySet(keys), { not: { allOf: keys.map((k) => cx.isSet(k)) } }] });

/** @param {ComponentContext} cx @param {string} key @param {string[][]} groups */
const requires = (cx, key, groups) =>
  forbid({ kind: 'requires', key, groups }, { allOf: [cx.isSet(key), { not: cx.anySet(groups.flat()) }] });

/**
 * The communicator applies when `communicator` equals `value`, or is unset and
 * `value` is the default. A templated communicator matches nothing.
 * @param {ComponentContext} cx @param {string} value @param {string} dflt
 */
function communicatorIs(cx, value, dflt) {
  const equals = { required: ['communicator'], properties: { communicator: { const: value } } };
  return value === dflt ? { anyOf: [{ not: cx.isSet('communicator') }, equals] } : equals;
}

/**
 * @param {Json} spec facts `constraints`
 * @param {ComponentContext} cx
 * @param {string} componentType
 * @returns {{ top: Json[], nested: Map<string, Json[]>, enums: Map<string, string[]>, lengths: Map<string, [number, number]>, communicatorDefault?: string }}
 */
function translateConstraints(spec, cx, componentType) {
  /** @type {Json[]} */
  const top = [];
  /** @type {Map<string, Json[]>} */
  const nested = new Map();
  /** @type {Map<string, string[]>} */
  const enums = new Map();
  /** @type {Map<string, [number, number]>} */
  const lengths = new Map();
  /** @type {string | undefined} */
  let communicatorDefault;
  /** @type {Json[]} */
  const communicatorRules = [];

  const known = new Set([
    'source',
    'tag_required_but_conditional',
    'tag_required_region_note',
    'region_validation',
    'iso_note',
    'checks',
    'default',
    'always_required',
    'one_of_required',
    'exactly_one_of',
    'mutually_exclusive',
    'together',
    'requires',
    'value_rules',
    'enum',
    'iso',
    'communicator',
    'when_communicator_not_none',
  ]);
  for (const field of Object.keys(spec))
    if (!known.has(field)) throw new Error(`${cx.id}: unhandled constraint field "${field}"`);

  /** @param {string[]} list */
  const groupsOf = (list) => list.map(parseAlternatives);

  if (spec.always_required) {
    /** @type {string[]} */
    const keys = spec.always_required.flatMap(parseAlternatives);
    // keys the component lacks are dropped one by one here; the rest still hold
    const present = keys.filter((k) => cx.attempt('always_required', () => cx.typeOf(k)) !== undefined);
    if (present.length) top.push(requiredKeys(present));
  }
  /** @param {string} what @param {() => Json} build */
  const add = (what, build) => {
    const s = cx.attempt(what, build);
    if (s) top.push(s);
  };
  for (const list of spec.one_of_required ?? []) add('one_of_required', () => oneOfRequired(cx, groupsOf(list)));
  for (const list of spec.exactly_one_of ?? []) add('exactly_one_of', () => exactlyOne(cx, groupsOf(list)));
  for (const list of spec.mutually_exclusive ?? []) add('mutually_exclusive', () => exclusive(cx, groupsOf(list)));
  for (const list of spec.together ?? []) add('together', () => together(cx, list.flatMap(parseAlternatives)));
  for (const [key, needs] of Object.entries(spec.requires ?? {})) {
    if (cx.attempt('requires', () => cx.typeOf(key)) === undefined) continue;
    for (const need of needs) {
      const alts = parseAlternatives(need);
      const dotted = alts.filter((a) => a.includes('.'));
      if (dotted.length) {
        // "block.key": the block, when written, must hold that key
        if (dotted.length !== alts.length) throw new Error(`${cx.id}: mixed requirement "${need}"`);
        for (const d of dotted) {
          const [block, inner] = d.split('.');
          if (block !== key || !inner) throw new Error(`${cx.id}: unsupported requirement "${need}"`);
          const list = nested.get(block) ?? [];
          list.push(requiredKeys([inner]));
          nested.set(block, list);
        }
      } else {
        add('requires', () =>
          requires(
            cx,
            key,
            alts.map((a) => [a]),
          ),
        );
      }
    }
  }
  for (const [key, rule] of Object.entries(spec.value_rules ?? {})) {
    const m = /^length (\d+)\.\.(\d+)$/.exec(rule);
    if (!m) throw new Error(`${cx.id}: unreadable value rule "${rule}"`);
    if (cx.attempt('value_rules', () => cx.typeOf(key)) !== undefined) lengths.set(key, [Number(m[1]), Number(m[2])]);
  }
  for (const [key, values] of Object.entries(spec.enum ?? {})) {
    if (cx.attempt('enum', () => cx.typeOf(key)) !== undefined)
      enums.set(key, Array.isArray(values) ? values : parseEnumText(values));
  }

  if (spec.iso) for (const build of isoConstraints(cx, spec.iso)) add('iso', build);

  if (spec.communicator) {
    const c = spec.communicator;
    const m = new RegExp(`\\b${componentType} builder defaults to (\\w+)`).exec(c.communicator_default ?? '');
    communicatorDefault = m?.[1] ?? /^(\w+)/.exec(c.communicator_default ?? 'ssh')?.[1] ?? 'ssh';
    enums.set('communicator', c.communicator_values);
    const defaulted = USERNAME_DEFAULTED[/** @type {keyof typeof USERNAME_DEFAULTED} */ (componentType)] ?? [];
    for (const field of Object.keys(c).sort()) {
      const when = /^required_when_(\w+)$/.exec(field)?.[1];
      if (!when) continue;
      for (const key of c[field].flatMap(parseAlternatives))
        if (!defaulted.includes(key)) communicatorRules.push({ communicator: when, keys: [key] });
    }
    for (const list of c.mutually_exclusive ?? [])
      add('communicator.mutually_exclusive', () => exclusive(cx, groupsOf(list)));
    for (const [key, needs] of Object.entries(c.requires ?? {}))
      for (const need of needs)
        add('communicator.requires', () =>
          requires(
            cx,
            key,
            parseAlternatives(need).map((a) => [a]),
          ),
        );
  }
  if (spec.when_communicator_not_none) {
    // the null builder: host, username and one way to log in, for ssh and winrm
    for (const entry of spec.when_communicator_not_none.required) {
      const names = /** @type {string[]} */ (entry.match(/\b(?:ssh|winrm)_[a-z_]+\b/g) ?? []);
      if (!names.length) throw new Error(`${cx.id}: unreadable rule "${entry}"`);
      for (const comm of ['ssh', 'winrm']) {
        const mine = names.filter((n) => n.startsWith(`${comm}_`));
        if (!mine.length) continue;
        if (/^one\b/.test(entry)) {
          // the null builder reads ssh_agent_auth and ssh_private_key_file whatever the communicator
          const ways = [...new Set([...mine, ...names.filter((n) => AUTH_ANY_COMMUNICATOR.includes(n))])];
          communicatorRules.push({ communicator: comm, keys: [], groups: ways.map((n) => [n]) });
        } else for (const key of mine) communicatorRules.push({ communicator: comm, keys: [key] });
      }
    }
  }
  const seen = new Set();
  for (const rule of communicatorRules) {
    const id = JSON.stringify(rule);
    if (seen.has(id)) continue;
    seen.add(id);
    const dflt = communicatorDefault ?? 'ssh';
    const missing = () =>
      rule.groups
        ? { not: cx.anySet(rule.groups.flat()) }
        : { not: { allOf: rule.keys.map((/** @type {string} */ k) => cx.isSet(k)) } };
    const constraint = { kind: 'communicator', communicator: rule.communicator, keys: rule.keys };
    if (rule.groups) Object.assign(constraint, { groups: rule.groups });
    add('communicator', () => forbid(constraint, { allOf: [communicatorIs(cx, rule.communicator, dflt), missing()] }));
  }
  return { top, nested, enums, lengths, communicatorDefault };
}

/**
 * ISO rules; returned as builders so that each can be dropped on its own.
 * @param {ComponentContext} cx @param {Json} iso @returns {(() => Json)[]}
 */
function isoConstraints(cx, iso) {
  const when = iso.only_when ? parseAlternatives(String(iso.only_when).split(/\s+is set\b/)[0] ?? '') : undefined;
  /** @param {Json} violation */
  const guarded = (violation) => (when ? { allOf: [cx.anySet(when), violation] } : violation);
  /** @param {Json} c */
  const withWhen = (c) => (when ? { ...c, when } : c);
  /** @type {(() => Json)[]} */
  const out = [];
  for (const list of iso.one_of_required ?? []) {
    const groups = list.map(parseAlternatives);
    // under a condition on the same keys the requirement always holds
    if (when && groups.flat().every((/** @type {string} */ k) => when.includes(k))) continue;
    out.push(() =>
      forbid(withWhen({ kind: 'iso', rule: 'oneOfRequired', groups }), guarded({ not: cx.anySet(groups.flat()) })),
    );
  }
  for (const list of iso.mutually_exclusive ?? []) {
    const groups = list.map(parseAlternatives);
    out.push(() => forbid(withWhen({ kind: 'iso', rule: 'exclusive', groups }), guarded(cx.pairsSet(groups))));
  }
  if (iso.always_required) {
    const keys = iso.always_required.flatMap(parseAlternatives);
    out.push(() =>
      forbid(
        withWhen({ kind: 'iso', rule: 'required', keys }),
        guarded({ not: { allOf: keys.map((/** @type {string} */ k) => cx.isSet(k)) } }),
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------
// Properties

/** "Stop" -> "[Ss][Tt][Oo][Pp]" @param {string} value */
const anyCase = (value) =>
  [...value].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : ch)).join('');

/** @param {string} type @param {string} raw */
function parseDefault(type, raw) {
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
      if (raw.startsWith('[')) {
        try {
          const v = JSON.parse(raw);
          return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
        } catch {
          return undefined;
        }
      }
      return [raw];
    default:
      return undefined;
  }
}

/**
 * @param {string} key @param {Json} fact @param {string} docs
 * @param {{ defs: Definitions, enums: Map<string, string[]>, lengths: Map<string, [number, number]>, ignoreCase: string[], nested: Map<string, Json[]>, path: string, describe: Describe, defaultOverride?: string }} opts
 * @returns {Json}
 */
function propertySchema(key, fact, docs, opts) {
  /** @type {Json} */
  const s = { 'x-packer-type': fact.type, 'x-packer-docs': `${docs}#${key}` };
  const keyPath = opts.path ? `${opts.path}.${key}` : key;
  // packer_* internals are no user settings: they are neither described nor asked for. Nor is `_`,
  // a field the plugin fills in itself (googlecompute's disk_attachment zone) that the facts list.
  const internal = fact.internal === true || key === '_';
  const description = internal ? undefined : opts.describe(keyPath);
  if (description !== undefined) s.description = description;
  const rawDefault = opts.defaultOverride ?? fact.default ?? fact.default_in_code;
  if (rawDefault !== undefined) {
    const d = parseDefault(fact.type, String(rawDefault));
    if (d !== undefined) s.default = d;
  }
  if (internal) s['x-packer-internal'] = true;
  if (fact.documented === false) s['x-packer-undocumented'] = true;
  if (fact.deprecated) s['x-packer-deprecated'] = true;

  if (fact.type === 'block') {
    const block = blockSchema(fact.keys, docs, opts.nested.get(key) ?? [], keyPath, opts.defs, opts.describe);
    if (!fact.list) return Object.assign(s, { type: ['object', 'null'], ...block });
    // A list block also takes a single object (weak decoding). Its schema lives in
    // the definitions and validates both forms, so that it is compiled only once.
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
  if (!values && !length) return Object.assign(s, opts.defs.ref(fact.type));
  // inline, as ajv's strictTypes wants the types beside the value checks below
  Object.assign(s, typeCheck(fact.type));
  // templated values are checked after rendering, so only literals are judged here
  let skip = TEMPLATE;
  if (values) {
    skip = `^$|${skip}`; // empty means "use the default"
    if (opts.ignoreCase.includes(key)) skip += `|^(?:${values.map(anyCase).join('|')})$`;
  }
  /** @type {Json} */
  const check = {};
  if (values) check.enum = values;
  if (length) Object.assign(check, { minLength: length[0], maxLength: length[1] });
  Object.assign(s, { if: { type: ['string', 'null'], pattern: skip }, else: check });
  return s;
}

/**
 * @param {Json} keys @param {string} docs @param {Json[]} constraints
 * @param {string} path dotted key path of the block @param {Definitions} defs
 * @param {Describe} describe descriptions of the struct the block's key comes from
 */
function blockSchema(keys, docs, constraints, path, defs, describe) {
  /** @type {Json} */
  const properties = {};
  for (const key of Object.keys(keys).sort())
    properties[key] = propertySchema(key, keys[key], docs, {
      defs,
      enums: new Map(),
      lengths: new Map(),
      ignoreCase: [],
      nested: new Map(),
      path,
      describe,
    });
  /** @type {Json} */
  const out = { properties, additionalProperties: false };
  if (constraints.length) out.allOf = constraints;
  return out;
}

/**
 * @param {Kind} kind @param {string} key @param {string} desc json_template meta key description
 * @returns {{ type: string, check?: Json }}
 */
function metaFact(kind, key, desc) {
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
  const check =
    type === 'list(string)'
      ? { type: ['array', 'null'], items: { type: 'string' } }
      : type === 'bool'
        ? { type: ['boolean', 'null'] }
        : { type: ['string', 'null'] };
  return { type, check };
}

/**
 * The description lookup of one top-level key: nested keys are found by dotted path in
 * the file of the struct the top-level key comes from (its `from`, else the component).
 * @typedef {(keyPath: string) => string | undefined} Describe
 * @param {Descriptions} descriptions @param {string} kind @param {string} type @param {Json | undefined} fact
 * @returns {Describe}
 */
function describerOf(descriptions, kind, type, fact) {
  const file = !fact ? metaFileName(kind) : fact.from ? structFileName(fact.from) : componentFileName(kind, type);
  return (keyPath) => descriptions.lookup(file, keyPath);
}

/**
 * @param {Kind} kind @param {string} type @param {Json} c component facts @param {Json} facts
 * @param {Descriptions} descriptions
 */
function componentSchema(kind, type, c, facts, descriptions) {
  const id = `${kind}/${type}`;
  /** @type {Json} */
  const keyFacts = { ...c.keys };
  const metaKeys = /** @type {Record<string,string>} */ (
    {
      builder: facts.json_template.builder_meta_keys,
      provisioner: facts.json_template.provisioner_meta_keys,
      'post-processor': facts.json_template.post_processor_meta_keys,
    }[/** @type {'builder'} */ (kind)] ?? {}
  );
  /** @type {Map<string, Json>} */
  const metas = new Map();
  for (const [key, desc] of Object.entries(metaKeys)) {
    const m = metaFact(kind, key, desc);
    metas.set(key, m);
    if (!keyFacts[key]) keyFacts[key] = { type: m.type };
  }

  const cx = new ComponentContext(id, keyFacts);
  const translated = c.constraints
    ? translateConstraints(c.constraints, cx, type)
    : { top: [], nested: new Map(), enums: new Map(), lengths: new Map(), communicatorDefault: undefined };

  const defs = new Definitions();
  /** @type {Json} */
  const properties = {};
  for (const key of Object.keys(keyFacts).sort()) {
    const meta = metas.get(key);
    if (meta) {
      const docs = c.keys[key] ? `${c.doc}#${key}` : META_DOCS[/** @type {'builder'} */ (kind)];
      /** @type {Json} */
      const s = { 'x-packer-type': meta.type, 'x-packer-docs': docs, 'x-packer-meta': true };
      const description = describerOf(descriptions, kind, type, c.keys[key])(key);
      if (description !== undefined) s.description = description;
      if (meta.type === 'object')
        Object.assign(s, { type: ['object', 'null'], additionalProperties: { type: ['object', 'null'] } });
      else Object.assign(s, meta.check ?? defs.ref(meta.type));
      properties[key] = s;
      continue;
    }
    properties[key] = propertySchema(key, keyFacts[key], c.doc, {
      defs,
      enums: translated.enums,
      lengths: translated.lengths,
      ignoreCase: ENUM_IGNORE_CASE[/** @type {keyof typeof ENUM_IGNORE_CASE} */ (id)] ?? [],
      nested: translated.nested,
      path: '',
      describe: describerOf(descriptions, kind, type, keyFacts[key]),
      defaultOverride: key === 'communicator' ? translated.communicatorDefault : undefined,
    });
  }
  for (const block of translated.nested.keys())
    if (keyFacts[block]?.type !== 'block') throw new Error(`${id}: "${block}" is not a block`);

  const builderId =
    kind === 'builder'
      ? (c.builder_id ?? DERIVED_BUILDER_IDS[/** @type {keyof typeof DERIVED_BUILDER_IDS} */ (type)])
      : undefined;
  const pluginType =
    kind === 'builder' ? builderId : kind === 'post-processor' ? `packer.post-processor.${type}` : type;

  /** @type {Json} */
  const xPacker = { kind, type, docs: c.doc };
  if (builderId) xPacker.builderId = builderId;
  xPacker.removedKeys = removedKeys(c, pluginType, facts.deprecated_options.options);

  /** @type {Json} */
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `packer://${kind}/${type}`,
    title: `${type} ${kind}`,
    type: 'object',
    'x-packer': xPacker,
    properties,
    // packer core skips unknown packer_* keys instead of reporting them
    patternProperties: { '^packer_': {} },
    additionalProperties: false,
  };
  if (translated.top.length) schema.allOf = translated.top;
  schema.definitions = defs.toJSON();
  for (const d of cx.dropped) console.warn(`generate-schemas: dropped ${d}`);
  return schema;
}

/** glob as in ryanuber/go-glob: only `*` is special @param {string} pattern @param {string} value */
function globMatch(pattern, value) {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}

/** @param {Json} c @param {string | undefined} pluginType @param {Record<string, string[]>} options */
function removedKeys(c, pluginType, options) {
  const out = new Set(c.deprecated_removed_keys ?? []);
  if (pluginType)
    for (const [glob, keys] of Object.entries(options))
      if (globMatch(glob, pluginType)) for (const k of keys) if (!(k in c.keys)) out.add(k);
  return [...out].sort();
}

// ---------------------------------------------------------------------------

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ facts: string, out: string, descriptions: string }} */
  const args = {
    facts: process.env.PACKER_FACTS || path.resolve(ROOT, '..', 'shared', 'packer', 'components.json'),
    out: path.join(ROOT, 'schemas'),
    descriptions: path.join(ROOT, 'schemas', 'descriptions'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = argv[i + 1];
    if ((a === '--facts' || a === '--out' || a === '--descriptions') && value) {
      args[/** @type {'facts' | 'out' | 'descriptions'} */ (a.slice(2))] = path.resolve(value);
      i++;
    } else throw new Error(`usage: generate-schemas.mjs [--facts PATH] [--out DIR] [--descriptions DIR] (got ${a})`);
  }
  return args;
}

/** @param {string} file @param {unknown} value */
function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * What the HCL2 checks need beyond component settings: the function names (current Packer and
 * 1.6.6), the block structure of the configuration language, and each data source's outputs
 * (what `data.<type>.<name>.<attr>` may name).
 */
function hcl2Facts(facts) {
  const h = facts.hcl2;
  /** @type {Record<string, string[]>} */
  const outputs = {};
  for (const type of Object.keys(facts['data-sources']).sort()) {
    outputs[type] = Object.keys(facts['data-sources'][type].outputs ?? {}).sort();
  }
  return {
    $comment: 'Generated by scripts/generate-schemas.mjs from the Packer facts; do not edit.',
    functions: [...h.functions.names].sort(),
    functionsPacker166: [...h.functions_packer_1_6_6.names].sort(),
    topLevelBlocks: Object.keys(h.top_level_blocks).sort(),
    buildChildren: Object.keys(h.top_level_blocks.build.blocks ?? {}).sort(),
    buildAttributes: Object.keys(h.top_level_blocks.build.attributes ?? {}).sort(),
    dataSourceOutputs: outputs,
  };
}

function main() {
  const started = process.hrtime.bigint();
  const args = parseArgs(process.argv.slice(2));
  const facts = JSON.parse(fs.readFileSync(args.facts, 'utf8'));
  const descriptions = new Descriptions(args.descriptions);
  const index = [];
  /** @type {Map<string, Json>} file -> schema */
  const schemas = new Map();
  for (const [section, kind] of KINDS)
    for (const type of Object.keys(facts[section]).sort()) {
      const file = `${kind}/${type}.json`;
      schemas.set(file, componentSchema(kind, type, facts[section][type], facts, descriptions));
      index.push({ kind, type, file, docs: facts[section][type].doc });
    }
  // before writing anything, so that a typo leaves schemas/ as it was
  descriptions.checkAllUsed();
  for (const [, kind] of KINDS) fs.rmSync(path.join(args.out, kind), { recursive: true, force: true });
  for (const [file, schema] of schemas) writeJson(path.join(args.out, file), schema);
  writeJson(path.join(args.out, 'index.json'), index);
  writeJson(path.join(args.out, 'hcl2.json'), hcl2Facts(facts));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `generate-schemas: ${index.length} schemas in ${path.relative(process.cwd(), args.out) || '.'}, ` +
      `${descriptions.size} descriptions (${ms.toFixed(0)} ms)`,
  );
}

main();
