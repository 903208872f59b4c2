/**
 * The one place that turns a `packer` task definition into a runnable `vscode.Task`; the commands and the
 * task provider both come through here. Packer runs as a ProcessExecution (argv, no shell) in the
 * integrated terminal; `validate` runs through ValidateTerminal so that its problems can be placed, and
 * `build` through BuildTerminal so that its progress can be read.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Lookup } from '../packerBinary';
import { BuildTerminal } from './buildTerminal';
import { planRun, type PackerRun, type PackerVerb } from './packerArgs';
import { checkDefinition, versionProblem } from './taskDefinition';
import { ValidateTerminal } from './validateTerminal';
import { variableLookup } from './variables';

export const TASK_TYPE = 'packer';
export const TASK_SOURCE = 'packer';

export interface PackerTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  command: PackerVerb;
  /** A template file or an HCL2 folder; variables allowed. Default: the workspace folder. */
  template?: string;
  /** Options before the template, one argv entry each. */
  args?: string[];
}

export type Planned =
  | { ok: true; run: PackerRun }
  /** `packerMissing`: the fix is installing Packer or setting `packer.path`. */
  | { ok: false; problem: string; packerMissing?: boolean };

type Scope = vscode.WorkspaceFolder | vscode.TaskScope.Global | vscode.TaskScope.Workspace;

function folderOf(scope: Scope | undefined): vscode.WorkspaceFolder | undefined {
  return typeof scope === 'object' ? scope : undefined;
}

/** Checks a definition and works out the packer run it stands for. */
export async function planDefinition(
  definition: vscode.TaskDefinition,
  scope: Scope | undefined,
  lookupPacker: (scope?: vscode.Uri) => Promise<Lookup>,
): Promise<Planned> {
  const folder = folderOf(scope) ?? vscode.workspace.workspaceFolders?.[0];
  const activeFile = vscode.window.activeTextEditor?.document.uri;
  const lookup = variableLookup({
    ...(folder?.uri.scheme === 'file' && { workspaceFolder: folder.uri.fsPath }),
    ...(activeFile?.scheme === 'file' && { file: activeFile.fsPath }),
    env: process.env,
    userHome: os.homedir(),
    pathSeparator: path.sep,
  });
  const checked = checkDefinition(definition, lookup, os.homedir());
  if (!checked.ok) return checked;

  let isDirectory: boolean;
  try {
    isDirectory = (await fs.stat(checked.templatePath)).isDirectory();
  } catch {
    return { ok: false, problem: `The template ${checked.templatePath} does not exist.` };
  }
  const packer = await lookupPacker(vscode.Uri.file(checked.templatePath));
  if (!packer.ok) return { ok: false, problem: packer.problem, packerMissing: true };
  const tooOld = versionProblem(checked.verb, packer.info.version, packer.info.path);
  if (tooOld !== undefined) return { ok: false, problem: tooOld, packerMissing: true };
  return { ok: true, run: planRun(packer.info.path, checked.verb, checked.templatePath, isDirectory, checked.args) };
}

/** `validate images/web`, `build seed.json`: what packer runs against, as the workspace shows it. */
export function taskName(run: PackerRun): string {
  const shown = run.target.arg === '.' ? run.target.cwd : (run.target.file ?? run.target.cwd);
  return `${run.verb} ${vscode.workspace.asRelativePath(shown, false)}`;
}

export function createPackerTask(definition: vscode.TaskDefinition, scope: Scope, run: PackerRun): vscode.Task {
  const execution =
    run.verb === 'validate'
      ? new vscode.CustomExecution(() => Promise.resolve(new ValidateTerminal(run)))
      : run.verb === 'build'
        ? new vscode.CustomExecution(() => Promise.resolve(new BuildTerminal(run)))
        : new vscode.ProcessExecution(run.packerPath, run.args, { cwd: run.target.cwd });
  const task = new vscode.Task(
    definition,
    scope,
    taskName(run),
    TASK_SOURCE,
    execution,
    run.verb === 'validate' ? ['$packer'] : [],
  );
  task.detail = `${['packer', ...run.args].join(' ')}  (in ${run.target.cwd})`;
  if (run.verb === 'build') task.group = vscode.TaskGroup.Build;
  task.presentationOptions = {
    reveal: vscode.TaskRevealKind.Always,
    panel: vscode.TaskPanelKind.Dedicated,
    clear: true,
  };
  return task;
}

/** A task that only explains why it cannot run: a tasks.json mistake should be read where it is run. */
export function explainingTask(
  definition: vscode.TaskDefinition,
  scope: Scope,
  name: string,
  problem: string,
): vscode.Task {
  const execution = new vscode.CustomExecution(() => Promise.resolve(new MessageTerminal(problem)));
  return new vscode.Task(definition, scope, name, TASK_SOURCE, execution, []);
}

class MessageTerminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;

  constructor(private readonly message: string) {}

  open(): void {
    this.writeEmitter.fire(`${this.message}\r\n`);
    this.closeEmitter.fire(1);
  }

  close(): void {}
}
