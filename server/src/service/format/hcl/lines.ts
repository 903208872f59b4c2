/**
 * Groups tokens into lines, and each line into up to three cells that the alignment pass lines up
 * with the neighbouring lines: `lead` (everything up to the others), `assign` (from the `=` of an
 * argument written whole on the line) and `comment` (a line comment after some code).
 *
 * A heredoc's text holds no newline tokens, so a heredoc stays on the line that opens it: its
 * lines are never re-indented.
 */
import { bracketChange, endsLine, K, type FormatToken } from './tokens';

export interface FormatLine {
  lead: FormatToken[];
  assign: FormatToken[] | undefined;
  comment: FormatToken[] | undefined;
}

export function splitLines(tokens: readonly FormatToken[], text: string): FormatLine[] {
  const lines: FormatLine[] = [];
  let current: FormatToken[] = [];
  for (const token of tokens) {
    if (token.kind === K.EOF) break; // the end belongs to no line
    current.push(token);
    if (endsLine(token, text)) {
      lines.push(cells(current));
      current = [];
    }
  }
  lines.push(cells(current));
  return lines;
}

function cells(tokens: FormatToken[]): FormatLine {
  const line: FormatLine = { lead: tokens, assign: undefined, comment: undefined };
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && last?.kind === K.Comment) {
    line.comment = tokens.slice(-1);
    line.lead = tokens.slice(0, -1);
  }
  const lead = line.lead;
  const equals = lead.findIndex((token, i) => i > 0 && token.kind === K.Equal);
  // Only an argument whose value closes on this line aligns; `x = {` opens a multi-line value.
  if (equals > 0 && netBrackets(lead.slice(equals)) === 0) {
    line.assign = lead.slice(equals);
    line.lead = lead.slice(0, equals);
  }
  return line;
}

function netBrackets(tokens: readonly FormatToken[]): number {
  let net = 0;
  for (const token of tokens) net += bracketChange(token.kind);
  return net;
}
