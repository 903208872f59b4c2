/**
 * What a template is built with, as far as the project says: the variable files and `-var` values
 * that reach `packer build`. Three inputs, each one a list the host hands in or a scan finds:
 *  - the workspace configuration (the `packer.build.varFiles` setting today; a command-line tool's
 *    configuration file can feed the same `ConfiguredVarFiles`);
 *  - the variable file chosen in "Packer: Build" for a folder, which the editor remembers;
 *  - the project's own build scripts (ScriptDiscovery).
 * Rules ask it which variables are set and by whom, so that they only call a variable unset when
 * nothing known sets it, and hover can say where a value comes from.
 */
import * as path from 'node:path';
import type { FileReader } from '../rules/rule';
import type { ScriptDiscovery } from './discovery';
import { readVarFileValues, type SetValue } from './varFileValues';

export type VarSource =
  | { kind: 'setting' }
  | { kind: 'build-command' }
  /** `-var-file`/`-var` given to a command-line run (or its configuration file). */
  | { kind: 'command-line' }
  /** `line` is 0-based. */
  | { kind: 'script'; script: string; line: number };

/** Variable files to pass to every template under `folder` (absolute paths). */
export interface ConfiguredVarFiles {
  folder: string;
  varFiles: string[];
  /** `-var name=value` values passed alongside, after the files (as Packer applies them). */
  vars?: Readonly<Record<string, string>>;
  source: VarSource;
}

/** One value a template's variable gets from outside the template. */
export interface ExternalValue extends SetValue {
  /** The variable file that sets it (absolute); undefined for `-var name=value`. */
  varFile?: string;
  source: VarSource;
  /** The file is one of those a computed `-var-file` may name: the value may be set. */
  candidate?: true;
}

/** Files one computed `-var-file` pattern is read from, at most. */
const MAX_CANDIDATES = 50;

export interface VarFileUse {
  file: string;
  source: VarSource;
}

export interface BuildVariables {
  /** The variable files known to be passed to the template (a file path), in the order found. */
  varFilesFor(template: string): VarFileUse[];
  /** Every value known for the template's variables, by name. */
  valuesFor(template: string): Map<string, ExternalValue[]>;
  /**
   * A build of the template passes a variable file that cannot be read here: one whose path the
   * script computes, or one missing from the workspace. Whatever it sets, nothing is certain.
   * Returns where (for messages), or undefined.
   */
  opaqueVarFile(template: string): { script: string; line: number } | undefined;
  /** Where the build scripts name a variable file: the file name's place in each script (0-based). */
  scriptReferences(varFile: string): ScriptReference[];
}

export interface ScriptReference {
  script: string;
  line: number;
  character: number;
  length: number;
}

export const noBuildVariables: BuildVariables = {
  varFilesFor: () => [],
  valuesFor: () => new Map(),
  opaqueVarFile: () => undefined,
  scriptReferences: () => [],
};

