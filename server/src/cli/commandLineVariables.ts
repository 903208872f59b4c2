/**
 * The variables a run is given from outside the templates (`-var`, `-var-file`, and the same lists
 * in `.packer-lint.json`), as Packer takes them: a var file ending in `.json` is a JSON object of
 * values, any other is HCL assignments. Only the names matter here: a finding that a variable is
 * unset or undeclared is not true when the command line sets it, as Packer uses the value then.
 */
import * as fs from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseHcl } from '../service/parsing/hcl';

export interface GivenVariables {
  names: Set<string>;
  /** Var files that could not be read or parsed, in plain words. */
  problems: string[];
}

/** `-var name=value` as Packer splits it: at the first `=`. */
export function parseVarArgument(argument: string): { name: string; value: string } | undefined {
  const at = argument.indexOf('=');
  if (at <= 0) return undefined;
  return { name: argument.slice(0, at).trim(), value: argument.slice(at + 1) };
}

export function givenVariables(varFiles: string[], vars: Record<string, string>): GivenVariables {
  const names = new Set(Object.keys(vars));
  const problems: string[] = [];
  for (const file of varFiles) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      problems.push(`${file}: the var file cannot be read`);
      continue;
    }
    if (/\.json$/i.test(file)) {
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
        for (const name of Object.keys(value)) names.add(name);
      } catch {
        problems.push(`${file}: the var file is not a JSON object of variable values`);
      }
      continue;
    }
    for (const item of parseHcl(text).body.items) if (item.kind === 'attribute') names.add(item.name);
  }
  return { names, problems };
}

/** Rules whose finding is about a variable having no value, and so untrue when the run gives it one. */
const RULES_ABOUT_UNSET = new Set(['variable-not-set', 'undefined-variable']);

/** Drops the findings about a variable that the command line sets; the range names the variable. */
export function withoutGivenVariables(
  diagnostics: Diagnostic[],
  text: (d: Diagnostic) => string,
  given: Set<string>,
): Diagnostic[] {
  if (given.size === 0) return diagnostics;
  return diagnostics.filter((d) => {
    if (!RULES_ABOUT_UNSET.has(String(d.code))) return true;
    const name = text(d).replace(/^[`"']|[`"']$/g, '');
    return !given.has(name);
  });
}
