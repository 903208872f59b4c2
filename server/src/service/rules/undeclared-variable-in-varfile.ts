/**
 * A variable file setting a variable that no configuration file declares: Packer ignores the value,
 * and `packer validate` warns "Undefined variable ... was set but was not declared". Usually a typo
 * in the name, or a variable renamed in the configuration but not here.
 *
 * A variable file is checked against the configuration files beside it; alone in its folder it may
 * be meant for any configuration (`-var-file=vars/dev.pkrvars.hcl`), and nothing is said.
 */
import { didYouMean } from '../util/didYouMean';
import type { Rule } from './rule';
import { declarationsAreComplete } from '../model/hcl/referenceResolution';

export const undeclaredVariableInVarfile: Rule = {
  meta: {
    id: 'undeclared-variable-in-varfile',
    description: 'A .pkrvars.hcl assignment to a variable that no configuration file of the folder declares.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(context) {
    const hcl = context.document.hcl;
    if (hcl === undefined || hcl.file.role === 'config') return;
    const { file, configuration } = hcl;
    if (!configuration.files.some((f) => f.role === 'config') || !declarationsAreComplete(context)) return;
    const declared = new Set(configuration.variables.map((v) => v.name));
    const own = configuration.assignments.filter((a) => a.file === file);
    for (const assignment of own) {
      if (declared.has(assignment.name)) continue;
      const suggestion = didYouMean(assignment.name, declared);
      const where = configuration.variables.find((v) => v.name === suggestion)?.file.name;
      // Renaming onto a name this file already sets would make it set twice.
      const fixable = suggestion !== undefined && !own.some((a) => a.name === suggestion);
      context.report({
        range: assignment.nameRange,
        message:
          `No variable "${assignment.name}" is declared in the configuration, so Packer ignores this value` +
          (suggestion !== undefined
            ? `: did you mean "${suggestion}" (${where})?`
            : `: declare it with a variable block in a .pkr.hcl file.`),
        ...(fixable && {
          fixes: [
            {
              title: `Change to "${suggestion}"`,
              isPreferred: true,
              edits: [{ range: assignment.nameRange, newText: suggestion }],
            },
          ],
        }),
      });
    }
  },
};
