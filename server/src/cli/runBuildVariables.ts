/**
 * What a `packer-lint` run's templates are built with, given to the language service as the editor
 * gives it (`BuildVariables`): the `-var-file`/`-var` of the command line and the configuration file,
 * which apply to every template checked, and the project's build scripts (Makefiles, shell scripts,
 * CI files) found under the run's roots by the same scan the editor does over its workspace folders.
 */
import * as path from 'node:path';
import type { FileReader } from '../service/rules/rule';
import { createBuildVariables, type BuildVariables, type ConfiguredVarFiles } from '../service/varFiles/buildVariables';
import { ScriptDiscovery } from '../service/varFiles/discovery';

export interface RunVariables {
  /** Absolute paths, in the order Packer would apply them. */
  varFiles: string[];
  vars: Record<string, string>;
}

export function runBuildVariables(
  files: FileReader,
  given: RunVariables,
  /** The checked templates (absolute): the command line's values apply to each of them. */
  templates: readonly string[],
  /** Folders to scan for build scripts (absolute). */
  scriptRoots: readonly string[],
): BuildVariables {
  // One entry per file-system root the templates are on, so that each template is inside one.
  const fileSystemRoots = [...new Set(templates.map((t) => path.parse(path.resolve(t)).root))];
  const configured: ConfiguredVarFiles[] =
    given.varFiles.length === 0 && Object.keys(given.vars).length === 0
      ? []
      : fileSystemRoots.map((folder) => ({
          folder,
          varFiles: given.varFiles,
          vars: given.vars,
          source: { kind: 'command-line' },
        }));
  const roots = outermost(scriptRoots);
  return createBuildVariables(files, () => configured, new ScriptDiscovery(files, () => roots));
}

/** The folders without those inside another one, so that no script is found twice. */
function outermost(folders: readonly string[]): string[] {
  const unique = [...new Set(folders.map((f) => path.resolve(f)))];
  return unique.filter((folder) => !unique.some((other) => other !== folder && isInside(other, folder)));
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
