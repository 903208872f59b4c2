import { insertProperties } from '../edits/jsonEdits';
import { findProperty, nodeAtPointer, type ObjectNode } from '../parsing/tree';
import { detectImageFamily } from '../packer/distro/imageFamily';
import { suggestedValue } from '../packer/suggestedValues';
import { toPlainValue } from '../parsing/tree';
import { checkComponents, type ComponentCheck } from '../schema/templateValidation';
import type { PackerConstraint } from '../schema/schemaTypes';
import type { Fix, OffsetRange } from '../types';
import type { Rule, RuleContext } from './rule';

export const missingRequiredSetting: Rule = {
  meta: {
    id: 'missing-required-setting',
    description: 'A setting that Packer requires (given the others) is missing.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    const template = context.document.template;
    if (template === undefined) return;
    const builders = findProperty(template.root, 'builders');
    if (builders === undefined || (builders.value?.type === 'array' && builders.value.items.length === 0)) {
      context.report({
        range: builders?.keyRange ?? { start: template.root.range.start, end: template.root.range.start + 1 },
        message: 'A template needs at least one builder in "builders": Packer has nothing to build without one.',
      });
    }
    for (const component of [...template.builders, ...template.provisioners, ...template.postProcessors]) {
      if (component.node !== undefined && component.typeNode === undefined && findProperty(component.node, 'type') === undefined) {
        context.report({
          range: { start: component.node.range.start, end: component.node.range.start + 1 },
          message: `${capitalize(component.label)} has no "type": Packer needs to know which ${component.kind} to use.`,
        });
      }
    }
    for (const check of checkComponents(context.document)) {
      for (const violation of check.constraints) reportViolation(context, check, violation.instancePath, violation.constraint);
    }
  },
};

function reportViolation(context: RuleContext, check: ComponentCheck, instancePath: string, constraint: PackerConstraint): void {
  const root = check.component.node;
  if (root === undefined) return;
  const object = nodeAtPointer(root, instancePath);
  if (object.type !== 'object') return;
  const owner = `the ${check.component.type ?? ''} ${check.component.kind}`;
  const present = (key: string) => findProperty(object, key) !== undefined;
  const range = anchor(check, object, instancePath);
  const fixFor = (key: string): Fix[] => insertFix(context, check, object, key);
  switch (constraint.kind) {
    case 'required':
      for (const key of constraint.keys.filter((k) => !present(k))) {
        context.report({ range, message: `Missing "${key}": ${owner} requires it.`, fixes: fixFor(key) });
      }
      return;
    case 'communicator':
      for (const key of constraint.keys.filter((k) => !present(k))) {
        const how = present('communicator')
          ? `connects over ${communicatorName(constraint.communicator)}`
          : `connects over ${communicatorName(constraint.communicator)} (the default communicator)`;
        context.report({ range, message: `Missing "${key}": ${owner} ${how} and needs the user to log in as.`, fixes: fixFor(key) });
      }
      return;
    case 'oneOfRequired':
    case 'exactlyOne': {
      if (constraint.groups.some((g) => g.some(present))) return; // More than one: conflicting-settings.
      const first = constraint.groups[0]?.[0];
      if (first === undefined) return;
      const choices = orList(constraint.groups.map((g) => g.map((k) => `"${k}"`).join(' or ')));
      const word = constraint.kind === 'exactlyOne' ? 'exactly one of ' : '';
      context.report({ range, message: `Missing "${first}": ${owner} needs ${word}${choices}.`, fixes: fixFor(first) });
      return;
    }
    case 'requires': {
      const alternatives = constraint.groups.map((g) => g.map((k) => `"${k}"`).join(' and ')).join(' or ');
      context.report({ range, message: `"${constraint.key}" needs ${alternatives} to be set too.` });
      return;
    }
    case 'together': {
      const missing = constraint.keys.filter((k) => !present(k));
      const set = constraint.keys.filter(present);
      context.report({
        range,
        message: `${set.map((k) => `"${k}"`).join(', ')} goes together with ${missing.map((k) => `"${k}"`).join(', ')}: set both, or neither.`,
      });
      return;
    }
    default:
      context.report({ range, message: `${owner} is missing a required setting: ${describeConstraint(constraint)}.` });
  }
}

function describeConstraint(constraint: PackerConstraint): string {
  return JSON.stringify(constraint).replace(/[{}"]/g, '').slice(0, 120);
}

/** Where to show a missing setting: on the component's type (or the nested block's key). */
function anchor(check: ComponentCheck, object: ObjectNode, instancePath: string): OffsetRange {
  if (instancePath === '' && check.component.typeNode !== undefined) return check.component.typeNode.range;
  const parent = object.parent;
  if (parent?.type === 'property') return parent.keyRange;
  return { start: object.range.start, end: object.range.start + 1 };
}

function insertFix(context: RuleContext, check: ComponentCheck, object: ObjectNode, key: string): Fix[] {
  const type = check.component.type ?? '';
  const family = check.component.kind === 'builder' && check.component.node !== undefined
    ? detectImageFamily(type, toPlainValue(check.component.node) as Record<string, unknown>)
    : undefined;
  const value = suggestedValue(key, { componentType: type, family });
  if (value === undefined) return [];
  return [
    {
      title: `Add "${key}": ${JSON.stringify(value)}`,
      isPreferred: true,
      edits: [insertProperties(context.document.text, object, [[key, value]])],
    },
  ];
}

function communicatorName(communicator: string): string {
  return communicator === 'ssh' ? 'SSH' : communicator === 'winrm' ? 'WinRM' : communicator;
}

/** "a", "a or b", "a, b or c". */
function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
