import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';

export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'json', 1, text), edits);
}

/** Applies the edits a code action makes to one document. */
export function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  if (edits === undefined) throw new Error(`The action "${action.title}" has no edit for ${uri}`);
  return applyTextEdits(text, edits);
}
