/**
 * Lines up the `=` of consecutive argument lines, then the trailing comments of consecutive lines
 * that have one. A run ends at any line without such a cell (a blank line, a block header, a
 * comment on its own line), which is how `packer fmt` groups them.
 */
import type { FormatLine } from './lines';
import type { FormatToken } from './tokens';

export function alignCells(lines: readonly FormatLine[], text: string): void {
  alignRuns(lines, 'assign', (line) => columns(line.lead, text));
  // Measured after the `=` moved, so comments line up with the aligned arguments.
  alignRuns(lines, 'comment', (line) => columns(line.lead, text) + columns(line.assign ?? [], text));
}

function alignRuns(
  lines: readonly FormatLine[],
  cell: 'assign' | 'comment',
  width: (line: FormatLine) => number,
): void {
  let run: FormatLine[] = [];
  const close = (): void => {
    const widths = run.map(width);
    const widest = Math.max(...widths);
    run.forEach((line, i) => {
      line[cell]![0]!.spacesBefore = widest - widths[i]! + 1;
    });
    run = [];
  };
  for (const line of lines) {
    if (line[cell] !== undefined) run.push(line);
    else if (run.length > 0) close();
  }
  if (run.length > 0) close();
}

// Made on first use: creating a segmenter loads ICU's break rules, a noticeable part of the
// server's start-up, and most texts are ASCII.
let graphemes: Intl.Segmenter | undefined;

/** The width of a cell in columns: its spaces plus one column per user-perceived character. */
function columns(cell: readonly FormatToken[], text: string): number {
  let total = 0;
  for (const token of cell) {
    total += token.spacesBefore + graphemeCount(text, token.start, token.end);
  }
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
