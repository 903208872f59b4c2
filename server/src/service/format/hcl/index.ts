/**
 * Our HCL2 formatter: the layout `packer fmt` gives, computed from the editor's text (never the
 * file on disk, never by running packer). It changes only the spaces between tokens, never a
 * token, and declines text with syntax errors, whose tokens are not yet what the user means.
 *
 *   formatHcl(text, parsed?)               the formatted text, or why not
 *   formatHclEdits(text, range?, parsed?)  the same as minimal edits, optionally limited to the lines of a range
 *
 * `parsed` is our parser's result for this very text, when the caller has it already (an analysed
 * document): its diagnostics tell whether the text has syntax errors, without parsing it again.
 */
import { parseHcl } from '../../parsing/hcl';
import type { HclDiagnostic } from '../../parsing/hcl/diagnostics';
import { applyOffsetEdits, gapEdits, type OffsetEdit } from './edits';
import { layoutTokens } from './layout';
import { lexForFormat, unreadableAt } from './lexer';
import { sameTokens } from './tokenCheck';

export type { OffsetEdit } from './edits';

export interface ParsedHcl {
  diagnostics: readonly HclDiagnostic[];
}

export function formatHcl(text: string, parsed?: ParsedHcl): string | { declined: string } {
  const edits = formatHclEdits(text, undefined, parsed);
  return 'declined' in edits ? edits : applyOffsetEdits(text, edits);
}

export function formatHclEdits(
  text: string,
  range?: { start: number; end: number },
  parsed?: ParsedHcl,
): OffsetEdit[] | { declined: string } {
  // Laid out whole, so that alignment with lines outside the range comes out as a full format.
  const edits = layout(text, parsed ?? parseHcl(text));
  if ('declined' in edits || range === undefined) return edits;
  const lines = coveredLines(text, range);
  return edits.filter((edit) => edit.start >= lines.start && edit.end <= lines.end);
}

function layout(text: string, parsed: ParsedHcl): OffsetEdit[] | { declined: string } {
  const error = parsed.diagnostics.find((d) => d.severity === 'error');
  if (error !== undefined) {
    const line = countLines(text, error.range.start);
    return { declined: `The file has syntax errors; fix them first, then format (line ${line}: ${error.summary}).` };
  }
  const tokens = lexForFormat(text);
  const unreadable = unreadableAt(text, tokens);
  if (unreadable !== undefined) {
    return { declined: `HCL cannot read this text; fix it first, then format (line ${countLines(text, unreadable)}).` };
  }
  const edits = gapEdits(layoutTokens(tokens, text), text);
  // The safety net (our parser's scanner sees the same tokens after as before) has nothing to
  // check when nothing changes, the usual case of a format on save.
  if (edits.length > 0 && !sameTokens(text, applyOffsetEdits(text, edits))) {
    return { declined: 'The formatter could not keep every token of this file unchanged, so it left the file alone.' };
  }
  return edits;
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
