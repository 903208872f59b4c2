/**
 * Opens legacy Packer templates (`.json` with a top-level `builders` array) as `packer-json`, so that the
 * Packer server explains them instead of VS Code's JSON checker piling errors onto one curly quote.
 */
import * as vscode from 'vscode';
import { isLegacyJsonTemplate } from './legacyJson';

const SETTING_SECTION = 'packer.languages';
const SETTING = 'detectLegacyJson';

export function registerLegacyJsonDetection(): vscode.Disposable {
  /**
   * Files the user turned back to JSON with "Change Language Mode"; left alone for the session. VS Code
   * reports a language change as a close of the old document and an open of the new one in the same
   * turn, which is how a switch back is told apart from closing the file and opening it again later.
   */
  const keptAsJson = new Set<string>();
  const justClosed = new Set<string>();

  const check = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'json') return;
    const key = document.uri.toString();
    if (justClosed.has(key)) keptAsJson.add(key);
    if (keptAsJson.has(key)) return;
    if (!vscode.workspace.getConfiguration(SETTING_SECTION, document).get<boolean>(SETTING, true)) return;
    if (!isLegacyJsonTemplate(document.getText())) return;
    void vscode.languages.setTextDocumentLanguage(document, 'packer-json').then(undefined, () => undefined);
  };

  const checkAll = (): void => vscode.workspace.textDocuments.forEach(check);
  checkAll();

  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.languageId !== 'packer-json') return;
      const key = document.uri.toString();
      justClosed.add(key);
      setTimeout(() => justClosed.delete(key), 0);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTING_SECTION}.${SETTING}`)) checkAll();
    }),
  );
}
