/**
 * Our HCL2 formatter: the layout `packer fmt` gives, computed from the editor's text (never the
 * file on disk, never by running packer). It changes only the spaces between tokens, never a
 * token, and declines text with syntax errors, whose tokens are not yet what the user means.
 *
 *   formatHcl(text)               the formatted text, or why not
 *   formatHclEdits(text, range?)  the same as minimal edits, optionally limited to the lines of a range
 */
import { parseHcl } from '../../parsing/hcl';
import { gapEdits, type OffsetEdit } from './edits';
import { layoutTokens } from './layout';
import { unreadableAt } from './lexer';
import { render } from './render';
import { sameTokens } from './tokenCheck';
import type { FormatToken } from './tokens';

export type { OffsetEdit } from './edits';

export function formatHcl(text: string): string | { declined: string } {
  const laidOut = layout(text);
  return 'declined' in laidOut ? laidOut : laidOut.formatted;
}

export function formatHclEdits(
  text: string,
  range?: { start: number; end: number },
): OffsetEdit[] | { declined: string } {
  // Laid out whole, so that alignment with lines outside the range comes out as a full format.
  const laidOut = layout(text);
  if ('declined' in laidOut) return laidOut;
  const edits = gapEdits(laidOut.tokens, text);
  if (range === undefined) return edits;
  const lines = coveredLines(text, range);
  return edits.filter((edit) => edit.start >= lines.start && edit.end <= lines.end);
}

function layout(text: string): { tokens: FormatToken[]; formatted: string } | { declined: string } {
  const declined = declineReason(text);
  if (declined !== undefined) return { declined };
  const tokens = layoutTokens(text);
  const unreadable = unreadableAt(text, tokens);
  if (unreadable !== undefined) {
    return { declined: `HCL cannot read this text; fix it first, then format (line ${countLines(text, unreadable)}).` };
  }
  const formatted = render(tokens, text);
  if (!sameTokens(text, formatted)) {
    return { declined: 'The formatter could not keep every token of this file unchanged, so it left the file alone.' };
  }
  return { tokens, formatted };
}

function declineReason(text: string): string | undefined {
  const error = parseHcl(text).diagnostics.find((d) => d.severity === 'error');
  if (error === undefined) return undefined;
  const line = countLines(text, error.range.start);
  return `The file has syntax errors; fix them first, then format (line ${line}: ${error.summary}).`;
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** From the start of the range's first line to the end of its last (a range ending at a line start stops before it). */
function coveredLines(text: string, range: { start: number; end: number }): { start: number; end: number } {
  const start = text.lastIndexOf('\n', range.start - 1) + 1;
  let last = range.end;
  if (last > range.start && text[last - 1] === '\n') last--;
  const newline = text.indexOf('\n', Math.max(last, start));
  return { start, end: newline < 0 ? text.length : newline };
}
