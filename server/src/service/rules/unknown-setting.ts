import { findProperty, nodeAtPointer, type ObjectNode, type PropertyNode } from '../parsing/tree';
import { isCommentKey, ROOT_KEYS } from '../model/templateRoot';
import { acceptedInHcl2, blockWithBodyAt, syntaxIssues, type SyntaxIssue } from '../model/hcl/blockSyntax';
import { checkComponents, keyAt, propertiesAt, type ComponentCheck } from '../schema/templateValidation';
import type { PropertySchema } from '../schema/schemaTypes';
import type { Finding, Fix, OffsetRange } from '../types';
import { didYouMean } from '../util/didYouMean';
import { isUnusedSource } from '../model/hcl/sourceUsage';
import type { Rule, RuleContext } from './rule';

const REJECTS = 'Packer rejects the template';
/** What REJECTS becomes for a source that no build uses. */
const UNUSED = 'Packer will reject it once a build uses this source (no build of this folder does yet)';

export const unknownSetting: Rule = {
  meta: {
    id: 'unknown-setting',
    description: 'A key that the template or the component does not have, with the closest known one.',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
  },
  check(context) {
    const template = context.document.template;
    for (const property of template?.root.properties ?? []) {
      if (template === undefined) break;
      if (isCommentKey(property.key) || (ROOT_KEYS as readonly string[]).includes(property.key)) continue;
      report(
        context,
        template.root,
        property,
        ROOT_KEYS,
        'the top level of the template',
        ' To keep a note there, start its key with "_".',
      );
    }
    const hcl = context.document.format === 'hcl';
    for (const check of checkComponents(context.document, context.scope)) {
      if (
        hcl &&
        context.document.hcl !== undefined &&
        isUnusedSource(context.document.hcl.configuration, check.component)
      ) {
        checkComponent({ ...context, report: (f) => context.report(asUnused(f)) }, check, hcl);
      } else {
        checkComponent(context, check, hcl);
      }
    }
  },
};

function checkComponent(context: RuleContext, check: ComponentCheck, hcl: boolean): void {
  const removed = new Set(check.schema['x-packer'].removedKeys);
  const node = check.component.node;
  if (node === undefined) return;
  for (const unknown of check.unknownKeys) {
    if (unknown.instancePath === '' && removed.has(unknown.key)) continue; // deprecated-setting says more.
    const object = nodeAtPointer(node, unknown.instancePath);
    const property = findProperty(object, unknown.key);
    if (object.type !== 'object' || property === undefined) continue;
    if (hcl && unknown.instancePath === '' && acceptedInHcl2(check.component.kind, unknown.key, undefined)) continue;
    if (hcl && unknown.key === 'dynamic' && property.syntax === 'block') continue; // Checked with the HCL2 syntax.
    const properties = propertiesAt(check.schema, unknown.instancePath) ?? {};
    const known = hcl && unknown.instancePath === '' ? hclSuggestible(check) : suggestible(properties);
    report(context, object, property, known, where(check, unknown.instancePath));
  }
  if (hcl) checkHcl(context, check);
  checkOverrides(context, check);
}

/**
 * Packer decodes a source's settings only for the builds that use it: a source that no build of the
 * folder names is accepted whatever it holds, until a build uses it. Its mistakes are warnings.
 */
function asUnused(finding: Omit<Finding, 'ruleId'>): Omit<Finding, 'ruleId'> {
  return {
    ...finding,
    severity: 'warning',
    message: finding.message.replace(REJECTS, UNUSED),
  };
}

function where(check: ComponentCheck, instancePath: string): string {
  const { type, kind, label } = check.component;
  return instancePath === ''
    ? `the ${type ?? ''} ${kind} (${label})`
    : `"${keyAt(instancePath)}" of the ${type ?? ''} ${kind}`;
}

