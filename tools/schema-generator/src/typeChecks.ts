/**
 * The weak type check of each value type. Legacy JSON templates are decoded weakly (mapstructure
 * WeaklyTypedInput) after `{{ }}` interpolation, so each check accepts what Packer accepts: a false
 * error is worse than a missed one.
 */
import { byCodeUnit, type Json } from './json';

/** Any value holding a `{{ ... }}` call is rendered before decoding. */
export const TEMPLATE = '\\{\\{[\\s\\S]*\\}\\}';
/** strconv.ParseInt(s, 0, 64) or ParseFloat; "" decodes to 0. */
const NUM =
  '[+-]?(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\\d[\\d_]*(?:\\.[\\d_]*)?|\\.\\d[\\d_]*)(?:[eE][+-]?\\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])?';
/** strconv.ParseBool, plus "" (decodes to false). */
const BOOL = '1|t|T|TRUE|true|True|0|f|F|FALSE|false|False|';
/** time.ParseDuration */
export const DURATION = '[-+]?(?:0|(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)';
export const INTEGER = '[+-]?\\d+|';

const SCALAR = ['string', 'number', 'boolean', 'null'];

export const anchored = (body: string, templated = true): string => `^(?:${body})$${templated ? `|${TEMPLATE}` : ''}`;

/** The keywords of the weak check of an `x-packer-type`. */
export function typeCheck(t: string): Json {
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
      return otherCtyCheck(t);
  }
}

/**
 * Types beyond the nine above that plugins declare (`list(map(string))`, `map(list(string))`,
 * `any`...). Their shape is checked only as far as weak decoding cannot change it: a list accepts a
 * single value too, a map an array of maps, and anything holding a dynamic part accepts any value.
 */
function otherCtyCheck(t: string): Json {
  if (t === 'any' || t === 'dynamic') return {};
  const m = /^(list|set|map)\((.+)\)$/.exec(t);
  if (!m?.[1] || !m[2]) throw new Error(`unknown key type ${t}`);
  const inner = typeCheck(m[2]);
  if (m[1] === 'map')
    return { type: ['object', 'array', 'null'], additionalProperties: inner, items: { type: 'object' } };
  return { type: ['array', ...SCALAR, 'object'], items: inner };
}

/** The name of a type's shared check: `list(map(string))` -> `list-map-string`. */
const definitionName = (t: string): string => t.replace(/\(/g, '-').replace(/\)/g, '');

/**
 * The type checks of one schema, shared through `#/definitions/<name>` so that the compiled
 * validator holds each check once per schema instead of once per key.
 */
export class Definitions {
  private readonly map = new Map<string, Json>();

  ref(t: string): Json {
    const name = definitionName(t);
    if (!this.map.has(name)) this.map.set(name, typeCheck(t));
    return { $ref: `#/definitions/${name}` };
  }

  define(name: string, schema: Json): Json {
    if (this.map.has(name)) throw new Error(`definition ${name} defined twice`);
    this.map.set(name, schema);
    return { $ref: `#/definitions/${name}` };
  }

  toJSON(): Json {
    return Object.fromEntries([...this.map].sort(([a], [b]) => byCodeUnit(a, b)));
  }
}

/** Values that leave a key unset in Go (zero values, after weak decoding). */
export function unsetValues(t: string): Json {
  if (t === 'bool') return { enum: [null, '', false, 0, '0', 'f', 'F', 'false', 'FALSE', 'False'] };
  if (t.startsWith('list(')) return { anyOf: [{ enum: [null, ''] }, { type: 'array', maxItems: 0 }] };
  if (t === 'map(string)' || t === 'block' || t === 'object')
    return {
      anyOf: [{ type: 'null' }, { type: 'array', maxItems: 0 }, { type: 'object', maxProperties: 0 }],
    };
  return { enum: [null, ''] };
}
