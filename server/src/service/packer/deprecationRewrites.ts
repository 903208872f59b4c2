/** Applying the findings' rewrites to a component's decoded configuration. */
import {
  isStringRewrite,
  type DeprecationFinding,
  type DeprecationRewrite,
  type KeyRewrite,
  type StringRewrite,
} from './deprecationTypes';
import { isObject } from './deprecationSupport';

/**
 * The config after the findings' rewrites (each shared rewrite once; string changes first). This is
 * what `packer fix` would produce for the component, minus the fixes this module leaves alone.
 */
export function applyRewrites(
  config: Record<string, unknown>,
  findings: readonly DeprecationFinding[],
): Record<string, unknown> {
  const seen = new Set<DeprecationRewrite>();
  const strings: StringRewrite[] = [];
  const keys: KeyRewrite[] = [];
  for (const finding of findings) {
    const rewrite = finding.rewrite;
    if (rewrite === undefined || seen.has(rewrite)) continue;
    seen.add(rewrite);
    if (isStringRewrite(rewrite)) strings.push(rewrite);
    else keys.push(rewrite);
  }
  let result: Record<string, unknown> = { ...config };
  for (const rewrite of strings) result = applyStringRewrite(result, rewrite);
  for (const rewrite of keys) result = applyKeyRewrite(result, rewrite);
  return result;
}

export function applyKeyRewrite(config: Record<string, unknown>, rewrite: KeyRewrite): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (!rewrite.remove.includes(key)) result[key] = value;
  }
  for (const { key, value } of rewrite.set) result[key] = value;
  return result;
}

export function applyStringRewrite(config: Record<string, unknown>, rewrite: StringRewrite): Record<string, unknown> {
  const { key, path, value } = rewrite.replaceInString;
  return { ...config, [key]: setAt(config[key], path, value) };
}

function setAt(value: unknown, path: ReadonlyArray<string | number>, next: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy: unknown[] = [...(value as unknown[])];
    copy[head] = setAt(value[head], rest, next);
    return copy;
  }
  if (isObject(value) && typeof head === 'string') {
    return { ...value, [head]: setAt(value[head], rest, next) };
  }
  return value;
}
