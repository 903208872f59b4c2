/**
 * The variables a run is given from outside the templates (`-var`, `-var-file`, and the same lists
 * in `.packer-lint.json`), read as Packer reads them: `-var` splits at the first `=`; a var file
 * ending in `.json` is a JSON object of values, any other is HCL assignments. The values themselves
 * reach the language service (see runBuildVariables); here only what is wrong with them is said.
 */
import * as fs from 'node:fs';
import { readVarFileValues } from '../service/varFiles/varFileValues';

/** `-var name=value` as Packer splits it: at the first `=`. */
export function parseVarArgument(argument: string): { name: string; value: string } | undefined {
  const at = argument.indexOf('=');
  if (at <= 0) return undefined;
  return { name: argument.slice(0, at).trim(), value: argument.slice(at + 1) };
}

/** Var files that cannot be read, or JSON ones that are no object of values, in plain words. */
export function varFileProblems(varFiles: readonly string[]): string[] {
  const problems: string[] = [];
  for (const file of varFiles) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      problems.push(`${file}: the var file cannot be read`);
      continue;
    }
    if (/\.json$/i.test(file) && readVarFileValues(file, text) === undefined)
      problems.push(`${file}: the var file is not a JSON object of variable values`);
  }
  return problems;
}
