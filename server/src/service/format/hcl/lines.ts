/**
 * Groups tokens into lines, and each line into up to three cells that the alignment pass lines up
 * with the neighbouring lines: `lead` (everything up to the others), `assign` (from the `=` of an
 * argument written whole on the line) and `comment` (a line comment after some code).
 *
 * A heredoc's text holds no newline tokens, so a heredoc stays on the line that opens it: its
 * lines are never re-indented.
 *
 * Lines and cells are ranges of token indices, kept in typed arrays like the tokens themselves.
 */
import { bracketChange, endsLine, K, type FormatTokens } from './tokens';

/** No such cell on the line. */
export const NONE = -1;

export class FormatLines {
  count = 0;
  /** The line's first token; the lead cell runs from it to the next cell or the line's end. */
  readonly first: Int32Array;
  /** The first token of the `assign` cell, or NONE. */
  readonly assign: Int32Array;
  /** The line's trailing comment token, or NONE. */
  readonly comment: Int32Array;
  /** One past the line's last token. */
  readonly end: Int32Array;

  constructor(capacity: number) {
    this.first = new Int32Array(capacity);
    this.assign = new Int32Array(capacity);
    this.comment = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }

  /** One past the last token of the line's lead cell. */
  leadEnd(line: number): number {
    const assign = this.assign[line]!;
    if (assign !== NONE) return assign;
    const comment = this.comment[line]!;
    return comment !== NONE ? comment : this.end[line]!;
  }

  /** One past the last token of the line's assign cell (meaningful when it has one). */
  assignEnd(line: number): number {
    const comment = this.comment[line]!;
    return comment !== NONE ? comment : this.end[line]!;
  }
}

export function splitLines(tokens: FormatTokens, text: string): FormatLines {
  let count = 1;
  for (let i = 0; i < tokens.count; i++) if (endsLine(tokens, i, text)) count++;
  const lines = new FormatLines(count);
  let first = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] === K.EOF) break; // the end belongs to no line
    if (endsLine(tokens, i, text)) {
      addLine(lines, tokens, first, i + 1);
      first = i + 1;
    }
  }
  // The last line: up to the end of the text, without the EOF token.
  let last = first;
  while (last < tokens.count && tokens.kinds[last] !== K.EOF) last++;
  addLine(lines, tokens, first, last);
  return lines;
}

function addLine(lines: FormatLines, tokens: FormatTokens, first: number, end: number): void {
  const line = lines.count++;
  lines.first[line] = first;
  lines.end[line] = end;
  let leadEnd = end;
  lines.comment[line] = NONE;
  if (end - first > 1 && tokens.kinds[end - 1] === K.Comment) {
    lines.comment[line] = end - 1;
    leadEnd = end - 1;
  }
  lines.assign[line] = NONE;
  let equals = NONE;
  for (let i = first + 1; i < leadEnd; i++) {
    if (tokens.kinds[i] === K.Equal) {
      equals = i;
      break;
    }
  }
  // Only an argument whose value closes on this line aligns; `x = {` opens a multi-line value.
  if (equals !== NONE && netBrackets(tokens, equals, leadEnd) === 0) lines.assign[line] = equals;
}

export function netBrackets(tokens: FormatTokens, from: number, to: number): number {
  let net = 0;
  for (let i = from; i < to; i++) net += bracketChange(tokens.kinds[i] as K);
  return net;
}
