/**
 * The runs the lenses and the Packer view start with one click: build or validate a configuration, or
 * build one source of it (`-only`), with the variable file chosen in the view. No questions are asked:
 * **Packer: Build** from the palette is there for that. Both go through the same planning and task
 * builder as the palette (trust, packer's version, ProcessExecution without a shell).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CommandContext } from './commands/context';
import { planCommand, startTask } from './commands/runPacker';
import type { ConfigurationStore } from './configurations/configurationStore';
import { buildFlags, packerArgs } from './tasks/packerArgs';

export const BUILD_TARGET_COMMAND = 'packer.buildTarget';
export const VALIDATE_TARGET_COMMAND = 'packer.validateTarget';

/** What a lens or view item passes: the file or folder to run on, and the `-only` value if any. */
export interface RunTarget {
  /** A template file, or an HCL2 configuration's folder. */
  uri: string;
  only?: string;
}

export function registerRunActions(ctx: CommandContext, store: ConfigurationStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(BUILD_TARGET_COMMAND, (target: RunTarget) => run(ctx, store, 'build', target)),
    vscode.commands.registerCommand(VALIDATE_TARGET_COMMAND, (target: RunTarget) =>
      run(ctx, store, 'validate', target),
    ),
  ];
}

async function run(
  ctx: CommandContext,
  store: ConfigurationStore,
  verb: 'build' | 'validate',
  target: RunTarget,
): Promise<void> {
  const uri = vscode.Uri.parse(target.uri);
  const configuration = store.configurations.find((c) => c.uri === target.uri) ?? store.configurationOf(uri);
  // Packer reads the files from disk: unsaved edits of the configuration's files are saved first, as
  // the palette's commands save the file they run on.
  if (vscode.workspace.isTrusted && configuration !== undefined) {
    const files = new Set(configuration.files.map((f) => vscode.Uri.parse(f).toString()));
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && files.has(d.uri.toString()));
    await Promise.all(dirty.map((d) => d.save()));
  }
  const planned = await planCommand(ctx, verb, uri);
  if (!planned) return;
  const varFile = configuration === undefined ? undefined : store.varFileOf(configuration);
  const flags = buildFlags({
    ...(varFile !== undefined && { varFile: varFileArgument(vscode.Uri.parse(varFile).fsPath, planned.target.cwd) }),
    ...(verb === 'build' && target.only !== undefined && { only: [target.only] }),
  });
  await startTask({ ...planned, args: packerArgs(verb, planned.target, flags) }, flags);
}

/** Relative to packer's working directory when it lies there, as a person would type it. */
function varFileArgument(file: string, cwd: string): string {
  return path.dirname(file) === cwd ? path.basename(file) : file;
}
