/**
 * Keys that Packer has deprecated, with the rewrite `packer fix` makes (verified against Packer's
 * own fixers; see packer/deprecations.ts). Keys that a component's schema lists as removed but
 * that no fixer knows are still reported, without a fix.
 */
import type { SettingEdits } from '../edits/settingEdits';
import {
  deprecatedNames,
  findDeprecatedKeys,
  isStringRewrite,
  type ComponentKind as DeprecationKind,
  type DeprecationRewrite,
} from '../packer/deprecations';
import {
  EXPRESSION_PLACEHOLDER,
  findProperty,
  sharedPlainValue,
  type ObjectNode,
  type PropertyNode,
  type ValueNode,
} from '../parsing/tree';
import { guessedWithin, type Recovery } from '../parsing/recovery';
import { getComponentSchema, getPropertySchema, validateComponent } from '../schema/schemaStore';
import { currentKeys, deprecationStatus } from '../packer/currentComponentKeys';
import type { Fix, TextReplacement } from '../types';
import { inScope, type Rule } from './rule';

export const deprecatedSetting: Rule = {
  meta: {
    id: 'deprecated-setting',
    description: 'A setting Packer has deprecated or removed, with the rewrite `packer fix` would make.',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
  },
  check({ document, report, scope }) {
    for (const component of document.components) {
      const node = component.node;
      if (!inScope({ scope }, node?.range)) continue;
      const type = component.type;
      const kind = component.kind;
      if (node === undefined || type === undefined || type.includes('{{') || kind === 'data-source') continue;
      const config = sharedPlainValue(node) as Record<string, unknown>;
      for (const finding of findDeprecatedKeys(kind, type, config, currentKeys(kind, type))) {
        const property = findProperty(node, finding.key);
        if (property === undefined) continue;
        const status = finding.subject === 'key' ? deprecationStatus(kind, type, finding.deprecated) : 'unknown';
        // Today's component has a setting of that name (scaleway's `access_key`): nothing is deprecated.
        if (status === 'current') continue;
        const target = nodeAtPath(property.value, finding.path.slice(1));
        const fix =
          finding.rewrite === undefined ||
          !trustworthy(document.recoveries, node) ||
          writesUnknownValue(finding.rewrite) ||
          (document.format === 'hcl' && setsBlock(kind, type, finding.rewrite)) ||
          !fits(kind, type, config, finding.rewrite)
            ? undefined
            : toFix(document.edits, node, finding.rewrite, finding.replacement);
        report({
          range: finding.subject === 'key' ? property.keyRange : (target?.range ?? property.keyRange),
          message: withAdvice(finding.message, finding.rewrite === undefined, finding.replacement) + loudness(status),
          ...(status === 'rejected' && { severity: 'error' as const }),
          tags: ['deprecated'],
          ...(fix !== undefined && { fixes: [fix] }),
        });
      }
      for (const property of removedWithoutFixer(kind, type, node)) {
        report({
          range: property.keyRange,
          message: `"${property.key}" is no longer supported by the ${type} ${component.kind}: Packer rejects it as a deprecated key.`,
          severity: 'error',
          tags: ['deprecated'],
        });
      }
    }
  },
};

/**
 * Whether the rewrite sets a key that HCL2 writes as a block (`network_adapters { ... }`): the
 * edits write `key = value`, which Packer rejects for a block, so it is left to the user there.
 */
function setsBlock(kind: DeprecationKind, type: string, rewrite: DeprecationRewrite): boolean {
  if (isStringRewrite(rewrite)) return false;
  const schema = getComponentSchema(kind, type);
  return (
    schema !== undefined && rewrite.set.some(({ key }) => getPropertySchema(schema, key)?.['x-packer-type'] === 'block')
  );
}

/**
 * Whether the rewrite would write a value made from an HCL2 expression (`var.x`, `"${local.y}"`),
 * whose value is only known when Packer runs: the plain view holds a placeholder for it, and
 * writing that placeholder would replace the user's expression with a string of our own.
 */
function writesUnknownValue(rewrite: DeprecationRewrite): boolean {
  const mentions = (value: unknown): boolean =>
    typeof value === 'string'
      ? value.includes(EXPRESSION_PLACEHOLDER)
      : typeof value === 'object' && value !== null && Object.values(value).some(mentions);
  return isStringRewrite(rewrite)
    ? mentions(rewrite.replaceInString.value)
    : rewrite.set.some(({ value }) => mentions(value));
}

