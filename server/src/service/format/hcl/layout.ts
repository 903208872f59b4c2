/**
 * The formatting passes over one text: tokens, lines, then indentation, spacing and alignment, in
 * that order (alignment measures the spaces the earlier passes set). The result is the token list
 * with new `spacesBefore`; `render` and `edits` turn it into text or edits.
 */
import { alignCells } from './alignment';
import { indentLines } from './indentation';
import { lexForFormat } from './lexer';
import { splitLines } from './lines';
import { spaceLines } from './spacing';
import type { FormatToken } from './tokens';

export function layoutTokens(text: string): FormatToken[] {
  const tokens = lexForFormat(text);
  const lines = splitLines(tokens, text);
  indentLines(lines);
  spaceLines(lines, text);
  alignCells(lines, text);
  return tokens;
}
