/**
 * A variable with no default that nothing known sets: not the folder's auto variable files, not the
 * variable files or `-var` values the project's builds pass (settings, Packer: Build, build
 * scripts). Packer then stops with "Unset variable" unless the command line or the environment
 * gives it a value. Only a warning, since that is often the intent (`-var`, `-var-file`,
 * `PKR_VAR_name`); reported on the declaration, for variables the configuration uses.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HclConfiguration } from '../model/hcl/configuration';
import type { Rule, RuleContext } from './rule';
import { externalValuesOf, passesUnreadableVarFile } from '../varFiles/templatePath';
import { contains, evaluatedReferences, folderEntries, stepName } from '../model/hcl/referenceResolution';

export const variableNotSet: Rule = {
  meta: {
    id: 'variable-not-set',
    description: 'A variable the configuration uses that has no default and no .auto.pkrvars.hcl value.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(context) {
    const hcl = context.document.hcl;
    if (hcl === undefined || hcl.file.role !== 'config') return;
    const { file, configuration } = hcl;
    const unset = configuration.variables.filter((v) => v.file === file && v.block !== undefined && !v.hasDefault);
    // A build passes a variable file we cannot read (its path is computed): any of them may be set there.
    if (unset.length === 0 || passesUnreadableVarFile(context.document.uri, context.build)) return;
    const setAutomatically = autoAssigned(context, configuration);
    if (setAutomatically === undefined) return;
    const used = usedVariables(configuration);
    const setOutside = externalValuesOf(context.document.uri, context.build);
    for (const variable of unset) {
      if (!used.has(variable.name) || setAutomatically.has(variable.name) || setOutside.has(variable.name)) continue;
      const varFiles = [
        ...new Set(
          configuration.assignments
            .filter((a) => a.name === variable.name && a.file.role === 'vars')
            .map((a) => a.file.name),
        ),
      ];
      const name = variable.name;
      context.report({
        range: variable.nameRange,
        message:
          `The variable "${name}" has no default, and neither an .auto.pkrvars.hcl file nor a build script or setting known here sets it: ` +
          `Packer stops with "Unset variable" unless it is given with -var ${name}=..., a -var-file, or PKR_VAR_${name} in the environment` +
          (varFiles.length > 0 ? ` (${varFiles.join(', ')} sets it: -var-file=${varFiles[0]}).` : '.'),
      });
    }
  },
};

/** The names that `var.` reaches outside variable blocks (a validation's reference to its own variable does not count). */
function usedVariables(configuration: HclConfiguration): Set<string> {
  const used = new Set<string>();
  for (const file of configuration.files) {
    if (file.role !== 'config') continue;
    const declarations = file.body.items.filter((i) => i.kind === 'block' && i.type === 'variable').map((b) => b.range);
    for (const traversal of evaluatedReferences(file).traversals) {
      const name = traversal.root === 'var' ? stepName(traversal.steps[0])?.name : undefined;
      if (name === undefined) continue;
      if (declarations.some((r) => contains(r, traversal.range))) continue;
      used.add(name);
    }
  }
  return used;
}

/** What the folder's auto variable files set (JSON ones too); undefined when one cannot be read. */
function autoAssigned(context: RuleContext, configuration: HclConfiguration): Set<string> | undefined {
  const names = new Set(configuration.assignments.filter((a) => a.file.role === 'auto-vars').map((a) => a.name));
  const entries = folderEntries(context);
  if (entries === undefined) return undefined;
  for (const entry of entries) {
    if (!/\.auto\.pkrvars\.json$/i.test(entry)) continue;
    const text = context.files.readText(path.join(path.dirname(fileURLToPath(context.document.uri)), entry));
    try {
      const value: unknown = JSON.parse(text ?? '');
      if (typeof value !== 'object' || value === null) return undefined;
      for (const key of Object.keys(value)) names.add(key);
    } catch {
      return undefined;
    }
  }
  return names;
}