/**
 * Whether the parser read the component without guessing (a missing colon, a stray token, an
 * unclosed string): otherwise the ranges of the properties to rewrite may not be where the tree
 * says, and the edits could break the JSON. The syntax finding is the one to fix first.
 */
function trustworthy(recoveries: Recovery[], node: ObjectNode): boolean {
  return !guessedWithin(recoveries, node.range);
}

/**
 * Whether the values the rewrite writes are valid for their new keys. A value that the old key let
 * through (a duration with a stray character in it) would be moved to a key that rejects it: the
 * rewrite would only swap one finding for another, so it waits until the value is right.
 */
function fits(
  kind: DeprecationKind,
  type: string,
  config: Record<string, unknown>,
  rewrite: DeprecationRewrite,
): boolean {
  if (isStringRewrite(rewrite)) return true;
  const rewritten: Record<string, unknown> = { ...config };
  for (const key of rewrite.remove) delete rewritten[key];
  for (const { key, value } of rewrite.set) rewritten[key] = value;
  const written = rewrite.set.map(({ key }) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  return !validateComponent(kind, type, rewritten).some((e) =>
    written.some((path) => e.instancePath === path || e.instancePath.startsWith(`${path}/`)),
  );
}

/**
 * What Packer does with the key today: a key gone from the component fails the build ("Deprecated
 * configuration key ... Please call `packer fix`" from the SDK's decoder for legacy JSON, "Unsupported
 * argument" in HCL2), so it is an error; one still accepted stays a warning.
 */
function loudness(status: ReturnType<typeof deprecationStatus>): string {
  if (status === 'rejected') return ' Packer no longer accepts it and stops with an error.';
  if (status === 'accepted') return ' Packer still accepts it for now.';
  return '';
}

/** The finding's own words, plus what to do when no fix can be offered. */
function withAdvice(message: string, unfixable: boolean, replacement: string | undefined): string {
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  if (!unfixable || /\bremove\b/i.test(message)) return sentence;
  return replacement !== undefined
    ? `${sentence} Its value cannot be carried over automatically: set "${replacement}" by hand.`
    : `${sentence} Nothing replaces it here: remove it.`;
}

function removedWithoutFixer(kind: DeprecationKind, type: string, node: ObjectNode): PropertyNode[] {
  const removed = getComponentSchema(kind, type)?.['x-packer'].removedKeys ?? [];
  const known = new Set(deprecatedNames(kind, type).keys);
  return node.properties.filter((p) => removed.includes(p.key) && !known.has(p.key));
}

function nodeAtPath(node: ValueNode | undefined, path: Array<string | number>): ValueNode | undefined {
  let current = node;
  for (const step of path) {
    if (current?.type === 'object' && typeof step === 'string') current = findProperty(current, step)?.value;
    else if (current?.type === 'array' && typeof step === 'number') current = current.items[step];
    else return undefined;
  }
  return current;
}

function toFix(
  edit: SettingEdits,
  object: ObjectNode,
  rewrite: DeprecationRewrite,
  replacement: string | undefined,
): Fix | undefined {
  if (isStringRewrite(rewrite)) {
    const { key, path, value, from, to } = rewrite.replaceInString;
    const target = nodeAtPath(findProperty(object, key)?.value, path);
    if (target?.type !== 'string') return undefined;
    return { title: `Use ${to} instead of ${from}`, isPreferred: true, edits: [edit.replaceValue(target, value)] };
  }
  const edits: TextReplacement[] = [];
  const removals = rewrite.remove.map((k) => findProperty(object, k)).filter((p): p is PropertyNode => p !== undefined);
  const inserts: Array<[string, unknown]> = [];
  for (const { key, value } of rewrite.set) {
    const existing = findProperty(object, key);
    if (existing?.value !== undefined) {
      edits.push(edit.replaceValue(existing.value, value));
      continue;
    }
    // A rename keeps its place: the removed setting becomes the new one.
    const reused = removals.shift();
    if (reused !== undefined) edits.push(edit.replaceProperty(reused, key, value));
    else inserts.push([key, value]);
  }
  edits.push(...edit.remove(object, removals));
  if (inserts.length > 0) edits.push(edit.insert(object, inserts));
  const title =
    replacement !== undefined ? `Use "${replacement}" (as packer fix does)` : 'Apply the packer fix rewrite';
  return { title, isPreferred: true, edits };
}
