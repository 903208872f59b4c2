import { hasLookalike } from '../parsing/characters';
import { guessedWithin, type Recovery } from '../parsing/recovery';
import { findProperty, hasBothBraces, type ObjectNode } from '../parsing/tree';
import type { SettingEdits } from '../edits/settingEdits';
import { didYouMean } from '../util/didYouMean';
import type { Fix } from '../types';
import type { Rule } from './rule';
import { externalValuesOf, passesUnreadableVarFile } from '../varFiles/templatePath';

export const undefinedVariable: Rule = {
  meta: {
    id: 'undefined-variable',
    description: 'A {{user `x`}} call naming a variable that the template does not declare.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ document, report, build }) {
    const template = document.template;
    if (template === undefined) return;
    // Packer takes -var and -var-file values for undeclared variables too (checked with 1.6.6).
    const setOutside = externalValuesOf(document.uri, build);
    // A build passes a variable file we cannot read (its path is computed): any name may be set
    // there, so only a near miss of a declared name (a likely typo) is still reported.
    const opaque = passesUnreadableVarFile(document.uri, build);
    const names = [...template.variables.keys()];
    const undeclared = template.templateStrings
      .flatMap(({ calls }) => calls)
      .filter(
        (call) => call.name === 'user' && call.args[0] !== undefined && !template.variables.has(call.args[0].value),
      )
      .map((call) => call.args[0]?.value ?? '')
      .filter(declarable);
    // Once per document, not per finding: a template with many undeclared uses was quadratic.
    const undeclaredNames = [...new Set(undeclared)].sort();
    const suggestible = names.filter(writableInPlace);
    for (const { calls } of template.templateStrings) {
      for (const call of calls) {
        const argument = call.args[0];
        if (call.name !== 'user' || argument === undefined || template.variables.has(argument.value)) continue;
        const name = argument.value;
        if (setOutside.has(name)) continue;
        // A name that would need escaping inside the JSON string (a tab, a quote) is no name to suggest.
        const suggestion = didYouMean(name, suggestible);
        if (opaque && suggestion === undefined) continue;
        const fixes: Fix[] = [];
        if (suggestion !== undefined) {
          fixes.push({
            title: `Use the variable "${suggestion}"`,
            isPreferred: true,
            edits: [{ range: argument.range, newText: suggestion }],
          });
        }
        const declaration = declarable(name)
          ? declareVariable(document.edits, document.text, document.recoveries, template.root, name, undeclaredNames)
          : undefined;
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
            `The variable "${name}" is not declared in "variables": its value is empty unless -var or -var-file gives one.` +
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
 * Nor while the parser had to guess its way through that object (a missing colon, a stray
 * token, an unclosed string): its braces may not be the ones the tree says, so the new key could
 * land in another object or break the JSON. The guess is the syntax finding to fix first.
 */
function declareVariable(
  edit: SettingEdits,
  text: string,
  recoveries: Recovery[],
  root: ObjectNode,
  name: string,
  /** Every undeclared name, once each, sorted. */
  undeclared: string[],
) {
  const variables = findProperty(root, 'variables')?.value;
  if (variables?.type === 'object') {
    if (!hasBothBraces(text, variables) || guessedWithin(recoveries, variables.range)) return undefined;
    const last = variables.properties[variables.properties.length - 1];
    return edit.insert(variables, [[name, '']], last);
  }
  // The section goes into the root object itself: any guess in the document may be about it.
  if (variables !== undefined || !hasBothBraces(text, root) || recoveries.some((r) => r.kind === 'syntax'))
    return undefined;
  const all = Object.fromEntries(undeclared.map((n) => [n, '']));
  return edit.insert(root, [['variables', all]], undefined);
}

/**
 * Whether a declaration of the name would be a clean key: a name with an invisible or look-alike
 * character in it is a typo to fix in the reference, and declaring it would only move the finding.
 */
function declarable(name: string): boolean {
  return !hasLookalike(name);
}

/** Whether the name can stand as it is between the backquotes of {{user `...`}} in a JSON string. */
function writableInPlace(name: string): boolean {
  return !name.includes('`') && JSON.stringify(name) === `"${name}"`;
}
