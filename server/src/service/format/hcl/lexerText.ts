/**
 * Where the formatter's tokens end, read from character codes. Each has a fast path for ASCII,
 * which is nearly all of any real file, and falls back to the Unicode-aware regular expression
 * that states the rule, so that both paths always agree.
 */

const IDENT = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
/** What Go's `bytes.TrimSpace` trims from a heredoc line before comparing it with the marker. */
const EDGE_SPACES = /^[\s\u0085]+|[\s\u0085]+$/gu;

function isAsciiLetterOrUnderscore(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

function isAsciiIdentifierPart(c: number): boolean {
  return isAsciiLetterOrUnderscore(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

/** The end of the identifier at `pos`, or `pos` when none starts there. */
export function identifierEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (isAsciiLetterOrUnderscore(c)) {
    let end = pos + 1;
    while (isAsciiIdentifierPart(text.charCodeAt(end))) end++;
    // A non-ASCII character may continue the name (`café`): the full rule decides.
    if (!(text.charCodeAt(end) >= 0x80)) return end;
  } else if (c < 0x80) return pos;
  IDENT.lastIndex = pos;
  return IDENT.test(text) ? IDENT.lastIndex : pos;
}

export function lineCommentEnd(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  return newline < 0 ? text.length : newline + 1;
}

/** Digits, with `.` and exponents inside, never ending on a `.` (that dot is an attribute access). */
export function numberEnd(text: string, pos: number): number {
  let end = pos + 1;
  let i = end;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) end = ++i;
    else if (c === 0x2e) i++;
    else if (c === 0x65 || c === 0x45) {
      const sign = text.charCodeAt(i + 1) === 0x2b || text.charCodeAt(i + 1) === 0x2d ? 1 : 0;
      const digit = text.charCodeAt(i + 1 + sign);
      if (digit < 0x30 || digit > 0x39) break;
      end = i = i + 2 + sign;
    } else break;
  }
  return end;
}

/** ASCII characters Go's `bytes.TrimSpace` (and `\s`) trim: tab, LF, VT, FF, CR, space. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Whether the heredoc line `start..end` (its line break excluded) is the closing marker, spaces around it trimmed. */
export function isClosingMarker(text: string, start: number, end: number, marker: string): boolean {
  let first = start;
  let last = end;
  while (first < last && isAsciiSpace(text.charCodeAt(first))) first++;
  while (last > first && isAsciiSpace(text.charCodeAt(last - 1))) last--;
  if (first < last && (text.charCodeAt(first) >= 0x80 || text.charCodeAt(last - 1) >= 0x80)) {
    // A non-ASCII character at an edge may be a space too (U+00A0, U+0085...): the full rule decides.
    return text.slice(start, end).replace(EDGE_SPACES, '') === marker;
  }
  return last - first === marker.length && text.startsWith(marker, first);
}