/** An override replaces settings of the provisioner for one builder: its keys are the provisioner's. */
function checkOverrides(context: RuleContext, check: ComponentCheck): void {
  if (check.component.overrides.length === 0) return;
  const known = suggestible(check.schema.properties);
  for (const override of check.component.overrides) {
    const object = override.value;
    if (object?.type !== 'object') continue;
    for (const property of object.properties) {
      if (Object.prototype.hasOwnProperty.call(check.schema.properties, property.key)) continue;
      report(
        context,
        object,
        property,
        known,
        `the override for "${override.key}" of the ${check.component.type ?? ''} ${check.component.kind}`,
      );
    }
  }
}

const suggestibleKeys = new WeakMap<Readonly<Record<string, PropertySchema>>, string[]>();

/** Keys worth suggesting: documented, and not injected by Packer itself (once per schema object). */
function suggestible(properties: Readonly<Record<string, PropertySchema>>): string[] {
  const cached = suggestibleKeys.get(properties);
  if (cached !== undefined) return cached;
  const keys = Object.entries(properties)
    .filter(([, p]) => p['x-packer-internal'] !== true && p['x-packer-undocumented'] !== true)
    .map(([key]) => key);
  suggestibleKeys.set(properties, keys);
  return keys;
}

/** The same for the top of an HCL2 component block, whose meta keys are not the legacy JSON ones. */
function hclSuggestible(check: ComponentCheck): string[] {
  const kind = check.component.kind;
  const keys = suggestible(check.schema.properties).filter((k) => acceptedInHcl2(kind, k, check.schema.properties[k]));
  const decoded = ['name', 'continue_on_error', 'keep_input_artifact'].filter((k) =>
    acceptedInHcl2(kind, k, undefined),
  );
  return [...new Set([...keys, ...decoded])];
}

function report(
  context: RuleContext,
  object: ObjectNode,
  property: PropertyNode,
  known: readonly string[],
  where: string,
  hint = '',
): void {
  const suggestion = didYouMean(property.key, known);
  const alreadySet = suggestion !== undefined && findProperty(object, suggestion) !== undefined;
  context.report({
    range: property.keyRange,
    message:
      `Unknown setting "${property.key}" in ${where}: ${REJECTS}.` +
      (suggestion !== undefined ? ` Did you mean "${suggestion}"?` : hint),
    ...(suggestion !== undefined &&
      !alreadySet && {
        fixes: [
          {
            title: `Rename to "${suggestion}"`,
            isPreferred: true,
            edits: [context.document.edits.rename(property, suggestion)],
          },
        ],
      }),
  });
}

/**
 * What HCL2 adds: legacy-JSON meta keys that a block takes as labels, and settings written as an
 * argument where Packer wants a block (or the other way round).
 */
function checkHcl(context: RuleContext, check: ComponentCheck): void {
  const node = check.component.node;
  const file = context.document.hcl?.file;
  if (node === undefined || file === undefined) return;
  const block = blockWithBodyAt(file.body, node.range.start);
  for (const property of node.properties) {
    const schema = Object.prototype.hasOwnProperty.call(check.schema.properties, property.key)
      ? check.schema.properties[property.key]
      : undefined;
    if (schema?.['x-packer-meta'] !== true || acceptedInHcl2(check.component.kind, property.key, schema)) continue;
    const label = property.key === 'type' ? block?.labels[0] : property.key === 'name' ? block?.labels[1] : undefined;
    reportMetaKey(context, check, node, property, label?.value);
  }
  if (block === undefined) return;
  for (const issue of syntaxIssues(context.document.text, block, check.schema)) reportSyntax(context, check, issue);
}

