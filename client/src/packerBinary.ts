/**
 * The `packer` this extension runs: `packer.path`, else PATH (no shell involved). Its version is read
 * once per path and forgotten when the setting changes.
 */
import * as vscode from 'vscode';
import {
  processEnvironment,
  readPackerInfo,
  resolvePackerPath,
  type PackerInfo,
  type Resolution,
} from './packerLocate';

export const INSTALL_URL = 'https://developer.hashicorp.com/packer/install';

export type Lookup = { ok: true; info: PackerInfo } | { ok: false; problem: string };

export class PackerBinary implements vscode.Disposable {
  private readonly versions = new Map<string, Promise<PackerInfo>>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('packer.path')) this.versions.clear();
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.versions.clear();
  }

  /** Finds packer and its version, without any UI; `scope` picks the folder's `packer.path`. */
  async lookup(scope?: vscode.Uri): Promise<Lookup> {
    const resolution = resolvePackerPath(this.setting(scope), processEnvironment(this.baseDir(scope)));
    if (!resolution.found) return { ok: false, problem: describeMissing(resolution) };
    let pending = this.versions.get(resolution.path);
    if (!pending) {
      pending = readPackerInfo(resolution.path);
      this.versions.set(resolution.path, pending);
      // A failure is not kept: the user may fix it (install, chmod) without touching the setting.
      void pending.catch(() => this.versions.delete(resolution.path));
    }
    try {
      return { ok: true, info: await pending };
    } catch (error) {
      return { ok: false, problem: `"${resolution.path} version" failed: ${errorText(error)}.` };
    }
  }

  /** Like `lookup`, but tells the user what is missing and how to fix it. */
  async require(scope?: vscode.Uri): Promise<PackerInfo | undefined> {
    const result = await this.lookup(scope);
    if (result.ok) return result.info;
    void offerFixes(result.problem);
    return undefined;
  }

  private setting(scope: vscode.Uri | undefined): string | undefined {
    return vscode.workspace.getConfiguration('packer', scope).get<string>('path');
  }

  private baseDir(scope: vscode.Uri | undefined): string | undefined {
    const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
  }
}

function describeMissing(resolution: Extract<Resolution, { found: false }>): string {
  return resolution.source === 'setting'
    ? `Packer was not found at "${resolution.searched}" (the packer.path setting).`
    : 'Packer was not found on PATH. Install Packer, or set packer.path to the packer executable.';
}

/** Shows `problem` with the two ways out: install Packer, or point the setting at it. */
export async function offerFixes(problem: string): Promise<void> {
  const install = 'Install Packer';
  const setting = 'Open Setting';
  const choice = await vscode.window.showErrorMessage(problem, install, setting);
  if (choice === install) await vscode.env.openExternal(vscode.Uri.parse(INSTALL_URL));
  if (choice === setting) await vscode.commands.executeCommand('workbench.action.openSettings', 'packer.path');
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
