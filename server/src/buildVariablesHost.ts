/**
 * The server's side of "what a template is built with": the workspace folders to scan for build
 * scripts, the `packer.build.varFiles` setting, and the variable file the editor's "Packer: Build"
 * last used in each folder (sent with the `packer/buildVarFile` notification). It hands the
 * language service one `BuildVariables` and says when the answers may have changed.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileReader } from './service/rules/rule';
import { createBuildVariables, type BuildVariables, type ConfiguredVarFiles } from './service/varFiles/buildVariables';
import { ScriptDiscovery, scriptKind } from './service/varFiles/discovery';
import { toPath } from './workspaceIndex';

export const BUILD_VAR_FILE_NOTIFICATION = 'packer/buildVarFile';

/** `packer/buildVarFile`: the variable file chosen for builds in a folder; null when none was. */
export interface BuildVarFileParams {
  folder: string;
  varFile: string | null;
}

/** Globs of the files whose change can change what the builds pass. */
export const BUILD_SCRIPT_GLOBS = [
  '**/Makefile',
  '**/GNUmakefile',
  '**/*.mk',
  '**/*.sh',
  '**/*.ps1',
  '**/.github/workflows/*.yml',
  '**/.github/workflows/*.yaml',
  '**/.gitlab-ci.yml',
  '**/azure-pipelines.yml',
];

export class BuildVariablesHost {
  private roots: string[] = [];
  private fromSettings: string[] = [];
  private readonly chosen = new Map<string, string>();
  private readonly discovery: ScriptDiscovery;
  readonly variables: BuildVariables;

  constructor(files: FileReader) {
    this.discovery = new ScriptDiscovery(files, () => this.roots);
    this.variables = createBuildVariables(files, () => this.configured(), this.discovery);
  }

  setRoots(uris: string[]): void {
    this.roots = uris.map(toPath).filter((p): p is string => p !== undefined);
    this.discovery.reset();
  }

  changeRoots(added: string[], removed: string[]): void {
    const gone = new Set(removed.map(toPath));
    this.setRoots([...this.roots.filter((r) => !gone.has(r)).map((r) => pathToFileURL(r).href), ...added]);
  }

  /** The `packer` settings section: `build.varFiles` is a list of paths, relative to each workspace folder. */
  readSettings(section: unknown): void {
    const build = isRecord(section) ? section['build'] : undefined;
    const list = isRecord(build) ? build['varFiles'] : undefined;
    this.fromSettings = Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string' && v !== '') : [];
  }

  /** Returns whether anything changed. */
  choose(params: BuildVarFileParams): boolean {
    const folder = toPath(params.folder);
    if (folder === undefined) return false;
    const file = params.varFile === null ? undefined : toPath(params.varFile);
    if (this.chosen.get(folder) === file) return false;
    if (file === undefined) this.chosen.delete(folder);
    else this.chosen.set(folder, file);
    return true;
  }

  /** The choices the editor remembered, handed over when the server starts (checked one by one). */
  chooseAll(list: unknown): void {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (!isRecord(item) || typeof item['folder'] !== 'string') continue;
      const varFile = item['varFile'];
      if (typeof varFile === 'string' || varFile === null) this.choose({ folder: item['folder'], varFile });
    }
  }

  /** A file changed on disk; returns whether the builds' variables may have changed with it. */
  fileChanged(uri: string): boolean {
    const file = toPath(uri);
    if (file === undefined) return false;
    this.discovery.changed(file);
    if (scriptKind(file) !== undefined) return true;
    const varFiles = new Set([
      ...this.configured().flatMap((c) => c.varFiles),
      ...this.discovery.invocations().flatMap((f) => f.invocation.varFiles.map((v) => v.value)),
    ]);
    return varFiles.has(file);
  }

  private configured(): ConfiguredVarFiles[] {
    const entries: ConfiguredVarFiles[] = this.roots.map((root) => ({
      folder: root,
      varFiles: this.fromSettings.map((file) => path.resolve(root, file)),
      source: { kind: 'setting' },
    }));
    for (const [folder, file] of this.chosen)
      entries.push({ folder, varFiles: [file], source: { kind: 'build-command' } });
    return entries;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
