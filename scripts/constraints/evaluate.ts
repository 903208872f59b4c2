/**
 * Reads the hand-written constraint overlays (`schemas/constraints/<kind>.<type>.json`) the way the
 * schema generator does, and says which of them a component's settings break. Used to check the
 * overlays against real templates: a template that Packer accepts must break none, since each
 * broken constraint becomes an error in the editor.
 *
 * "Set" means what Go's Prepare() sees as set: not absent, null, "", false, [] or {}. A value
 * written with a template call or an HCL expression counts as set, and is never checked against
 * an enum (its value is only known when Packer runs).
 */

export type Config = Record<string, unknown>;

interface IsoRules {
  one_of_required?: string[][];
  mutually_exclusive?: string[][];
  always_required?: string[];
  only_when?: string;
}

interface CommunicatorRules {
  communicator_default?: string;
  communicator_values?: string[];
  mutually_exclusive?: string[][];
  requires?: Record<string, string[]>;
  [requiredWhen: `required_when_${string}`]: string[] | undefined;
}

export interface Constraints {
  always_required?: string[];
  one_of_required?: string[][];
  exactly_one_of?: string[][];
  mutually_exclusive?: string[][];
  together?: string[][];
  requires?: Record<string, string[]>;
  value_rules?: Record<string, string>;
  enum?: Record<string, string[]>;
  iso?: IsoRules;
  communicator?: CommunicatorRules;
  source?: string;
}

export interface Violation {
  rule: string;
  detail: string;
}

/** "iso_checksum (note)", "a or b", "a|b" -> key names, as the generator reads them. */
export function alternatives(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+or\s+|\|/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function isObject(v: unknown): v is Config {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return true;
}

/** A value only known when Packer runs: `{{ ... }}` or `${ ... }`. */
export function isTemplated(value: unknown): boolean {
  return typeof value === 'string' && /\{\{|\$\{/.test(value);
}

const anySet = (config: Config, keys: string[]): boolean => keys.some((k) => isSet(config[k]));

/** Each block of a list of blocks (a JSON array or an HCL2 repeated block). */
function blocksOf(value: unknown): Config[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

function groupsSet(config: Config, groups: string[][]): number {
  return groups.filter((g) => anySet(config, g)).length;
}

function checkRequires(config: Config, requires: Record<string, string[]>, rule: string, out: Violation[]): void {
  for (const [key, needs] of Object.entries(requires)) {
    if (!isSet(config[key])) continue;
    for (const need of needs) {
      const names = alternatives(need);
      const nested = names.filter((n) => n.startsWith(`${key}.`));
      if (nested.length > 0) {
        // "block.key": every block written must hold the key
        for (const inner of nested.map((n) => n.slice(key.length + 1)))
          for (const block of blocksOf(config[key]))
            if (!isSet(block[inner])) out.push({ rule, detail: `${key} block without ${inner}` });
      } else if (!anySet(config, names)) out.push({ rule, detail: `${key} without ${names.join(' or ')}` });
    }
  }
}

function checkExclusive(config: Config, lists: string[][], rule: string, out: Violation[]): void {
  for (const list of lists) {
    const groups = list.map(alternatives);
    if (groupsSet(config, groups) > 1) out.push({ rule, detail: groups.map((g) => g.join('|')).join(' with ') });
  }
}

function checkIso(config: Config, iso: IsoRules, out: Violation[]): void {
  if (iso.only_when !== undefined) {
    const when = alternatives(iso.only_when.split(/\s+is set\b/)[0] ?? '');
    if (!anySet(config, when)) return;
  }
  for (const list of iso.one_of_required ?? [])
    if (groupsSet(config, list.map(alternatives)) === 0)
      out.push({ rule: 'iso.one_of_required', detail: list.join(', ') });
  checkExclusive(config, iso.mutually_exclusive ?? [], 'iso.mutually_exclusive', out);
  for (const key of (iso.always_required ?? []).flatMap(alternatives))
    if (!isSet(config[key])) out.push({ rule: 'iso.always_required', detail: key });
}

function checkCommunicator(config: Config, c: CommunicatorRules, out: Violation[]): void {
  const written = config['communicator'];
  if (isTemplated(written)) return;
  const type = typeof written === 'string' && written !== '' ? written : (c.communicator_default ?? 'ssh');
  if (c.communicator_values && !c.communicator_values.includes(type))
    out.push({ rule: 'communicator.enum', detail: type });
  const required = c[`required_when_${type}`] ?? [];
  for (const key of required.flatMap(alternatives))
    if (!isSet(config[key])) out.push({ rule: `communicator.required_when_${type}`, detail: key });
  checkExclusive(config, c.mutually_exclusive ?? [], 'communicator.mutually_exclusive', out);
  checkRequires(config, c.requires ?? {}, 'communicator.requires', out);
}

/** The constraints that `config` (one builder's or provisioner's settings, plain values) breaks. */
export function violations(constraints: Constraints, config: Config): Violation[] {
  const out: Violation[] = [];
  for (const key of (constraints.always_required ?? []).flatMap(alternatives))
    if (!isSet(config[key])) out.push({ rule: 'always_required', detail: key });
  for (const list of constraints.one_of_required ?? [])
    if (groupsSet(config, list.map(alternatives)) === 0) out.push({ rule: 'one_of_required', detail: list.join(', ') });
  for (const list of constraints.exactly_one_of ?? []) {
    const n = groupsSet(config, list.map(alternatives));
    if (n !== 1) out.push({ rule: 'exactly_one_of', detail: `${n} of ${list.join(', ')}` });
  }
  checkExclusive(config, constraints.mutually_exclusive ?? [], 'mutually_exclusive', out);
  for (const list of constraints.together ?? []) {
    const keys = list.flatMap(alternatives);
    const n = keys.filter((k) => isSet(config[k])).length;
    if (n > 0 && n < keys.length) out.push({ rule: 'together', detail: keys.join(', ') });
  }
  checkRequires(config, constraints.requires ?? {}, 'requires', out);
  for (const [key, values] of Object.entries(constraints.enum ?? {})) {
    const v = config[key];
    if (typeof v === 'string' && v !== '' && !isTemplated(v) && !values.includes(v))
      out.push({ rule: 'enum', detail: `${key} = ${v}` });
  }
  for (const [key, rule] of Object.entries(constraints.value_rules ?? {})) {
    const m = /^length (\d+)\.\.(\d+)$/.exec(rule);
    const v = config[key];
    if (m && typeof v === 'string' && !isTemplated(v) && (v.length < Number(m[1]) || v.length > Number(m[2])))
      out.push({ rule: 'value_rules', detail: `${key} length ${v.length}` });
  }
  if (constraints.iso) checkIso(config, constraints.iso, out);
  if (constraints.communicator) checkCommunicator(config, constraints.communicator, out);
  return out;
}
