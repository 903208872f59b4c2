/**
 * Between the service's UTF-16 offsets and LSP's line/character ranges, for the features that
 * answer in LSP types. The lines are those of the text the offsets were measured in, which is why
 * each caller builds them from the document it analysed (an unopened file: its text on disk).
 */
import type { Range } from 'vscode-languageserver-types';
import type { OffsetRange } from '../types';
import { LineIndex } from './lineIndex';

export type { LineIndex } from './lineIndex';

/** The line index of `text` (computed on the first conversion, then kept). */
export function linesOf(document: { text: string }): LineIndex {
  return new LineIndex(document.text);
}

export function lspRange(lines: LineIndex, range: OffsetRange): Range {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

export function offsetRange(lines: LineIndex, range: Range): OffsetRange {
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}
