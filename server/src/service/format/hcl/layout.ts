/**
 * The formatting passes over one text: tokens, lines, then indentation, spacing and alignment, in
 * that order (alignment measures the spaces the earlier passes set). The result is the token list
 * with new spaces before each token; `edits` turns it into edits or text.
 */
import { alignCells } from './alignment';
import { indentLines } from './indentation';
import { splitLines } from './lines';
import { spaceLines } from './spacing';
import type { FormatTokens } from './tokens';

/** The text's tokens, laid out; lines and cells are only a means to that. */
export function layoutTokens(tokens: FormatTokens, text: string): FormatTokens {
  const lines = splitLines(tokens, text);
  indentLines(tokens, lines);
  spaceLines(tokens, lines, text);
  alignCells(tokens, lines, text);
  return tokens;
}
