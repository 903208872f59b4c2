/**
 * Configuration keys that Packer has deprecated, and the rewrite `packer fix` would make for each.
 *
 * Which keys are deprecated where comes from `deprecationTable.ts` (written from the facts file).
 * How each one is fixed is written by hand, in `deprecationFixers.ts` and the `deprecation*Fixes.ts`
 * files beside it: it is the behaviour of `packer fix`, checked against the real `packer fix` of
 * Packer 1.6.6 (see test/unit/deprecations.test.ts). Where that fix does nothing useful, these
 * modules do better and say so in a comment (`Deviation:`);
 * fixers that concern no deprecated key (builder type renames, `.CreateTime`, PowerShell escapes,
 * QEMU `disk_size` as a string, VMware compaction, vagrant overrides) are not reproduced.
 *
 * Everything works on the decoded configuration of one component (a builder, a provisioner or a
 * post-processor): plain JSON values, whatever the template's format. A rewrite names top-level
 * keys to remove and to set, or one string to change; turning that into text edits is the rule's
 * job.
 */
import { ALL_BUILDERS, BUILDER_TYPE_ALIASES, DEPRECATION_TABLE, UNKNOWN_BUILDER_STRANDED } from './deprecationTable';
import { fixKey, fixNested, stranded } from './deprecationFixers';
import { has, isObject, type Context } from './deprecationSupport';
import { renameTemplateFunction, visitStrings } from './deprecationTemplateFunctions';
import type { ComponentKind, DeprecationFinding, KeyRewrite } from './deprecationTypes';
import type { CurrentKeys } from './currentComponentKeys';
import type { Outcome } from './deprecationSupport';

export type {
  ComponentKind,
  DeprecationFinding,
  DeprecationRewrite,
  KeyRewrite,
  StringRewrite,
} from './deprecationTypes';
export { isStringRewrite } from './deprecationTypes';
export { applyKeyRewrite, applyRewrites, applyStringRewrite } from './deprecationRewrites';
export { renameTemplateFunction } from './deprecationTemplateFunctions';

/** The deprecated keys and template functions of a component type (for other rules). */
export function deprecatedNames(
  kind: ComponentKind,
  type: string,
): { keys: readonly string[]; functions: readonly string[] } {
  const entry = lookup(kind, type);
  if (entry === undefined) return { keys: [], functions: [] };
  return { keys: entry.keys, functions: entry.functions };
}

/**
 * `current`, when given, is what today's component accepts: a rewrite that would write a setting
 * it lacks, or remove one it requires, is not offered (the key is reported as one to remove).
 */
export function findDeprecatedKeys(
  kind: ComponentKind,
  type: string,
  config: Record<string, unknown>,
  current?: CurrentKeys,
): DeprecationFinding[] {
  const entry = lookup(kind, type);
  if (entry === undefined) return [];
  const ctx: Context = {
    kind,
    type: entry.type,
    config,
    groups: new Map(),
  };
  const findings: DeprecationFinding[] = [];

  for (const key of Object.keys(config)) {
    if (!entry.keys.includes(key) || config[key] === undefined) continue;
    const outcome = checked(entry.stranded.includes(key) ? stranded(ctx, key) : fixKey(ctx, key), ctx, key, current);
    findings.push({
      key,
      path: [key],
      deprecated: key,
      subject: 'key',
      replacement: outcome.replacement,
      message: outcome.message,
      rewrite: outcome.rewrite,
    });
  }

  for (const [block, names] of Object.entries(entry.nested)) {
    const value = config[block];
    if (!isObject(value)) continue;
    for (const name of names) {
      if (!has(value, name)) continue;
      const outcome = checked(fixNested(ctx, block, name), ctx, name, current);
      findings.push({
        key: block,
        path: [block, name],
        deprecated: name,
        subject: 'nested-key',
        replacement: outcome.replacement,
        message: outcome.message,
        rewrite: outcome.rewrite,
      });
    }
  }

  if (entry.functions.length > 0) {
    for (const key of Object.keys(config)) {
      if (key === 'type') continue;
      visitStrings(config[key], [], (text, path) => {
        if (!text.includes('{{')) return; // no template action to rename in
        for (const name of entry.functions) {
          const renamed = renameTemplateFunction(text, name, 'clean_resource_name');
          if (renamed === undefined) continue;
          findings.push({
            key,
            path: [key, ...path],
            deprecated: name,
            subject: 'function',
            replacement: 'clean_resource_name',
            message: `The template function \`${name}\` was renamed to \`clean_resource_name\``,
            rewrite: {
              replaceInString: {
                key,
                path: [...path],
                from: name,
                to: 'clean_resource_name',
                value: renamed,
              },
            },
          });
        }
      });
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Lookup

interface ResolvedEntry {
  type: string;
  keys: readonly string[];
  functions: readonly string[];
  stranded: readonly string[];
  nested: Readonly<Record<string, readonly string[]>>;
}

function lookup(kind: ComponentKind, rawType: string): ResolvedEntry | undefined {
  const type = kind === 'builder' ? (BUILDER_TYPE_ALIASES[rawType] ?? rawType) : rawType;
  const entry = DEPRECATION_TABLE[`${kind}/${type}`];
  if (kind !== 'builder') {
    if (entry === undefined) return undefined;
    return {
      type,
      keys: entry.keys,
      functions: entry.functions ?? [],
      stranded: entry.stranded ?? [],
      nested: entry.nested ?? {},
    };
  }
  return {
    type,
    keys: [...ALL_BUILDERS, ...(entry?.keys ?? [])],
    functions: entry?.functions ?? [],
    stranded: entry === undefined ? UNKNOWN_BUILDER_STRANDED : (entry.stranded ?? []),
    nested: entry?.nested ?? {},
  };
}

/** The outcome, unless its rewrite contradicts the current component: then the key is one to remove. */
function checked(outcome: Outcome, ctx: Context, key: string, current: CurrentKeys | undefined): Outcome {
  return current === undefined || outcome.rewrite === undefined || fitsCurrent(outcome.rewrite, current)
    ? outcome
    : stranded(ctx, key);
}

/** Whether a rewrite only writes settings the component has and removes none it requires. */
export function fitsCurrent(rewrite: KeyRewrite, current: CurrentKeys): boolean {
  return rewrite.set.every(({ key }) => current.has(key)) && !rewrite.remove.some((key) => current.isRequired(key));
}
