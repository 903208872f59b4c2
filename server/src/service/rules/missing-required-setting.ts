import { findProperty, hasBothBraces, nodeAtPointer, type ObjectNode } from '../parsing/tree';
import { detectImageFamily } from '../packer/distro/imageFamily';
import { suggestedValue } from '../packer/suggestedValues';
import { sharedPlainValue } from '../parsing/tree';
import { checkComponents, propertiesAt, type ComponentCheck } from '../schema/templateValidation';
import { didYouMean } from '../util/didYouMean';
import type { PackerConstraint } from '../schema/schemaTypes';
import type { Finding, Fix, OffsetRange } from '../types';
import type { LegacyTemplate } from '../model/legacyTemplate';
import { isUnusedSource, settingsAddedByBuilds } from '../model/hcl/sourceUsage';
import type { Rule, RuleContext } from './rule';
import { guessedWithin } from '../parsing/recovery';

export const missingRequiredSetting: Rule = {
  meta: {
    id: 'missing-required-setting',
    description: 'A setting that Packer requires (given the others) is missing.',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
  },
  check(context) {
    const template = context.document.template;
    if (template !== undefined) checkTemplateStructure(context, template);
    const hcl = context.document.hcl;
    for (const check of checkComponents(context.document, context.scope)) {
      // HCL2: settings a build's `source` block adds count, and Packer checks only sources a build uses.
      const added = hcl === undefined ? new Set<string>() : settingsAddedByBuilds(hcl.configuration, check.component);
      const unused = hcl !== undefined && isUnusedSource(hcl.configuration, check.component);
      const report = (finding: Omit<Finding, 'ruleId'>) =>
        context.report(
          unused
            ? { ...finding, severity: 'warning', message: `${finding.message} (No build uses this source yet.)` }
            : finding,
        );
      for (const violation of check.constraints) {
        reportViolation({ ...context, report }, check, violation.instancePath, violation.constraint, added);
      }
    }
  },
};

/** A legacy JSON template needs builders, and each component a type (HCL2 has labels for that). */
function checkTemplateStructure(context: RuleContext, template: LegacyTemplate): void {
  const builders = findProperty(template.root, 'builders');
  if (builders === undefined || (builders.value?.type === 'array' && builders.value.items.length === 0)) {
    context.report({
      range: builders?.keyRange ?? { start: template.root.range.start, end: template.root.range.start + 1 },
      message: 'A template needs at least one builder in "builders": Packer has nothing to build without one.',
    });
  }
  for (const component of [...template.builders, ...template.provisioners, ...template.postProcessors]) {
    if (
      component.node !== undefined &&
      component.typeNode === undefined &&
      findProperty(component.node, 'type') === undefined
    ) {
      context.report({
        range: { start: component.node.range.start, end: component.node.range.start + 1 },
        message: `${capitalize(component.label)} has no "type": Packer needs to know which ${component.kind} to use.`,
      });
    }
  }
}

function reportViolation(
  context: RuleContext,
  check: ComponentCheck,
  instancePath: string,
  constraint: PackerConstraint,
  addedByBuilds: ReadonlySet<string>,
): void {
  const root = check.component.node;
  if (root === undefined) return;
  const object = nodeAtPointer(root, instancePath);
  if (object.type !== 'object') return;
  const owner = `The ${check.component.type ?? ''} ${check.component.kind}`;
  // A misspelt key is one mistake: unknown-setting offers its rename, so it is not also "missing".
  const meant = meantByUnknownKeys(check, object, instancePath);
  const present = (key: string) =>
    findProperty(object, key) !== undefined || meant.has(key) || (instancePath === '' && addedByBuilds.has(key));
  const range = anchor(check, object, instancePath);
  const fixFor = (key: string): Fix[] => insertFix(context, check, object, key);
  const missingKeys = (keys: readonly string[]) => {
    for (const key of keys.filter((k) => !present(k))) {
      context.report({ range, message: `Missing "${key}": ${lower(owner)} requires it.`, fixes: fixFor(key) });
    }
  };
  const missingOneOf = (groups: readonly (readonly string[])[], exactly: boolean) => {
    if (groups.some((g) => g.some(present))) return; // More than one set is conflicting-settings' finding.
    const first = groups[0]?.[0];
    if (first === undefined) return;
    const choices = orList(groups.map((g) => g.map((k) => `"${k}"`).join(' or ')));
    context.report({
      range,
      message: `${owner} needs ${exactly ? 'exactly one of ' : ''}${choices}, and ${groups.length === 2 ? 'neither' : 'none'} is set.`,
      fixes: fixFor(first),
    });
  };
  switch (constraint.kind) {
    case 'required':
      missingKeys(constraint.keys);
      return;
    case 'communicator': {
      const how = `connects over ${communicatorName(constraint.communicator)}${present('communicator') ? '' : ' (the default communicator)'}`;
      for (const key of constraint.keys.filter((k) => !present(k))) {
        context.report({
          range,
          message: `Missing "${key}": ${lower(owner)} ${how} and needs it to log in.`,
          fixes: fixFor(key),
        });
      }
      const groups = constraint.groups ?? [];
      if (groups.length > 0 && !groups.some((g) => g.some(present))) {
        const choices = orList(groups.map((g) => g.map((k) => `"${k}"`).join(' and ')));
        context.report({ range, message: `${owner} ${how} and needs a way to authenticate: ${choices}.` });
      }
      return;
    }
    case 'oneOfRequired':
    case 'exactlyOne':
      missingOneOf(constraint.groups, constraint.kind === 'exactlyOne');
      return;
    case 'iso':
      if (constraint.rule === 'required') missingKeys(constraint.keys);
      else if (constraint.rule === 'oneOfRequired') missingOneOf(constraint.groups, false);
      return;
    case 'requires': {
      const alternatives = orList(constraint.groups.map((g) => g.map((k) => `"${k}"`).join(' and ')));
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
    case 'exclusive':
      return; // Too many, not too few: conflicting-settings reports it.
  }
}

/** The known keys that the object's unknown keys were probably meant to be. */
function meantByUnknownKeys(check: ComponentCheck, object: ObjectNode, instancePath: string): Set<string> {
  const known = propertiesAt(check.schema, instancePath) ?? {};
  const meant = new Set<string>();
  for (const property of object.properties) {
    if (Object.prototype.hasOwnProperty.call(known, property.key)) continue;
    const suggestion = didYouMean(property.key, Object.keys(known));
    if (suggestion !== undefined) meant.add(suggestion);
  }
  return meant;
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
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
  const family =
    check.component.kind === 'builder' && check.component.node !== undefined
      ? detectImageFamily(type, sharedPlainValue(check.component.node) as Record<string, unknown>)
      : undefined;
  const format = context.document.format === 'hcl' ? 'hcl' : 'json';
  const value = suggestedValue(key, { componentType: type, family, format });
  // Nothing to insert into an object the parser had to guess its way through: fix the syntax first.
  if (value === undefined || !hasBothBraces(context.document.text, object)) return [];
  if (guessedWithin(context.document.recoveries, object.range)) return [];
  return [
    {
      title: `Add ${context.document.edits.describe(key, value)}`,
      isPreferred: true,
      edits: [context.document.edits.insert(object, [[key, value]])],
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
