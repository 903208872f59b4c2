/**
 * cty type expressions as the spec suite writes them (`string`, `map(string)`,
 * `object({ a = number })`...), read from our own AST, and cty's conversion of a value to a type.
 * The suite compares a decoded value with the expected one after converting both to the type.
 */
import type { Expression } from '../../server/src/service/parsing/hcl/ast';
import type { HclValue } from '../../server/src/service/parsing/hcl/values';
import {
  stringValue,
  toBool,
  toDecimal,
  toStringValue,
  numberFromDecimal,
} from '../../server/src/service/parsing/hcl/values';

export type CtyType =
  | { kind: 'string' | 'number' | 'bool' | 'any' }
  | { kind: 'list' | 'set' | 'map'; element: CtyType }
  | { kind: 'object'; attributes: Map<string, CtyType> }
  | { kind: 'tuple'; elements: CtyType[] };

export const ANY: CtyType = { kind: 'any' };

/** Reads a type expression; throws on one the suite does not use. */
export function typeFromExpression(expression: Expression): CtyType {
  if (expression.kind === 'scopeTraversal' && expression.steps.length === 0) {
    const name = expression.root;
    if (name === 'string' || name === 'number' || name === 'bool' || name === 'any') return { kind: name };
  }
  if (expression.kind === 'functionCall' && expression.args.length === 1) {
    const arg = expression.args[0]!;
    switch (expression.name) {
      case 'list':
      case 'set':
      case 'map':
        return { kind: expression.name, element: typeFromExpression(arg) };
      case 'object':
        if (arg.kind === 'object') {
          const attributes = new Map<string, CtyType>();
          for (const item of arg.items) attributes.set(item.key.name ?? '', typeFromExpression(item.value));
          return { kind: 'object', attributes };
        }
        break;
      case 'tuple':
        if (arg.kind === 'tuple') return { kind: 'tuple', elements: arg.items.map(typeFromExpression) };
        break;
      default:
        break;
    }
  }
  throw new Error(`unsupported type expression (${expression.kind})`);
}

/** cty's convert.Convert, for the kinds of value our model has; undefined when it would fail. */
export function convert(value: HclValue, type: CtyType): HclValue | undefined {
  if (type.kind === 'any' || value.type === 'unknown') return value;
  if (value.type === 'null') return value;
  switch (type.kind) {
    case 'string': {
      const text = toStringValue(value);
      return text === undefined ? undefined : stringValue(text);
    }
    case 'number': {
      const d = toDecimal(value);
      return d === undefined ? undefined : numberFromDecimal(d);
    }
    case 'bool': {
      const b = toBool(value);
      return b === undefined ? undefined : { type: 'bool', value: b };
    }
    case 'list':
    case 'set':
    case 'tuple': {
      if (value.type !== 'tuple') return undefined;
      if (type.kind === 'tuple' && type.elements.length !== value.items.length) return undefined;
      const items: HclValue[] = [];
      for (const [i, item] of value.items.entries()) {
        const converted = convert(item, type.kind === 'tuple' ? type.elements[i]! : type.element);
        if (converted === undefined) return undefined;
        items.push(converted);
      }
      return { type: 'tuple', items };
    }
    case 'map':
    case 'object': {
      if (value.type !== 'object') return undefined;
      if (type.kind === 'object') {
        for (const key of value.attributes.keys()) if (!type.attributes.has(key)) return undefined;
      }
      const attributes = new Map<string, HclValue>();
      const keys = type.kind === 'object' ? [...type.attributes.keys()] : [...value.attributes.keys()];
      for (const key of keys) {
        const item = value.attributes.get(key) ?? { type: 'null' };
        const converted = convert(item, type.kind === 'object' ? type.attributes.get(key)! : type.element);
        if (converted === undefined) return undefined;
        attributes.set(key, converted);
      }
      return { type: 'object', attributes };
    }
  }
}
