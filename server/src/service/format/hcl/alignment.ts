/**
 * Lines up the `=` of consecutive argument lines, then the trailing comments of consecutive lines
 * that have one. A run ends at any line without such a cell (a blank line, a block header, a
 * comment on its own line), which is how `packer fmt` groups them.
 */
import { NONE, type FormatLines } from './lines';
import type { FormatTokens } from './tokens';

export function alignCells(tokens: FormatTokens, lines: FormatLines, text: string): void {
  const lead = (line: number) => columns(tokens, lines.first[line]!, lines.leadEnd(line), text);
  alignRuns(tokens, lines.assign, lines.count, lead);
  // Measured after the `=` moved, so comments line up with the aligned arguments.
  const assign = (line: number) => {
    const from = lines.assign[line]!;
    return from === NONE ? 0 : columns(tokens, from, lines.assignEnd(line), text);
  };
  alignRuns(tokens, lines.comment, lines.count, (line) => lead(line) + assign(line));
}

/** `cells[line]` is the first token of the cell to align on that line, or NONE. */
function alignRuns(tokens: FormatTokens, cells: Int32Array, count: number, width: (line: number) => number): void {
  const widths: number[] = [];
  let runStart = 0;
  const close = (runEnd: number): void => {
    widths.length = 0;
    let widest = 0;
    for (let line = runStart; line < runEnd; line++) {
      const measured = width(line);
      widths.push(measured);
      widest = Math.max(widest, measured);
    }
    for (let line = runStart; line < runEnd; line++) {
      tokens.spaces[cells[line]!] = widest - widths[line - runStart]! + 1;
    }
  };
  for (let line = 0; line < count; line++) {
    if (cells[line] !== NONE) continue;
    if (line > runStart) close(line);
    runStart = line + 1;
  }
  if (count > runStart) close(count);
}

// Made on first use: creating a segmenter loads ICU's break rules, a noticeable part of the
// server's start-up, and most texts are ASCII.
let graphemes: Intl.Segmenter | undefined;

/** The width of a cell in columns: its spaces plus one column per user-perceived character. */
function columns(tokens: FormatTokens, from: number, to: number, text: string): number {
  let total = 0;
  for (let i = from; i < to; i++) total += tokens.spaces[i]! + graphemeCount(text, tokens.starts[i]!, tokens.ends[i]!);
  return total;
}

function graphemeCount(text: string, start: number, end: number): number {
  let ascii = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Only a CR LF pair or a non-ASCII character can make one column of several code units.
    if (c >= 0x80 || c === 0x0d) {
      ascii = false;
      break;
    }
  }
  if (ascii) return end - start;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...graphemes.segment(text.slice(start, end))].length;
}
