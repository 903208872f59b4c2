/**
 * `packer plugins install <source>` for the folder of a template: the fix a legacy JSON template gets
 * on Packer 1.10 and later, where `packer init` does not read JSON. Trusted workspaces only; Packer
 * runs as a task with argv (no shell).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { offerFixes } from '../packerBinary';
import { refuseIfUntrusted } from '../trust';
import { TASK_SOURCE } from '../tasks/packerTask';
import type { CommandContext } from './context';

/** Host/namespace/name, as `packer plugins install` takes it: nothing that could read as an option. */
const SOURCE = /^[A-Za-z0-9][\w.-]*\/[\w.-]+\/[\w.-]+$/;

export async function installPlugin(ctx: CommandContext, uri: unknown, source: unknown): Promise<void> {
  if (refuseIfUntrusted('Install Plugin')) return;
  const template = asUri(uri);
  if (template?.scheme !== 'file' || typeof source !== 'string' || !SOURCE.test(source)) {
    void vscode.window.showErrorMessage('Packer Install Plugin: give a saved template and a plugin source.');
    return;
  }
  const packer = await ctx.packer.lookup(template);
  if (!packer.ok) {
    void offerFixes(packer.problem);
    return;
  }
  const cwd = path.dirname(template.fsPath);
  const definition = { type: 'packer-plugins-install', source };
  const scope = vscode.workspace.getWorkspaceFolder(template) ?? vscode.TaskScope.Workspace;
  const execution = new vscode.ProcessExecution(packer.info.path, ['plugins', 'install', source], { cwd });
  const task = new vscode.Task(definition, scope, `plugins install ${source}`, TASK_SOURCE, execution, []);
  await vscode.tasks.executeTask(task);
}

/** Commands run from the editor get a `Uri`; from a code action of the server, its string form. */
export function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value !== 'string') return undefined;
  try {
    return vscode.Uri.parse(value, true);
  } catch {
    return undefined;
  }
}
