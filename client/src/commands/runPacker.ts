/**
 * The steps every packer-running command shares: refuse in Restricted Mode, find the template, plan the
 * run through the same builder as the task provider, and start it as a task.
 */
import * as vscode from 'vscode';
import { offerFixes } from '../packerBinary';
import { refuseIfUntrusted } from '../trust';
import type { PackerRun, PackerVerb } from '../tasks/packerArgs';
import { createPackerTask, planDefinition, TASK_TYPE, type PackerTaskDefinition } from '../tasks/packerTask';
import type { CommandContext } from './context';

const ACTION_NAMES: Record<PackerVerb, string> = {
  build: 'Build',
  validate: 'Validate',
  fmt: 'Format',
  init: 'Init',
  inspect: 'Inspect',
};

/**
 * The file a command was run on: the explorer or editor-title item it was invoked from, else the active
 * editor. Saves that editor first, since packer reads the file from disk.
 */
async function templateFor(uri: unknown, verb: PackerVerb): Promise<vscode.TextDocument | vscode.Uri | undefined> {
  if (uri instanceof vscode.Uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return open ? saved(open) : uri;
  }
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(`Packer ${ACTION_NAMES[verb]}: open a Packer template first.`);
    return undefined;
  }
  return saved(document);
}

async function saved(document: vscode.TextDocument): Promise<vscode.TextDocument> {
  if (document.isDirty) await document.save();
  return document;
}

function uriOf(template: vscode.TextDocument | vscode.Uri): vscode.Uri {
  return template instanceof vscode.Uri ? template : template.uri;
}

/** Trust, a file on disk, packer itself: checked in this order, each refusal explained. */
export async function planCommand(ctx: CommandContext, verb: PackerVerb, uri: unknown): Promise<PackerRun | undefined> {
  if (refuseIfUntrusted(ACTION_NAMES[verb])) return undefined;
  const template = await templateFor(uri, verb);
  if (!template) return undefined;
  const templateUri = uriOf(template);
  if (templateUri.scheme !== 'file') {
    void vscode.window.showWarningMessage(
      `Packer ${ACTION_NAMES[verb]}: packer runs files on disk; save this file first.`,
    );
    return undefined;
  }
  const definition: PackerTaskDefinition = { type: TASK_TYPE, command: verb, template: templateUri.fsPath };
  const planned = await planDefinition(definition, vscode.workspace.getWorkspaceFolder(templateUri), (scope) =>
    ctx.packer.lookup(scope),
  );
  if (planned.ok) return planned.run;
  if (planned.packerMissing) void offerFixes(planned.problem);
  else void vscode.window.showErrorMessage(planned.problem);
  return undefined;
}

/** Starts `run` as a task whose definition records every choice, so that "Rerun Last Task" repeats it. */
export async function startTask(run: PackerRun, options: readonly string[] = []): Promise<void> {
  const template = run.target.file ?? run.target.cwd;
  const definition: PackerTaskDefinition = { type: TASK_TYPE, command: run.verb, template, args: [...options] };
  const scope = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(template)) ?? vscode.TaskScope.Workspace;
  try {
    await vscode.tasks.executeTask(createPackerTask(definition, scope, run));
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Packer ${ACTION_NAMES[run.verb]} could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The usual command: plan, then run. */
export async function runVerb(ctx: CommandContext, verb: PackerVerb, uri: unknown): Promise<void> {
  const run = await planCommand(ctx, verb, uri);
  if (run) await startTask(run);
}
