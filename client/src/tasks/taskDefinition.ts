/**
 * A `packer` task definition (from tasks.json, a command or the provider), checked and with its variables
 * resolved. No `vscode` here; packerTask.ts supplies what the editor knows.
 */
import * as path from 'node:path';
import { isAtLeast, type PackerVersion } from '../packerVersion';
import { isPackerVerb, VERB_SINCE, type PackerVerb } from './packerArgs';
import { substituteVariables } from './variables';

export type CheckedDefinition =
  { ok: true; verb: PackerVerb; templatePath: string; args: string[] } | { ok: false; problem: string };

/**
 * `template` defaults to the workspace folder; a relative one is relative to it (else to `fallbackDir`).
 * `lookup` resolves `${...}` variables; any it does not know make the definition unusable.
 */
export function checkDefinition(
  definition: Record<string, unknown>,
  lookup: (name: string) => string | undefined,
  fallbackDir: string,
): CheckedDefinition {
  const verb = definition['command'];
  if (!isPackerVerb(verb)) {
    return {
      ok: false,
      problem: `"command" must be one of build, validate, fmt, init, inspect (got ${JSON.stringify(verb)}).`,
    };
  }
  const rawArgs = definition['args'] ?? [];
  if (!Array.isArray(rawArgs) || !rawArgs.every((a): a is string => typeof a === 'string')) {
    return { ok: false, problem: '"args" must be a list of strings, one argument each.' };
  }
  const rawTemplate = definition['template'] ?? '${workspaceFolder}';
  if (typeof rawTemplate !== 'string') return { ok: false, problem: '"template" must be a path.' };

  const template = substituteVariables(rawTemplate, lookup);
  const args = rawArgs.map((arg) => substituteVariables(arg, lookup));
  const unresolved = [...template.unresolved, ...args.flatMap((a) => a.unresolved)];
  if (unresolved.length > 0) {
    return {
      ok: false,
      problem: `The packer task uses ${unresolved.join(', ')}, which this extension cannot resolve.`,
    };
  }
  if (template.text === '') return { ok: false, problem: 'Open a folder or give the task a "template".' };
  const base = lookup('workspaceFolder') ?? fallbackDir;
  return { ok: true, verb, templatePath: path.resolve(base, template.text), args: args.map((a) => a.text) };
}

/** Why this packer cannot run `verb`, or undefined when it can (or its version is unknown). */
export function versionProblem(
  verb: PackerVerb,
  version: PackerVersion | undefined,
  packerPath: string,
): string | undefined {
  const since = VERB_SINCE[verb];
  if (since === undefined || version === undefined || isAtLeast(version, since)) return undefined;
  return `This packer (${version.text}, ${packerPath}) has no "${verb}" command: packer ${verb} arrived in Packer ${since}. Install a newer Packer or point packer.path at one.`;
}
