/**
 * The hand-written constraints of a component (components.json `constraints`, or an overlay in
 * schemas/constraints/) as JSON Schema. Requiredness comes only from these, written from Prepare(),
 * never from the raw `required` tags.
 */
import type { CommunicatorSpec, ConstraintSpec, IsoSpec } from './facts';
import type { Json } from './json';
import { parseAlternatives, parseEnumText } from './constraintText';
import {
  type ComponentContext,
  communicatorIs,
  exactlyOne,
  exclusive,
  forbid,
  oneOfRequired,
  requiredKeys,
  requires,
  together,
} from './constraintSchemas';

/**
 * Builders that fill in a communicator username themselves, so the generic "ssh_username when the
 * communicator is ssh" rule of the facts would be a false error. Checked with packer 1.6.6 validate
 * and the plugin sources: azure-arm sets ssh_username to "packer" and winrm_username to ssh_username;
 * azure-dtl sets ssh_username (winrm_username is still demanded); vsphere-supervisor sets
 * ssh_username to "root"; vagrant never calls communicator.Config.Prepare.
 */
const USERNAME_DEFAULTED: Readonly<Record<string, readonly string[]>> = {
  'azure-arm': ['ssh_username', 'winrm_username'],
  'azure-dtl': ['ssh_username'],
  'vsphere-supervisor': ['ssh_username'],
  vagrant: ['ssh_username', 'winrm_username'],
};

/** Ways to log in that builder/null's Prepare() accepts for any communicator. */
const AUTH_ANY_COMMUNICATOR = ['ssh_private_key_file', 'ssh_agent_auth'];

