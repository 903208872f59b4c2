/**
 * The JSON Schema form of each kind of constraint. Each constraint but `required` is written as
 * `not: <violation>`, so that ajv reports exactly one `not` error at the object, whose schemaPath leads
 * to the `x-packer-constraint` annotation.
 */
import type { Json } from './json';
import { unsetValues } from './typeChecks';

export class UnknownKeyError extends Error {}

/** The settings of one component, and the constraints dropped because they name settings it lacks. */
export class ComponentContext {
  readonly dropped: string[] = [];

  constructor(
    readonly id: string,
    private readonly keys: Readonly<Record<string, { type: string }>>,
  ) {}

  typeOf(key: string): string {
    const k = Object.prototype.hasOwnProperty.call(this.keys, key) ? this.keys[key] : undefined;
    if (!k) throw new UnknownKeyError(`${this.id}: constraint names unknown key "${key}"`);
    return k.type;
  }

  /**
   * Some facts copy a family's constraints onto a member that lacks a key (amazon-ebsvolume has no
   * ami_name); such a rule cannot apply, so it is dropped.
   */
  attempt<T>(what: string, build: () => T): T | undefined {
    try {
      return build();
    } catch (e) {
      if (!(e instanceof UnknownKeyError)) throw e;
      this.dropped.push(`${what}: ${e.message}`);
      return undefined;
    }
  }

  /** present with a value that Go does not see as empty */
  isSet(key: string): Json {
    return { required: [key], properties: { [key]: { not: unsetValues(this.typeOf(key)) } } };
  }

  anySet(keys: readonly string[]): Json {
    const [only] = keys;
    return keys.length === 1 && only !== undefined ? this.isSet(only) : { anyOf: keys.map((k) => this.isSet(k)) };
  }

  /** two groups or more set */
  pairsSet(groups: readonly (readonly string[])[]): Json {
    const pairs: Json[] = [];
    groups.forEach((a, i) => {
      for (const b of groups.slice(i + 1)) pairs.push({ allOf: [this.anySet(a), this.anySet(b)] });
    });
    const [only] = pairs;
    return pairs.length === 1 && only ? only : { anyOf: pairs };
  }
}

/** The violation carries `type: object` so that it never fires on null or an array. */
export const forbid = (constraint: Json, violation: Json): Json => ({
  'x-packer-constraint': constraint,
  not: { type: 'object', ...violation },
});

/** `properties` repeats the names (as `true`, no check) because ajv's strictRequired wants them declared. */
export const requiredKeys = (keys: string[]): Json => ({
  'x-packer-constraint': { kind: 'required', keys },
  required: keys,
  properties: Object.fromEntries(keys.map((k) => [k, true])),
});

export const oneOfRequired = (cx: ComponentContext, groups: string[][]): Json =>
  forbid({ kind: 'oneOfRequired', groups }, { not: cx.anySet(groups.flat()) });

export const exclusive = (cx: ComponentContext, groups: string[][]): Json =>
  forbid({ kind: 'exclusive', groups }, cx.pairsSet(groups));

export const exactlyOne = (cx: ComponentContext, groups: string[][]): Json =>
  forbid({ kind: 'exactlyOne', groups }, { anyOf: [{ not: cx.anySet(groups.flat()) }, cx.pairsSet(groups)] });

export const together = (cx: ComponentContext, keys: string[]): Json =>
  forbid({ kind: 'together', keys }, { allOf: [cx.anySet(keys), { not: { allOf: keys.map((k) => cx.isSet(k)) } }] });

export const requires = (cx: ComponentContext, key: string, groups: string[][]): Json =>
  forbid({ kind: 'requires', key, groups }, { allOf: [cx.isSet(key), { not: cx.anySet(groups.flat()) }] });

/**
 * The communicator applies when `communicator` equals `value`, or is unset and `value` is the
 * default. A templated communicator matches nothing.
 */
export function communicatorIs(cx: ComponentContext, value: string, dflt: string): Json {
  const equals = { required: ['communicator'], properties: { communicator: { const: value } } };
  return value === dflt ? { anyOf: [{ not: cx.isSet('communicator') }, equals] } : equals;
}
