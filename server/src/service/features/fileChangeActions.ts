/**
 * A fix that reaches beyond its document (renaming a file, editing the scripts that name it) as an
 * LSP workspace edit: text edits first, each against the file's current text, then the rename.
 */
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { FileChanges } from '../types';

export function withFileChanges(uri: string, edits: TextEdit[], files: FileChanges): WorkspaceEdit {
  const byUri = new Map<string, TextEdit[]>();
  if (edits.length > 0) byUri.set(uri, edits);
  for (const edit of files.edits ?? []) {
    const range = {
      start: { line: edit.line, character: edit.character },
      end: { line: edit.line, character: edit.character + edit.length },
    };
    byUri.set(edit.uri, [...(byUri.get(edit.uri) ?? []), { range, newText: edit.newText }]);
  }
  return {
    documentChanges: [
      ...[...byUri].map(([target, textEdits]) => ({ textDocument: { uri: target, version: null }, edits: textEdits })),
      ...(files.rename !== undefined
        ? [
            {
              kind: 'rename' as const,
              oldUri: files.rename.from,
              newUri: files.rename.to,
              options: { overwrite: false, ignoreIfExists: false },
            },
          ]
        : []),
    ],
  };
}
