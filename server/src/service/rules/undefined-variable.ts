import { findProperty, hasBothBraces, type ObjectNode } from '../parsing/tree';
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
    const undeclared = template.templateStrings
      .flatMap(({ calls }) => calls)
      .filter(
        (call) => call.name === 'user' && call.args[0] !== undefined && !template.variables.has(call.args[0].value),
      )
      .map((call) => call.args[0]?.value ?? '');
    for (const { calls } of template.templateStrings) {
      for (const call of calls) {
        const argument = call.args[0];
        if (call.name !== 'user' || argument === undefined || template.variables.has(argument.value)) continue;
        const name = argument.value;
        // A name that would need escaping inside the JSON string (a tab, a quote) is no name to suggest.
        const suggestion = didYouMean(name, names.filter(writableInPlace));
        const fixes: Fix[] = [];
        if (suggestion !== undefined) {
          fixes.push({
            title: `Use the variable "${suggestion}"`,
            isPreferred: true,
            edits: [{ range: argument.range, newText: suggestion }],
          });
        }
        const declaration = declareVariable(document.edits, document.text, template.root, name, undeclared);
        if (declaration !== undefined) {
          fixes.push({
            title: `Declare the variable "${name}"`,
            isPreferred: suggestion === undefined,
            edits: [declaration],
          });
        }
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

/**
 * Declares the variable with an empty default: what Packer uses for it today, now settable. With
 * no "variables" yet, the section is created with every undeclared variable at once, the same edit
 * for each finding, so that applying several of them creates one section. Nothing is offered
 * while the object to insert into is not closed yet: the text could land inside another value.
 */
function declareVariable(edit: SettingEdits, text: string, root: ObjectNode, name: string, undeclared: string[]) {
  const variables = findProperty(root, 'variables')?.value;
  if (variables?.type === 'object') {
    if (!hasBothBraces(text, variables)) return undefined;
    const last = variables.properties[variables.properties.length - 1];
    return edit.insert(variables, [[name, '']], last);
  }
  if (variables !== undefined || !hasBothBraces(text, root)) return undefined;
  const all = Object.fromEntries([...new Set(undeclared)].sort().map((n) => [n, '']));
  return edit.insert(root, [['variables', all]], undefined);
}

/** Whether the name can stand as it is between the backquotes of {{user `...`}} in a JSON string. */
function writableInPlace(name: string): boolean {
  return !name.includes('`') && JSON.stringify(name) === `"${name}"`;
}
