/**
 * Reading a builder's settings as plain values. HCL2 decoded to JSON and legacy JSON templates
 * shape the same setting differently (a block is an object or a one-element list), so the
 * detectors read through these instead of indexing the configuration directly.
 */

export type Config = Record<string, unknown>;

/** A value worth reading, with where it sits (for the diagnostic) and how to name it in a message. */
export interface NamedValue {
  value: string;
  path: string[];
  what: string;
}

function isObject(v: unknown): v is Config {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A nested block: a plain object, or (HCL2 decoded to JSON) a one-element array of objects. */
export function block(v: unknown): Config | undefined {
  if (isObject(v)) return v;
  if (Array.isArray(v) && v.length === 1 && isObject(v[0])) return v[0];
  return undefined;
}

/** A string or list of strings, with their positions in the list. */
export function strings(v: unknown): Array<{ value: string; index?: number }> {
  if (typeof v === 'string') return [{ value: v }];
  if (Array.isArray(v)) {
    const out: Array<{ value: string; index?: number }> = [];
    v.forEach((item, index) => {
      if (typeof item === 'string') out.push({ value: item, index });
    });
    return out;
  }
  return [];
}

export function stringAt(config: Config, key: string): string | undefined {
  const v = config[key];
  return typeof v === 'string' ? v : undefined;
}

export function quote(s: string): string {
  return `"${s}"`;
}

/**
 * The strings under `keys`, named `key "value"`. With `indexed`, a list element's path ends in
 * its position so that the diagnostic lands on that element rather than on the whole list.
 */
export function namedValues(
  config: Config,
  keys: readonly string[],
  base: string[] = [],
  indexed = false,
): NamedValue[] {
  const out: NamedValue[] = [];
  for (const key of keys) {
    for (const s of strings(config[key])) {
      const path = indexed && s.index !== undefined ? [...base, key, String(s.index)] : [...base, key];
      out.push({ value: s.value, path, what: `${key} ${quote(s.value)}` });
    }
  }
  return out;
}