const KNOWN_FIELDS = new Set([
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

export interface TranslatedConstraints {
  /** `allOf` entries of the component schema */
  top: Json[];
  /** `allOf` entries of nested blocks, by block key */
  nested: Map<string, Json[]>;
  enums: Map<string, string[]>;
  /** [min, max] string lengths */
  lengths: Map<string, [number, number]>;
  communicatorDefault?: string | undefined;
}

export const NO_CONSTRAINTS = (): TranslatedConstraints => ({
  top: [],
  nested: new Map(),
  enums: new Map(),
  lengths: new Map(),
  communicatorDefault: undefined,
});

interface CommunicatorRule {
  communicator: string;
  keys: string[];
  groups?: string[][];
}

export function translateConstraints(
  spec: ConstraintSpec,
  cx: ComponentContext,
  componentType: string,
): TranslatedConstraints {
  const out = NO_CONSTRAINTS();
  const { top, nested, enums, lengths } = out;
  for (const field of Object.keys(spec))
    if (!KNOWN_FIELDS.has(field)) throw new Error(`${cx.id}: unhandled constraint field "${field}"`);

  const groupsOf = (list: string[]): string[][] => list.map(parseAlternatives);
  const add = (what: string, build: () => Json): void => {
    const s = cx.attempt(what, build);
    if (s) top.push(s);
  };

  if (spec.always_required) {
    const keys = spec.always_required.flatMap(parseAlternatives);
    // keys the component lacks are dropped one by one here; the rest still hold
    const present = keys.filter((k) => cx.attempt('always_required', () => cx.typeOf(k)) !== undefined);
    if (present.length) top.push(requiredKeys(present));
  }
  for (const list of spec.one_of_required ?? []) add('one_of_required', () => oneOfRequired(cx, groupsOf(list)));
  for (const list of spec.exactly_one_of ?? []) add('exactly_one_of', () => exactlyOne(cx, groupsOf(list)));
  for (const list of spec.mutually_exclusive ?? []) add('mutually_exclusive', () => exclusive(cx, groupsOf(list)));
  for (const list of spec.together ?? []) add('together', () => together(cx, list.flatMap(parseAlternatives)));
  for (const [key, needs] of Object.entries(spec.requires ?? {})) {
    if (cx.attempt('requires', () => cx.typeOf(key)) === undefined) continue;
    for (const need of needs) {
      const alts = parseAlternatives(need);
      const dotted = alts.filter((a) => a.includes('.'));
      if (!dotted.length) {
        add('requires', () =>
          requires(
            cx,
            key,
            alts.map((a) => [a]),
          ),
        );
        continue;
      }
      // "block.key": the block, when written, must hold that key
      if (dotted.length !== alts.length) throw new Error(`${cx.id}: mixed requirement "${need}"`);
      for (const d of dotted) {
        const [block, inner] = d.split('.');
        if (block !== key || !inner) throw new Error(`${cx.id}: unsupported requirement "${need}"`);
        const list = nested.get(block) ?? [];
        list.push(requiredKeys([inner]));
        nested.set(block, list);
      }
    }
  }
  for (const [key, rule] of Object.entries(spec.value_rules ?? {})) {
    const m = /^length (\d+)\.\.(\d+)$/.exec(rule);
    if (!m) throw new Error(`${cx.id}: unreadable value rule "${rule}"`);
    if (cx.attempt('value_rules', () => cx.typeOf(key)) !== undefined) lengths.set(key, [Number(m[1]), Number(m[2])]);
  }
  for (const [key, values] of Object.entries(spec.enum ?? {}))
    if (cx.attempt('enum', () => cx.typeOf(key)) !== undefined)
      enums.set(key, Array.isArray(values) ? values : parseEnumText(values));

  if (spec.iso) for (const build of isoConstraints(cx, spec.iso)) add('iso', build);

  const communicatorRules: CommunicatorRule[] = [];
  if (spec.communicator) {
    out.communicatorDefault = communicatorDefaultOf(spec.communicator, componentType);
    communicatorRules.push(...communicatorSpecRules(cx, spec.communicator, componentType, add, enums));
  }
  if (spec.when_communicator_not_none) communicatorRules.push(...nullBuilderRules(cx, spec.when_communicator_not_none));
  const seen = new Set<string>();
  for (const rule of communicatorRules) {
    const id = JSON.stringify(rule);
    if (seen.has(id)) continue;
    seen.add(id);
    const dflt = out.communicatorDefault ?? 'ssh';
    const missing = (): Json =>
      rule.groups ? { not: cx.anySet(rule.groups.flat()) } : { not: { allOf: rule.keys.map((k) => cx.isSet(k)) } };
    const constraint: Json = { kind: 'communicator', communicator: rule.communicator, keys: rule.keys };
    if (rule.groups) constraint.groups = rule.groups;
    add('communicator', () => forbid(constraint, { allOf: [communicatorIs(cx, rule.communicator, dflt), missing()] }));
  }
  return out;
}

function communicatorDefaultOf(c: CommunicatorSpec, componentType: string): string {
  const text = c.communicator_default;
  const m = new RegExp(`\\b${componentType} builder defaults to (\\w+)`).exec(text ?? '');
  return m?.[1] ?? /^(\w+)/.exec(text ?? 'ssh')?.[1] ?? 'ssh';
}

/** The communicator section: allowed values, usernames by communicator, its own exclusions and needs. */
function communicatorSpecRules(
  cx: ComponentContext,
  c: CommunicatorSpec,
  componentType: string,
  add: (what: string, build: () => Json) => void,
  enums: Map<string, string[]>,
): CommunicatorRule[] {
  const rules: CommunicatorRule[] = [];
  if (c.communicator_values) enums.set('communicator', c.communicator_values);
  const defaulted = USERNAME_DEFAULTED[componentType] ?? [];
  for (const field of Object.keys(c).sort()) {
    const when = /^required_when_(\w+)$/.exec(field)?.[1];
    if (!when) continue;
    for (const key of (c[field] as string[]).flatMap(parseAlternatives))
      if (!defaulted.includes(key)) rules.push({ communicator: when, keys: [key] });
  }
  for (const list of c.mutually_exclusive ?? [])
    add('communicator.mutually_exclusive', () => exclusive(cx, list.map(parseAlternatives)));
  for (const [key, needs] of Object.entries(c.requires ?? {}))
    for (const need of needs)
      add('communicator.requires', () =>
        requires(
          cx,
          key,
          parseAlternatives(need).map((a) => [a]),
        ),
      );
  return rules;
}

/** The null builder: host, username and one way to log in, for ssh and winrm. */
function nullBuilderRules(cx: ComponentContext, spec: { required: string[] }): CommunicatorRule[] {
  const rules: CommunicatorRule[] = [];
  for (const entry of spec.required) {
    const names = entry.match(/\b(?:ssh|winrm)_[a-z_]+\b/g) ?? [];
    if (!names.length) throw new Error(`${cx.id}: unreadable rule "${entry}"`);
    for (const comm of ['ssh', 'winrm']) {
      const mine = names.filter((n) => n.startsWith(`${comm}_`));
      if (!mine.length) continue;
      if (/^one\b/.test(entry)) {
        // the null builder reads ssh_agent_auth and ssh_private_key_file whatever the communicator
        const ways = [...new Set([...mine, ...names.filter((n) => AUTH_ANY_COMMUNICATOR.includes(n))])];
        rules.push({ communicator: comm, keys: [], groups: ways.map((n) => [n]) });
      } else for (const key of mine) rules.push({ communicator: comm, keys: [key] });
    }
  }
  return rules;
}

/** ISO rules; returned as builders so that each can be dropped on its own. */
function isoConstraints(cx: ComponentContext, iso: IsoSpec): (() => Json)[] {
  const when = iso.only_when ? parseAlternatives(String(iso.only_when).split(/\s+is set\b/)[0] ?? '') : undefined;
  const guarded = (violation: Json): Json => (when ? { allOf: [cx.anySet(when), violation] } : violation);
  const withWhen = (c: Json): Json => (when ? { ...c, when } : c);
  const out: (() => Json)[] = [];
  for (const list of iso.one_of_required ?? []) {
    const groups = list.map(parseAlternatives);
    // under a condition on the same keys the requirement always holds
    if (when && groups.flat().every((k) => when.includes(k))) continue;
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
        guarded({ not: { allOf: keys.map((k) => cx.isSet(k)) } }),
      ),
    );
  }
  return out;
}
