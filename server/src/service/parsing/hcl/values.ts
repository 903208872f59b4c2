/**
 * The values that constant evaluation produces: a small model of cty's. Lists and tuples are one
 * kind, maps and objects another; `unknown` stands for anything that needs a variable, a function
 * or a value the evaluator does not have (and for what HCL would reject when evaluating).
 */
import { type Decimal, formatDecimal, fromNumber, parseDecimal } from './decimal';

export type HclValue = StringValue | NumberValue | BoolValue | NullValue | TupleValue | ObjectValue | UnknownValue;

export interface StringValue {
  type: 'string';
  value: string;
}

export interface NumberValue {
  type: 'number';
  /** The nearest double. */
  value: number;
  /** The exact decimal, when `value` does not hold it (more digits than a double has). */
  text?: string;
}

export interface BoolValue {
  type: 'bool';
  value: boolean;
}

export interface NullValue {
  type: 'null';
}

export interface TupleValue {
  type: 'tuple';
  items: HclValue[];
}

export interface ObjectValue {
  type: 'object';
  attributes: Map<string, HclValue>;
}

export interface UnknownValue {
  type: 'unknown';
}

export const UNKNOWN: UnknownValue = { type: 'unknown' };
export const NULL: NullValue = { type: 'null' };

export function stringValue(value: string): StringValue {
  return { type: 'string', value };
}

export function boolValue(value: boolean): BoolValue {
  return { type: 'bool', value };
}

export function numberFromDecimal(d: Decimal): NumberValue {
  const text = formatDecimal(d);
  const value = Number(text);
  const exact = fromNumber(value);
  const result: NumberValue = { type: 'number', value };
  if (exact === undefined || formatDecimal(exact) !== text) result.text = text;
  return result;
}

export function numberFromText(raw: string): NumberValue | UnknownValue {
  const d = parseDecimal(raw);
  if (d !== undefined) return numberFromDecimal(d);
  const value = Number(raw);
  return Number.isNaN(value) ? UNKNOWN : { type: 'number', value };
}

/** The exact decimal of a number value. */
export function decimalOf(value: NumberValue): Decimal | undefined {
  return value.text !== undefined ? parseDecimal(value.text) : fromNumber(value.value);
}

/** cty's conversion to number: numbers, and strings that hold one. */
export function toDecimal(value: HclValue): Decimal | undefined {
  if (value.type === 'number') return decimalOf(value);
  if (value.type === 'string') return parseDecimal(value.value.trim());
  return undefined;
}

/** cty's conversion to bool: bools, and the strings "true" and "false". */
export function toBool(value: HclValue): boolean | undefined {
  if (value.type === 'bool') return value.value;
  if (value.type === 'string' && (value.value === 'true' || value.value === 'false')) return value.value === 'true';
  return undefined;
}

/** cty's conversion to string, as a template interpolation does; undefined when HCL would refuse. */
export function toStringValue(value: HclValue): string | undefined {
  switch (value.type) {
    case 'string':
      return value.value;
    case 'bool':
      return String(value.value);
    case 'number': {
      const d = decimalOf(value);
      return d === undefined ? String(value.value) : formatDecimal(d);
    }
    default:
      return undefined;
  }
}

/** HCL's `==`: same type and same value (a number never equals a string). */
export function valuesEqual(a: HclValue, b: HclValue): boolean | undefined {
  if (a.type === 'unknown' || b.type === 'unknown') return undefined;
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'string':
      return a.value === (b as StringValue).value;
    case 'bool':
      return a.value === (b as BoolValue).value;
    case 'null':
      return true;
    case 'number': {
      const x = decimalOf(a);
      const y = decimalOf(b as NumberValue);
      return x !== undefined && y !== undefined
        ? formatDecimal(x) === formatDecimal(y)
        : a.value === (b as NumberValue).value;
    }
    case 'tuple': {
      const other = b as TupleValue;
      if (a.items.length !== other.items.length) return false;
      return equalAll(a.items.map((item, i) => valuesEqual(item, other.items[i]!)));
    }
    case 'object': {
      const other = b as ObjectValue;
      if (a.attributes.size !== other.attributes.size) return false;
      const results: (boolean | undefined)[] = [];
      for (const [key, item] of a.attributes) {
        const counterpart = other.attributes.get(key);
        if (counterpart === undefined) return false;
        results.push(valuesEqual(item, counterpart));
      }
      return equalAll(results);
    }
  }
}

function equalAll(results: (boolean | undefined)[]): boolean | undefined {
  if (results.includes(false)) return false;
  return results.includes(undefined) ? undefined : true;
}

/** A plain JavaScript rendering (numbers as numbers, objects as records), for tests and logs. */
export function toPlain(value: HclValue): unknown {
  switch (value.type) {
    case 'string':
    case 'bool':
      return value.value;
    case 'number':
      return value.value;
    case 'null':
      return null;
    case 'unknown':
      return undefined;
    case 'tuple':
      return value.items.map(toPlain);
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [key, item] of value.attributes)
        Object.defineProperty(result, key, {
          value: toPlain(item),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return result;
    }
  }
}
