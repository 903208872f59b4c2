/**
 * "Packer: Convert Template to HCL2": the language server converts the legacy JSON template (no
 * packer is run, so this works in Restricted Mode too); the result opens beside the template as
 * an unsaved `<name>.pkr.hcl`, which one click (or Save) writes next to the template. Nothing is
 * written without that click, and an existing file is never overwritten from here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { errorText } from '../packerBinary';
import type { CommandContext } from './context';

const TITLE = 'Convert Template to HCL2';

export async function convertToHcl(ctx: CommandContext, uri: unknown): Promise<void> {
  const template = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (template === undefined) {
    void vscode.window.showInformationMessage(`Packer ${TITLE}: open a legacy JSON template first.`);
    return;
  }
  let result: { text: string; warnings: string[] };
  try {
    result = await ctx.client.convertToHcl(template);
  } catch (error) {
    void vscode.window.showErrorMessage(`Packer ${TITLE}: ${errorText(error)}`);
    return;
  }
  for (const warning of result.warnings) ctx.client.outputChannel.appendLine(`${TITLE}: ${warning}`);

  const target = hclPathFor(template);
  const taken = target !== undefined && (await exists(vscode.Uri.file(target)));
  const document = await openUnsaved(result.text, taken ? undefined : target);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside });

  const notes = result.warnings.length === 0 ? '' : ` ${noteCount(result.warnings.length)} (see the comments in it).`;
  if (target === undefined || taken) {
    const why = target === undefined ? 'the template is not a file' : `${path.basename(target)} already exists`;
    void vscode.window.showInformationMessage(`Converted to HCL2; ${why}, so this copy stays unsaved.${notes}`);
    return;
  }
  const save = `Save as ${path.basename(target)}`;
  const choice = await vscode.window.showInformationMessage(`Converted to HCL2.${notes}`, save);
  if (choice === save) await document.save();
}

/** `windows.json` → `<same folder>/windows.pkr.hcl`; undefined for a template that is not a file. */
export function hclPathFor(template: vscode.Uri): string | undefined {
  if (template.scheme !== 'file') return undefined;
  const base = path.basename(template.fsPath).replace(/(\.pkr)?\.json$/i, '');
  return path.join(path.dirname(template.fsPath), `${base}.pkr.hcl`);
}

/** An untitled document; with a path, saving it writes that file without asking where. */
async function openUnsaved(text: string, target: string | undefined): Promise<vscode.TextDocument> {
  if (target === undefined) return vscode.workspace.openTextDocument({ language: 'packer', content: text });
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(target).with({ scheme: 'untitled' }));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
  return document.languageId === 'packer' ? document : vscode.languages.setTextDocumentLanguage(document, 'packer');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function noteCount(count: number): string {
  return count === 1 ? '1 thing needs a look' : `${count} things need a look`;
}
