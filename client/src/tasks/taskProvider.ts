/**
 * The `packer` task type: validate and build tasks for the Packer templates open in the editor, and the
 * resolution of `tasks.json` entries such as
 * `{ "type": "packer", "command": "build", "template": "${file}", "args": ["-var-file=prod.pkrvars.hcl"] }`.
 * In Restricted Mode it provides nothing and resolves nothing.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PackerBinary } from '../packerBinary';
import { targetFor } from './packerArgs';
import { createPackerTask, explainingTask, planDefinition, TASK_TYPE, type PackerTaskDefinition } from './packerTask';

const TEMPLATE_LANGUAGES = new Set(['packer', 'packer-json']);
const PROVIDED_VERBS = ['validate', 'build'] as const;

export function registerTaskProvider(packer: PackerBinary): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(TASK_TYPE, new PackerTaskProvider(packer));
}

class PackerTaskProvider implements vscode.TaskProvider {
  constructor(private readonly packer: PackerBinary) {}

  async provideTasks(): Promise<vscode.Task[]> {
    if (!vscode.workspace.isTrusted) return [];
    const tasks: vscode.Task[] = [];
    for (const template of openTemplates()) {
      for (const command of PROVIDED_VERBS) {
        const definition: PackerTaskDefinition = { type: TASK_TYPE, command, template: template.fsPath };
        const task = await this.toTask(definition, scopeOf(template));
        if (task) tasks.push(task);
      }
    }
    return tasks;
  }

  resolveTask(task: vscode.Task): Promise<vscode.Task | undefined> {
    if (!vscode.workspace.isTrusted) return Promise.resolve(undefined);
    const scope = task.scope === undefined ? vscode.TaskScope.Workspace : task.scope;
    // The definition must come back unchanged: VS Code matches it against the tasks.json entry.
    return this.toTask(task.definition, scope, task.name);
  }

  private async toTask(
    definition: vscode.TaskDefinition,
    scope: vscode.WorkspaceFolder | vscode.TaskScope.Global | vscode.TaskScope.Workspace,
    name?: string,
  ): Promise<vscode.Task | undefined> {
    const planned = await planDefinition(definition, scope, (uri) => this.packer.lookup(uri));
    if (planned.ok) return createPackerTask(definition, scope, planned.run);
    return explainingTask(definition, scope, name ?? `${String(definition['command'])}`, planned.problem);
  }
}

/**
 * Open Packer templates on disk, one entry per HCL2 folder (Packer reads the whole folder) and one per
 * legacy JSON file.
 */
function openTemplates(): vscode.Uri[] {
  const seen = new Map<string, vscode.Uri>();
  for (const document of vscode.workspace.textDocuments) {
    if (document.uri.scheme !== 'file' || !TEMPLATE_LANGUAGES.has(document.languageId)) continue;
    const target = targetFor(document.uri.fsPath, false);
    const uri = target.kind === 'hcl2' ? vscode.Uri.file(target.cwd) : document.uri;
    seen.set(uri.fsPath, uri);
  }
  return [...seen.values()].sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

function scopeOf(uri: vscode.Uri): vscode.WorkspaceFolder | vscode.TaskScope.Workspace {
  return (
    vscode.workspace.getWorkspaceFolder(uri) ??
    vscode.workspace.getWorkspaceFolder(vscode.Uri.file(path.dirname(uri.fsPath))) ??
    vscode.TaskScope.Workspace
  );
}
