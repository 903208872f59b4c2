import { findProperty, nodeAtPointer, type ObjectNode, type PropertyNode } from '../parsing/tree';
import { isCommentKey, ROOT_KEYS } from '../model/templateRoot';
import { checkComponents, keyAt, propertiesAt, type ComponentCheck } from '../schema/templateValidation';
import type { PropertySchema } from '../schema/schemaTypes';
import { didYouMean } from '../util/didYouMean';
import type { Rule, RuleContext } from './rule';

export const unknownSetting: Rule = {
  meta: {
    id: 'unknown-setting',
    description: 'A key that the template or the component does not have, with the closest known one.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    const template = context.document.template;
    if (template === undefined) return;
    for (const property of template.root.properties) {
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
    for (const check of checkComponents(context.document)) {
      const removed = new Set(check.schema['x-packer'].removedKeys);
      const node = check.component.node;
      if (node === undefined) continue;
      for (const unknown of check.unknownKeys) {
        if (unknown.instancePath === '' && removed.has(unknown.key)) continue; // deprecated-setting says more.
        const object = nodeAtPointer(node, unknown.instancePath);
        const property = findProperty(object, unknown.key);
        if (object.type !== 'object' || property === undefined) continue;
        const properties = propertiesAt(check.schema, unknown.instancePath) ?? {};
        const where =
          unknown.instancePath === ''
            ? `the ${check.component.type ?? ''} ${check.component.kind} (${check.component.label})`
            : `"${keyAt(unknown.instancePath)}" of the ${check.component.type ?? ''} ${check.component.kind}`;
        report(context, object, property, suggestible(properties), where);
      }
      checkOverrides(context, check);
    }
  },
};

/** An override replaces settings of the provisioner for one builder: its keys are the provisioner's. */
function checkOverrides(context: RuleContext, check: ComponentCheck): void {
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

/** Keys worth suggesting: documented, and not injected by Packer itself. */
function suggestible(properties: Readonly<Record<string, PropertySchema>>): string[] {
  return Object.entries(properties)
    .filter(([, p]) => p['x-packer-internal'] !== true && p['x-packer-undocumented'] !== true)
    .map(([key]) => key);
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
      `Unknown setting "${property.key}" in ${where}: Packer rejects the template.` +
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
