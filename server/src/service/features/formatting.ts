/**
 * Formatting of JSON templates with jsonc-parser, honouring the editor's tab settings. It only
 * changes whitespace between tokens, which is safe on valid JSON. On text with syntax mistakes
 * (a curly-quoted string is not a token to jsonc-parser, so the spaces inside it would count as
 * whitespace between tokens) it declines: a format must never change what the user meant.
 */
import { format, type FormattingOptions as JsonFormattingOptions } from 'jsonc-parser';
import type { TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysedDocument } from '../document';
import type { OffsetRange } from '../types';

export interface FormattingOptions {
  tabSize: number;
  insertSpaces: boolean;
  insertFinalNewline?: boolean;
}

export type FormattingResult = { edits: TextEdit[] } | { declined: string };

export function formatJson(
  document: AnalysedDocument,
  options: FormattingOptions,
  range?: OffsetRange,
): FormattingResult {
  const blocking = document.recoveries.filter((r) => r.kind !== 'trailing-comma');
  if (blocking.length > 0) {
    return {
      declined: 'The template has syntax errors; fix them first, then format (formatting now could change strings).',
    };
  }
  const jsonOptions: JsonFormattingOptions = {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    insertFinalNewline: options.insertFinalNewline ?? false,
    eol: document.text.includes('\r\n') ? '\r\n' : '\n',
  };
  const lines = TextDocument.create(document.uri, 'json', document.version, document.text);
  const edits = format(
    document.text,
    range === undefined ? undefined : { offset: range.start, length: range.end - range.start },
    jsonOptions,
  );
  return {
    edits: edits.map((edit) => ({
      range: { start: lines.positionAt(edit.offset), end: lines.positionAt(edit.offset + edit.length) },
      newText: edit.content,
    })),
  };
}
