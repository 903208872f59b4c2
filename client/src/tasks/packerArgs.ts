/**
 * What packer runs against and with which arguments. No `vscode` here: this is the part that must keep a
 * template named `$(touch pwned).json` as one argument, and it is tested by spawning the real packer.
 *
 * Each returned string is one argv entry for a process started without a shell; nothing is quoted or
 * escaped, because nothing will parse it again.
 */
import * as path from 'node:path';

export const PACKER_VERBS = ['build', 'validate', 'fmt', 'init', 'inspect'] as const;
export type PackerVerb = (typeof PACKER_VERBS)[number];

export function isPackerVerb(value: unknown): value is PackerVerb {
  return typeof value === 'string' && (PACKER_VERBS as readonly string[]).includes(value);
}

/** Packer reads a folder, or a `.pkr.hcl`/`.pkr.json` file's folder, as HCL2; any other file as legacy JSON. */
export type TemplateKind = 'hcl2' | 'legacy-json';

const HCL2_SUFFIXES = ['.pkr.hcl', '.pkr.json', '.pkrvars.hcl', '.pkrvars.json'];

export function templateKindOf(fileName: string): TemplateKind {
  const lower = fileName.toLowerCase();
  return HCL2_SUFFIXES.some((suffix) => lower.endsWith(suffix)) ? 'hcl2' : 'legacy-json';
}

export interface PackerTarget {
  kind: TemplateKind;
  /** The packer process's working directory: the template's folder. */
  cwd: string;
  /** The positional argument, relative to `cwd`: `.` for an HCL2 folder, the file name for legacy JSON. */
  arg: string;
  /** The file the command was run on, when it was a file (problems without a place are put on it). */
  file?: string;
}

/**
 * A file or folder name as a positional argument: packer (Go's `flag` package) would read a leading `-`
 * as an option, so such a name is given as `./-name`.
 */
export function positional(name: string): string {
  return name.startsWith('-') ? `./${name}` : name;
}

/**
 * HCL2 runs against the folder (`packer build .`, cwd = folder), since a configuration is every
 * `*.pkr.hcl`/`*.pkr.json` in it. A legacy JSON template runs as itself (cwd = its folder, arg = its name).
 */
export function targetFor(templatePath: string, isDirectory: boolean): PackerTarget {
  if (isDirectory) return { kind: 'hcl2', cwd: templatePath, arg: '.' };
  const cwd = path.dirname(templatePath);
  const kind = templateKindOf(templatePath);
  const arg = kind === 'hcl2' ? '.' : positional(path.basename(templatePath));
  return { kind, cwd, arg, file: templatePath };
}

export const ON_ERROR_VALUES = ['cleanup', 'abort', 'ask', 'run-cleanup-provisioner'] as const;
export type OnError = (typeof ON_ERROR_VALUES)[number];

/** What `packer build` is usually told on the command line. */
export interface BuildChoices {
  /** Relative to the template's folder, or absolute. */
  varFile?: string;
  only?: readonly string[];
  onError?: OnError;
  force?: boolean;
  debug?: boolean;
}

export function buildFlags(choices: BuildChoices): string[] {
  const flags: string[] = [];
  if (choices.varFile !== undefined && choices.varFile !== '') flags.push(`-var-file=${choices.varFile}`);
  if (choices.only !== undefined && choices.only.length > 0) flags.push(`-only=${choices.only.join(',')}`);
  if (choices.onError !== undefined && choices.onError !== 'cleanup') flags.push(`-on-error=${choices.onError}`);
  if (choices.force === true) flags.push('-force');
  if (choices.debug === true) flags.push('-debug');
  return flags;
}

/** `packer <verb> [options...] <target>`: Packer's flag parser stops at the first positional argument. */
export function packerArgs(verb: PackerVerb, target: PackerTarget, options: readonly string[] = []): string[] {
  return [verb, ...options, target.arg];
}

/**
 * The first Packer release with a command or option value (from Packer's git history: `fmt` was added in
 * 1.6.6, `init` in 1.7.0, `-on-error=run-cleanup-provisioner` in 1.6.1). Absent: every release has it.
 */
export const VERB_SINCE: Partial<Record<PackerVerb, string>> = { fmt: '1.6.6', init: '1.7.0' };
export const ON_ERROR_SINCE: Partial<Record<OnError, string>> = { 'run-cleanup-provisioner': '1.6.1' };

const AUTO_VARS = /\.auto\.pkrvars\.(hcl|json)$/i;

/**
 * Files of the template's folder that can be given to `-var-file`. HCL2: `*.pkrvars.hcl` and
 * `*.pkrvars.json`, except `*.auto.pkrvars.*` which Packer loads anyway. Legacy JSON: `*.json` files that
 * are not templates themselves.
 */
export function varFileCandidates(
  kind: TemplateKind,
  fileNames: readonly string[],
  isJsonTemplate: (fileName: string) => boolean,
): string[] {
  const candidates = fileNames.filter((name) => {
    const lower = name.toLowerCase();
    if (kind === 'hcl2') {
      return (lower.endsWith('.pkrvars.hcl') || lower.endsWith('.pkrvars.json')) && !AUTO_VARS.test(lower);
    }
    return lower.endsWith('.json') && !lower.endsWith('.pkr.json') && !isJsonTemplate(name);
  });
  return candidates.sort((a, b) => a.localeCompare(b));
}

/** Everything needed to start packer once: the program, its argv and its working directory. */
export interface PackerRun {
  packerPath: string;
  verb: PackerVerb;
  target: PackerTarget;
  args: string[];
}

export function planRun(
  packerPath: string,
  verb: PackerVerb,
  templatePath: string,
  isDirectory: boolean,
  options: readonly string[] = [],
): PackerRun {
  const target = targetFor(templatePath, isDirectory);
  return { packerPath, verb, target, args: packerArgs(verb, target, options) };
}
