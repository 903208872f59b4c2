import { findProperty, nodeAtPointer } from '../parsing/tree';
import { checkComponents } from '../schema/templateValidation';
import type { Rule } from './rule';

export const conflictingSettings: Rule = {
  meta: {
    id: 'conflicting-settings',
    description: 'Settings that cannot be used together (Packer rejects the combination).',
    defaultSeverity: 'error',
    fixable: false,
    scope: 'block',
  },
  check(context) {
    for (const check of checkComponents(context.document, context.scope)) {
      const root = check.component.node;
      if (root === undefined) continue;
      for (const { instancePath, constraint } of check.constraints) {
        const isIsoExclusive = constraint.kind === 'iso' && constraint.rule === 'exclusive';
        if (constraint.kind !== 'exclusive' && constraint.kind !== 'exactlyOne' && !isIsoExclusive) continue;
        if (!('groups' in constraint)) continue;
        const object = nodeAtPointer(root, instancePath);
        const setGroups = constraint.groups.filter((g) => g.some((k) => findProperty(object, k) !== undefined));
        if (setGroups.length < 2) continue;
        const keys = setGroups.map((g) => g.find((k) => findProperty(object, k) !== undefined) as string);
        const last = findProperty(object, keys[keys.length - 1] as string);
        if (last === undefined) continue;
        context.report({
          range: last.keyRange,
          message: `${keys.map((k) => `"${k}"`).join(' and ')} cannot be set together on the ${check.component.type ?? ''} ${check.component.kind}: keep only one.`,
        });
      }
    }
  },
};
