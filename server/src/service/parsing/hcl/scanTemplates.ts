/**
 * The scanner's template modes: quoted strings and heredocs, whose text runs until a closing quote
 * or marker, a `${` / `%{` (which pushes a main-mode frame until its `}`), or the end of the text.
 * Literal text becomes LIT tokens, or LIT_COMPLEX when the parser must decode it.
 */
import { isCurlyDoubleQuote, isCurlySingleQuote } from './chars';
import * as msg from './lexicalMessages';
import { Frame, Mode, Quote } from './scanFrames';
import type { Scanner } from './scanner';
import { T } from './tokens';

export function scanQuoted(s: Scanner, frame: Frame): void {
  const text = s.text;
  const len = s.len;
  let pos = s.pos;
  const litStart = pos;
  let complex = false;
  const flush = (end: number): void => {
    if (end > litStart) s.tokens.push(complex ? T.LIT_COMPLEX : T.LIT, litStart, end);
  };
  for (;;) {
    if (pos >= len) {
      flush(pos);
      if (!frame.reported) s.diagnostics.push(msg.unterminatedString({ start: frame.start, end: len }));
      return closeQuoted(s, frame, len, len);
    }
    const c = text.charCodeAt(pos);
    if (closesQuote(frame.quote, c)) {
      flush(pos);
      return closeQuoted(s, frame, pos, pos + 1);
    }
    switch (c) {
      case 0x5c: {
        // \: an escape; the parser decodes (and judges) it
        complex = true;
        const next = text.charCodeAt(pos + 1);
        pos += next === 0x0a || next === 0x0d || Number.isNaN(next) ? 1 : 2;
        continue;
      }
      case 0x24: // $
      case 0x25: {
        // %
        const next = text.charCodeAt(pos + 1);
        if (next === 0x7b) {
          flush(pos);
          const strip = text.charCodeAt(pos + 2) === 0x7e;
          const kind = c === 0x24 ? (strip ? T.INTERP_STRIP : T.INTERP) : strip ? T.CONTROL_STRIP : T.CONTROL;
          s.pushInterp(kind, pos, pos + (strip ? 3 : 2), true);
          return;
        }
        if (next === c && text.charCodeAt(pos + 2) === 0x7b) {
          complex = true; // $${ and %%{ stand for a literal ${ and %{
          pos += 3;
          continue;
        }
        pos++;
        continue;
      }
      case 0x0a:
      case 0x0d: {
        const width = c === 0x0d && text.charCodeAt(pos + 1) === 0x0a ? 2 : 1;
        if (nextLineCloses(text, pos + width, frame.quote)) {
          // A string split over lines, closed on the next one: read it whole.
          if (!frame.reported) s.diagnostics.push(msg.multilineString({ start: pos, end: pos + width }));
          frame.reported = true;
          pos += width;
          continue;
        }
        flush(pos);
        if (!frame.reported) s.diagnostics.push(msg.unterminatedString({ start: frame.start, end: pos }));
        return closeQuoted(s, frame, pos, pos);
      }
      default:
        if (c >= 0x80) complex = true;
        pos++;
    }
  }
}

function closesQuote(quote: Quote, c: number): boolean {
  switch (quote) {
    case Quote.Straight:
      return c === 0x22;
    case Quote.Single:
      return c === 0x27;
    case Quote.Curly:
      return c === 0x22 || isCurlyDoubleQuote(c);
    case Quote.CurlySingle:
      return c === 0x27 || c === 0x22 || isCurlySingleQuote(c);
  }
}

/** A string left open at a line break goes on if the next line holds an odd number of quotes. */
function nextLineCloses(text: string, from: number, quote: Quote): boolean {
  let count = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) break;
    if (closesQuote(quote, c) && text.charCodeAt(i - 1) !== 0x5c) count++;
  }
  return count % 2 === 1;
}

/** Emits the closing quote (empty when the string was cut short) and reports a repaired quote. */
function closeQuoted(s: Scanner, frame: Frame, start: number, end: number): void {
  s.tokens.push(T.CQUOTE, start, end);
  s.frames.pop();
  s.pos = end;
  if (frame.quote === Quote.Straight || start === end) return;
  const range = { start: frame.start, end };
  const inner = s.text.slice(frame.start + frame.openChar.length, start);
  const close = s.text.slice(start, end);
  if (frame.quote === Quote.Single) {
    // Certain only when nothing inside would change meaning between the two kinds of quote.
    const fix = inner.includes('"') || inner.includes('\\') ? undefined : { range, newText: `"${inner}"` };
    s.diagnostics.push(msg.singleQuotes(range, fix));
  } else {
    s.diagnostics.push(
      msg.smartQuotes(range, frame.openChar, close === '"' ? undefined : close, { range, newText: `"${inner}"` }),
    );
  }
}

