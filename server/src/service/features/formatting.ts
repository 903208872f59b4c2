/**
 * Formatting of JSON templates with jsonc-parser, honouring the editor's tab settings. It only
 * changes whitespace between tokens, which is safe on valid JSON. On text with syntax mistakes
 * (a curly-quoted string is not a token to jsonc-parser, so the spaces inside it would count as
 * whitespace between tokens) it declines: a format must never change what the user meant.
 *
 * HCL2 files get `packer fmt`'s layout from our own formatter (`format/hcl`), which ignores the
 * editor's tab settings on purpose: Packer's style is two spaces, and a file formatted in the
 * editor must stay unchanged when `packer fmt` runs over it.
 */
import { format, type FormattingOptions as JsonFormattingOptions } from 'jsonc-parser';
import type { TextEdit } from 'vscode-languageserver-types';
import type { AnalysedDocument } from '../document';
import { formatHclEdits, type OffsetEdit } from '../format/hcl';
import type { OffsetRange } from '../types';
import { linesOf, lspRange } from './lspRanges';

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
  const edits = format(
    document.text,
    range === undefined ? undefined : { offset: range.start, length: range.end - range.start },
    jsonOptions,
  );
  return {
    edits: toTextEdits(
      document,
      edits.map((edit) => ({ start: edit.offset, end: edit.offset + edit.length, newText: edit.content })),
    ),
  };
}

/** `packer fmt`'s layout for an HCL2 file, as small edits; declined while the file has syntax errors. */
export function formatHcl(document: AnalysedDocument, range?: OffsetRange): FormattingResult {
  // The analysis parsed this text already: its diagnostics say whether it has syntax errors.
  const file = document.hcl?.file;
  const result = formatHclEdits(document.text, range, file?.text === document.text ? file : undefined);
  if ('declined' in result) return result;
  return { edits: toTextEdits(document, result) };
}

function toTextEdits(document: AnalysedDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  const lines = linesOf(document);
  return edits.map((edit) => ({ range: lspRange(lines, edit), newText: edit.newText }));
}
