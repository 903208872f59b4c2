/**
 * Indents each line by two spaces a nesting level. Levels are counted a line at a time: a line
 * that opens more brackets than it closes starts one level (however many brackets it opened), and
 * a line that closes brackets ends the levels those brackets opened. Counting per line rather than
 * per bracket keeps `foo({` or `}]` at one level, and keeps unbalanced text from drifting.
 */
import type { FormatLines } from './lines';
import { bracketChange, K, type FormatTokens } from './tokens';

const INDENT = 2;

export function indentLines(tokens: FormatTokens, lines: FormatLines): void {
  /** For each open level, how many brackets opened it and are still open. */
  const levels: number[] = [];
  for (let line = 0; line < lines.count; line++) {
    const first = lines.first[line]!;
    const leadEnd = lines.leadEnd(line);
    if (first >= lines.end[line]!) continue;
    if (tokens.kinds[first] === K.Newline) {
      tokens.spaces[first] = 0; // a blank line keeps no trailing spaces
      continue;
    }
    let net = 0;
    for (let i = first; i < leadEnd; i++) {
      const kind = tokens.kinds[i] as K;
      net += bracketChange(kind);
      // A heredoc's text is not code: its braces must not count.
      if (kind === K.OHeredoc) break;
    }
    // An assign cell closes what it opens (lines.ts), so it never changes the level.

    if (net > 0) {
      tokens.spaces[first] = INDENT * levels.length;
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
    tokens.spaces[first] = INDENT * levels.length;
  }
}
