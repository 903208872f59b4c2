/**
 * Indents each line by two spaces a nesting level. Levels are counted a line at a time: a line
 * that opens more brackets than it closes starts one level (however many brackets it opened), and
 * a line that closes brackets ends the levels those brackets opened. Counting per line rather than
 * per bracket keeps `foo({` or `}]` at one level, and keeps unbalanced text from drifting.
 */
import type { FormatLine } from './lines';
import { bracketChange, K } from './tokens';

const INDENT = 2;

export function indentLines(lines: readonly FormatLine[]): void {
  /** For each open level, how many brackets opened it and are still open. */
  const levels: number[] = [];
  for (const line of lines) {
    const first = line.lead[0];
    if (first === undefined) continue;
    if (first.kind === K.Newline) {
      first.spacesBefore = 0; // a blank line keeps no trailing spaces
      continue;
    }
    let net = 0;
    for (const token of line.lead) {
      net += bracketChange(token.kind);
      // A heredoc's text is not code: its braces must not count.
      if (token.kind === K.OHeredoc) break;
    }
    for (const token of line.assign ?? []) net += bracketChange(token.kind);

    if (net > 0) {
      first.spacesBefore = INDENT * levels.length;
      levels.push(net);
      continue;
    }
    let closed = -net;
    while (closed > 0 && levels.length > 0) {
      const top = levels[levels.length - 1]!;
      if (closed < top) {
        levels[levels.length - 1] = top - closed;
        closed = 0;
      } else {
        levels.pop();
        closed -= top;
      }
    }
    first.spacesBefore = INDENT * levels.length;
  }
}