export function createBuildVariables(
  files: FileReader,
  configured: () => ConfiguredVarFiles[],
  discovery: ScriptDiscovery | undefined,
): BuildVariables {
  const applies = (folder: string, template: string) => isInside(folder, template);

  const fromScripts = (template: string) =>
    (discovery?.invocations() ?? []).filter(({ invocation }) => {
      const target = invocation.target;
      if (target === undefined && invocation.targetPattern !== undefined)
        return matchesPattern(invocation.targetPattern, template);
      if (target === undefined) return applies(invocation.cwd, template);
      return target === template || target === path.dirname(template);
    });

  const configuredFor = (template: string): ConfiguredVarFiles[] =>
    configured().filter((entry) =>
      // A choice made in Packer: Build holds for its folder; the workspace's list for the whole tree.
      entry.source.kind === 'build-command' ? entry.folder === path.dirname(template) : applies(entry.folder, template),
    );

  const varFilesFor = (template: string): VarFileUse[] => {
    const uses: VarFileUse[] = [];
    for (const entry of configuredFor(template))
      uses.push(...entry.varFiles.map((file) => ({ file, source: entry.source })));
    for (const { script, invocation } of fromScripts(template))
      for (const file of invocation.varFiles)
        uses.push({ file: file.value, source: { kind: 'script', script, line: file.line } });
    return uses;
  };

  return {
    varFilesFor,
    valuesFor(template) {
      const values = new Map<string, ExternalValue[]>();
      const add = (value: ExternalValue) => values.set(value.name, [...(values.get(value.name) ?? []), value]);
      for (const use of varFilesFor(template)) {
        const text = files.readText(use.file);
        const set = text === undefined ? undefined : readVarFileValues(use.file, text);
        for (const value of set ?? []) add({ ...value, varFile: use.file, source: use.source });
      }
      for (const { script, invocation } of fromScripts(template))
        for (const pattern of invocation.varFilePatterns)
          for (const file of candidateFiles(files, pattern.value, template)) {
            const text = files.readText(file);
            const source: VarSource = { kind: 'script', script, line: pattern.line };
            for (const value of (text === undefined ? undefined : readVarFileValues(file, text)) ?? [])
              add({ ...value, varFile: file, source, candidate: true });
          }
      for (const { script, invocation } of fromScripts(template))
        for (const v of invocation.vars)
          add({ name: v.name, value: v.value, line: v.line + 1, source: { kind: 'script', script, line: v.line } });
      for (const entry of configuredFor(template))
        // A `-var` is in no file: its line is nominal.
        for (const [name, value] of Object.entries(entry.vars ?? {}))
          add({ name, value, line: 1, source: entry.source });
      return values;
    },
    opaqueVarFile(template) {
      for (const { script, invocation } of fromScripts(template)) {
        const unreadable =
          invocation.unreadableVarFiles > 0 || invocation.varFiles.some((v) => files.readText(v.value) === undefined);
        if (unreadable) return { script, line: invocation.line };
      }
      return undefined;
    },
    scriptReferences(varFile) {
      const name = path.basename(varFile);
      const references: ScriptReference[] = [];
      for (const { script, invocation } of discovery?.invocations() ?? []) {
        for (const argument of invocation.varFiles) {
          if (argument.value !== varFile) continue;
          const line = files.readText(script)?.split(/\r?\n/)[argument.line];
          const at = line?.indexOf(name, argument.character) ?? -1;
          if (at >= 0) references.push({ script, line: argument.line, character: at, length: name.length });
        }
      }
      return references;
    },
  };
}

/**
 * The variable files a computed `-var-file` may name: those matching its pattern, other than the
 * template itself and other templates (a JSON file with `builders`, a `.pkr.hcl`).
 */
function candidateFiles(files: FileReader, pattern: string, template: string): string[] {
  const folder = path.dirname(pattern);
  const found: string[] = [];
  for (const name of files.listDirectory?.(folder) ?? []) {
    const file = path.join(folder, name);
    if (!matchesPattern(pattern, file) || file === template || /\.pkr\.(hcl|json)$/i.test(name)) continue;
    const text = files.readText(file);
    if (text === undefined || /"builders"\s*:\s*\[/.test(text)) continue;
    found.push(file);
    if (found.length >= MAX_CANDIDATES) break;
  }
  return found;
}

/** Whether a file is in the pattern's folder and its name matches, `*` standing for any characters. */
function matchesPattern(pattern: string, file: string): boolean {
  if (path.dirname(pattern) !== path.dirname(file)) return false;
  const escaped = path
    .basename(pattern)
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(path.basename(file));
}

/** "set by packer/ami/ubuntu.json, passed in Makefile line 530", paths relative to `base`. */
export function describeValueSource(value: ExternalValue, base: string): string {
  const relative = (file: string) => path.relative(base, file).split(path.sep).join('/') || path.basename(file);
  const by =
    value.varFile === undefined
      ? `set with -var ${value.name}=…`
      : value.candidate === true
        ? `set by ${relative(value.varFile)}, one of the files`
        : `set by ${relative(value.varFile)}`;
  switch (value.source.kind) {
    case 'setting':
      return `${by}, named in the packer.build.varFiles setting`;
    case 'build-command':
      return `${by}, chosen in Packer: Build`;
    case 'command-line':
      return `${by}, given on the command line`;
    case 'script':
      return value.candidate === true
        ? `${by} a computed -var-file in ${relative(value.source.script)} line ${value.source.line + 1} may name`
        : `${by}, passed in ${relative(value.source.script)} line ${value.source.line + 1}`;
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
