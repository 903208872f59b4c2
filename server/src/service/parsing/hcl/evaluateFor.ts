/**
 * `for` expressions over a constant collection: a tuple, or an object (with `...` grouping values
 * by key). HCL rejects two elements with the same key unless grouping: that is unknown here.
 */
import type { ForExpression } from './ast';
import { evaluateIn, iterate, type Scope } from './evaluate';
import { type HclValue, toBool, toStringValue, UNKNOWN } from './values';

export function evaluateFor(expression: ForExpression, scope: Scope): HclValue {
  const entries = iterate(evaluateIn(expression.collection, scope));
  if (entries === undefined) return UNKNOWN;
  const items: HclValue[] = [];
  const attributes = new Map<string, HclValue>();
  const groups = new Map<string, HclValue[]>();
  for (const [key, value] of entries) {
    const locals = new Map<string, HclValue>([[expression.valueVariable.name, value]]);
    if (expression.keyVariable !== undefined) locals.set(expression.keyVariable.name, key);
    const inner: Scope = { context: scope.context, locals, splatItem: undefined, parent: scope };
    if (expression.condition !== undefined) {
      const keep = toBool(evaluateIn(expression.condition, inner));
      if (keep === undefined) return UNKNOWN;
      if (!keep) continue;
    }
    const element = evaluateIn(expression.valueExpression, inner);
    if (element.type === 'unknown') return UNKNOWN;
    if (expression.resultType === 'tuple') {
      items.push(element);
      continue;
    }
    if (expression.keyExpression === undefined) return UNKNOWN;
    const name = toStringValue(evaluateIn(expression.keyExpression, inner));
    if (name === undefined) return UNKNOWN;
    if (expression.grouping) {
      const group = groups.get(name);
      if (group === undefined) groups.set(name, [element]);
      else group.push(element);
    } else {
      if (attributes.has(name)) return UNKNOWN;
      attributes.set(name, element);
    }
  }
  if (expression.resultType === 'tuple') return { type: 'tuple', items };
  if (expression.grouping) for (const [name, group] of groups) attributes.set(name, { type: 'tuple', items: group });
  return { type: 'object', attributes };
}
