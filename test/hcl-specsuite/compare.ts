/**
 * Comparing decoded values with the suite's expectations. Numbers are compared to 30 significant
 * digits: HCL computes with 512-bit binary floats, so its expected `11 % 5.1` carries binary noise
 * at the 150th digit that exact decimal arithmetic does not have.
 */
import type { ScopeTraversal } from '../../server/src/service/parsing/hcl/ast';
import * as decimal from '../../server/src/service/parsing/hcl/decimal';
import { type HclValue, toPlain, toDecimal } from '../../server/src/service/parsing/hcl/values';

/** Undefined when equal; else where they differ. */
export function sameValue(got: HclValue, want: HclValue, path = 'result'): string | undefined {
  if (got.type === 'number' && want.type === 'number') {
    const a = toDecimal(got);
    const b = toDecimal(want);
    if (a !== undefined && b !== undefined && nearlyEqual(a, b)) return undefined;
    return `${path}: got ${got.text ?? got.value}, want ${want.text ?? want.value}`;
  }
  if (got.type !== want.type)
    return `${path}: got ${JSON.stringify(toPlain(got))}, want ${JSON.stringify(toPlain(want))}`;
  if (got.type === 'tuple' && want.type === 'tuple') {
    if (got.items.length !== want.items.length) return `${path}: ${got.items.length} items, want ${want.items.length}`;
    for (const [i, item] of got.items.entries()) {
      const difference = sameValue(item, want.items[i]!, `${path}[${i}]`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  if (got.type === 'object' && want.type === 'object') {
    const keys = new Set([...got.attributes.keys(), ...want.attributes.keys()]);
    for (const key of keys) {
      const a = got.attributes.get(key);
      const b = want.attributes.get(key);
      if (a === undefined || b === undefined) return `${path}.${key}: ${a === undefined ? 'missing' : 'unexpected'}`;
      const difference = sameValue(a, b, `${path}.${key}`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  return JSON.stringify(toPlain(got)) === JSON.stringify(toPlain(want))
    ? undefined
    : `${path}: got ${JSON.stringify(toPlain(got))}, want ${JSON.stringify(toPlain(want))}`;
}

function nearlyEqual(a: decimal.Decimal, b: decimal.Decimal): boolean {
  const difference = decimal.subtract(a, b);
  if (difference.coefficient === 0n) return true;
  const magnitude = (d: decimal.Decimal): number =>
    d.exponent + (d.coefficient < 0n ? -d.coefficient : d.coefficient).toString().length;
  return magnitude(difference) <= Math.max(magnitude(a), magnitude(b)) - 30;
}

/** A traversal as text: `var.a["k"][0]`. */
export function traversalText(traversal: ScopeTraversal): string {
  return (
    traversal.root +
    traversal.steps.map((s) => (s.kind === 'attribute' ? `.${s.name}` : `[${JSON.stringify(s.key)}]`)).join('')
  );
}
