import { findProperty, type ObjectNode } from '../parsing/tree';
import type { SettingEdits } from '../edits/settingEdits';
import { didYouMean } from '../util/didYouMean';
import type { Fix } from '../types';
import type { Rule } from './rule';

export const undefinedVariable: Rule = {
  meta: {
    id: 'undefined-variable',
    description: 'A {{user `x`}} call naming a variable that the template does not declare.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ document, report }) {
    const template = document.template;
    if (template === undefined) return;
    const names = [...template.variables.keys()];
    for (const { calls } of template.templateStrings) {
      for (const call of calls) {
        const argument = call.args[0];
        if (call.name !== 'user' || argument === undefined || template.variables.has(argument.value)) continue;
        const name = argument.value;
        const suggestion = didYouMean(name, names);
        const fixes: Fix[] = [];
        if (suggestion !== undefined) {
          fixes.push({
            title: `Use the variable "${suggestion}"`,
            isPreferred: true,
            edits: [{ range: argument.range, newText: suggestion }],
          });
        }
        const declaration = declareVariable(document.edits, template.root, name);
        fixes.push({
          title: `Declare the variable "${name}"`,
          isPreferred: suggestion === undefined,
          edits: [declaration],
        });
        report({
          range: argument.range,
          message:
            `The variable "${name}" is not declared in "variables", so Packer silently replaces it with an empty string.` +
            (suggestion !== undefined ? ` Did you mean "${suggestion}"?` : ''),
          fixes,
        });
      }
    }
  },
};

/** Declares the variable with an empty default: what Packer uses for it today, now settable. */
function declareVariable(edit: SettingEdits, root: ObjectNode, name: string) {
  const variables = findProperty(root, 'variables')?.value;
  if (variables?.type === 'object') {
    const last = variables.properties[variables.properties.length - 1];
    return edit.insert(variables, [[name, '']], last);
  }
  return edit.insert(root, [['variables', { [name]: '' }]], undefined);
}
