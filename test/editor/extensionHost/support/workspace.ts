/** Files of the test workspace: a fresh folder per scenario, the lab copied byte for byte, editors. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './wait';

/** From out/test/editor/extensionHost/support to the repository. */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
export const LAB_FIXTURE = path.join(ROOT, 'test', 'fixtures', 'lab', 'packer_configuration.json');
const EDITOR_FIXTURES = path.join(ROOT, 'test', 'editor', 'fixtures');

export { LAB_PROBLEMS } from '../../labProblems';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder?.uri.scheme !== 'file') throw new Error('The suite needs a workspace folder on disk.');
  return folder.uri.fsPath;
}

/** An empty folder `name` in the workspace (the launcher gives every run a fresh workspace). */
export function scenarioFolder(name: string): string {
  const folder = path.join(workspaceRoot(), name);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

export function copyLab(folder: string, as = 'packer_configuration.json'): vscode.Uri {
  const target = path.join(folder, as);
  fs.copyFileSync(LAB_FIXTURE, target);
  return vscode.Uri.file(target);
}

/** A template from test/editor/fixtures, saved under `as`. */
export function copyFixture(fixture: string, folder: string, as: string): vscode.Uri {
  const target = path.join(folder, as);
  fs.copyFileSync(path.join(EDITOR_FIXTURES, fixture), target);
  return vscode.Uri.file(target);
}

export function writeFile(folder: string, name: string, text: string): vscode.Uri {
  const target = path.join(folder, name);
  fs.writeFileSync(target, text);
  return vscode.Uri.file(target);
}

/** Opens the file in the active editor, as a click in the explorer would. */
export async function openInEditor(uri: vscode.Uri): Promise<void> {
  await vscode.window.showTextDocument(uri, { preview: false });
}

/** The open document of `uri` once its language is `languageId` (the language switch reopens it). */
export function documentAs(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  const find = (): vscode.TextDocument | undefined =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId);
  return waitFor(`${path.basename(uri.fsPath)} open as ${languageId}`, find, [vscode.workspace.onDidOpenTextDocument], {
    describe: () =>
      vscode.workspace.textDocuments
        .filter((d) => d.uri.toString() === uri.toString())
        .map((d) => d.languageId)
        .join(', ') || 'not open',
  });
}