function reportMetaKey(
  context: RuleContext,
  check: ComponentCheck,
  object: ObjectNode,
  property: PropertyNode,
  label: string | undefined,
): void {
  const { kind } = check.component;
  const blockName = kind === 'builder' ? 'source' : kind === 'data-source' ? 'data' : kind;
  const explanation =
    property.key === 'type'
      ? `the ${kind === 'builder' ? 'source' : kind}'s type is the first label of the block (${check.component.label})`
      : property.key === 'name' && kind === 'builder'
        ? `the source's name is the second label of the block (${check.component.label}); to name one build of it, set "name" in a source block inside the build block`
        : `it is a key of legacy JSON templates only`;
  // Removing it changes nothing Packer would have read, when it only repeats the label.
  const redundant = label !== undefined && property.value?.type === 'string' && property.value.value === label;
  context.report({
    range: property.keyRange,
    message: `"${property.key}" is not a setting of a ${blockName} block in HCL2: ${explanation}. ${REJECTS}.`,
    ...(redundant && {
      fixes: [
        {
          title: `Remove "${property.key}": the block's label says it`,
          isPreferred: true,
          edits: context.document.edits.remove(object, [property]),
        },
      ],
    }),
  });
}

function reportSyntax(context: RuleContext, check: ComponentCheck, issue: SyntaxIssue): void {
  const fix = (title: string, edits: Fix['edits'] | undefined): { fixes?: Fix[] } =>
    edits === undefined ? {} : { fixes: [{ title, isPreferred: true, edits }] };
  const of = `the ${check.component.type ?? ''} ${check.component.kind}`;
  switch (issue.kind) {
    case 'attribute-for-block': {
      const name = issue.attribute.name;
      const literal = issue.attribute.expression.kind === 'object' || issue.attribute.expression.kind === 'tuple';
      const how = literal
        ? `write it without "=", as \`${name} { ... }\``
        : `a value cannot set it; to make blocks from a value, use \`dynamic "${name}" { for_each = ..., content { ... } }\``;
      context.report({
        range: issue.attribute.nameRange,
        message: `"${name}" of ${of} is a block: ${how}. ${REJECTS}: "An argument named "${name}" is not expected here."`,
        ...fix(`Write "${name}" as a block`, issue.edits),
      });
      return;
    }
    case 'block-for-attribute': {
      const name = issue.block.type;
      context.report({
        range: issue.block.typeRange,
        message: `"${name}" of ${of} is an argument, not a block: write it as an argument, \`${name} = ${placeholder(issue.type)}\`. ${REJECTS}: "Blocks of type "${name}" are not expected here."`,
        ...fix(`Write "${name}" as an argument`, issue.edits),
      });
      return;
    }
    case 'dynamic-label': {
      if (issue.argument) {
        context.report({
          range: issue.range,
          message: `"${issue.label}" of ${of} is an argument, not a block: a dynamic block cannot generate it. Set it with \`${issue.label} = ...\` (a for expression can build the value).`,
        });
        return;
      }
      const suggestion = didYouMean(issue.label, issue.blocks);
      context.report({
        range: issue.range,
        message:
          `Unknown block type "${issue.label}" in a dynamic block of ${of}: ${REJECTS}.` +
          (suggestion !== undefined ? ` Did you mean "${suggestion}"?` : ''),
        ...(suggestion !== undefined && fix(`Rename to "${suggestion}"`, [relabel(context, issue.range, suggestion)])),
      });
      return;
    }
    case 'unknown-in-dynamic': {
      const suggestion = didYouMean(issue.name, issue.known);
      const usable = suggestion !== undefined && !issue.present.includes(suggestion);
      context.report({
        range: issue.range,
        message:
          `Unknown setting "${issue.name}" in the content of a dynamic "${issue.of}" block of ${of}: ${REJECTS}.` +
          (suggestion !== undefined ? ` Did you mean "${suggestion}"?` : ''),
        ...(usable && fix(`Rename to "${suggestion}"`, [{ range: issue.range, newText: suggestion }])),
      });
      return;
    }
  }
}

function placeholder(type: string): string {
  return type.startsWith('list(') ? '[ ... ]' : type.startsWith('map(') || type === 'object' ? '{ ... }' : '...';
}

/** A label keeps its quotes. */
function relabel(context: RuleContext, range: OffsetRange, value: string): Fix['edits'][number] {
  const quoted = context.document.text[range.start] === '"';
  return { range, newText: quoted ? `"${value}"` : value };
}