/**
 * `<<EOT` or `<<-EOT` then a line break starts a heredoc (spaces before the break are reported and
 * tolerated). Returns false when the text at `pos` is not one, leaving it to be read as `<`.
 */
export function tryHeredocIntroducer(s: Scanner, pos: number): boolean {
  const text = s.text;
  let i = pos + 2;
  const flush = text.charCodeAt(i) === 0x2d;
  if (flush) i++;
  const markerStart = i;
  while (i < s.len && isMarkerChar(text.charCodeAt(i), i === markerStart)) i++;
  if (i === markerStart) return false;
  const markerEnd = i;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  const spacesEnd = i;
  if (text.charCodeAt(i) === 0x0d) i++;
  if (text.charCodeAt(i) !== 0x0a) return false;
  if (spacesEnd > markerEnd) s.diagnostics.push(msg.heredocMarkerSpaces({ start: markerEnd, end: spacesEnd }));
  s.tokens.push(T.OHEREDOC, pos, markerEnd);
  const frame = new Frame(Mode.Heredoc);
  frame.marker = text.slice(markerStart, markerEnd);
  frame.start = pos;
  frame.openerEnd = markerEnd;
  s.frames.push(frame);
  s.pos = i + 1;
  return true;
}

function isMarkerChar(c: number, first: boolean): boolean {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  return first ? letter : letter || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

/** Heredoc and bare-template text: line by line, so that the parser can strip `<<-` indentation. */
export function scanHeredoc(s: Scanner, frame: Frame): void {
  const text = s.text;
  const len = s.len;
  const bare = frame.mode === Mode.Bare;
  let pos = s.pos;
  for (;;) {
    if (pos >= len) {
      s.pos = len;
      s.frames.pop();
      if (bare) return;
      s.diagnostics.push(msg.unterminatedHeredoc({ start: frame.start, end: frame.openerEnd }, frame.marker));
      s.tokens.push(T.CHEREDOC, len, len);
      return;
    }
    if (frame.startOfLine && !bare) {
      const end = closingMarkerEnd(text, pos, frame.marker);
      if (end >= 0) {
        s.tokens.push(T.CHEREDOC, end - frame.marker.length, end);
        s.frames.pop();
        // The newline after the marker is left to end the attribute.
        s.pos = end;
        return;
      }
    }
    const litStart = pos;
    let complex = false;
    for (;;) {
      if (pos >= len) {
        if (pos > litStart) s.tokens.push(complex ? T.LIT_COMPLEX : T.LIT, litStart, pos);
        frame.startOfLine = false;
        break;
      }
      const c = text.charCodeAt(pos);
      if (c === 0x0a) {
        pos++;
        s.tokens.push(complex ? T.LIT_COMPLEX : T.LIT, litStart, pos);
        frame.startOfLine = true;
        break;
      }
      if (c === 0x24 || c === 0x25) {
        const next = text.charCodeAt(pos + 1);
        if (next === 0x7b) {
          if (pos > litStart) s.tokens.push(complex ? T.LIT_COMPLEX : T.LIT, litStart, pos);
          frame.startOfLine = false;
          const strip = text.charCodeAt(pos + 2) === 0x7e;
          const kind = c === 0x24 ? (strip ? T.INTERP_STRIP : T.INTERP) : strip ? T.CONTROL_STRIP : T.CONTROL;
          s.pushInterp(kind, pos, pos + (strip ? 3 : 2), false);
          return;
        }
        if (next === c && text.charCodeAt(pos + 2) === 0x7b) {
          complex = true;
          pos += 3;
          continue;
        }
      } else if (c >= 0x80) complex = true;
      pos++;
    }
  }
}

/**
 * The end of the closing marker when the line at `pos` holds just the marker (spaces around it
 * allowed, as HCL trims them), else -1. The end of the text counts as the end of the line.
 */
function closingMarkerEnd(text: string, pos: number, marker: string): number {
  let i = pos;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  if (!text.startsWith(marker, i)) return -1;
  const end = i + marker.length;
  let j = end;
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d) j++;
  return j >= text.length || text.charCodeAt(j) === 0x0a ? end : -1;
}
