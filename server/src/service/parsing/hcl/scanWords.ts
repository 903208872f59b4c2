/**
 * The scanner's words: numbers, identifiers (a look-alike dash inside one is read as `-`), and the
 * non-ASCII characters that stand for something (curly quotes, look-alike dashes, spaces and
 * punctuation), each repair reported once.
 */
import {
  charAt,
  isAsciiIdentContinue,
  isCurlyDoubleQuote,
  isCurlySingleQuote,
  isUnicodeIdentContinue,
  isUnicodeIdentStart,
  standIn,
} from './chars';
import * as msg from './lexicalMessages';
import { type Frame, Quote } from './scanFrames';
import type { Scanner } from './scanner';
import { T } from './tokens';
import type { LookalikeCharacter } from '../characters';

/** HCL's NumberLit: digits, dots and exponents, never ending in a dot (`foo.0.bar`). */
export function scanNumber(s: Scanner, pos: number): number {
  const text = s.text;
  const start = pos++;
  let end = pos;
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c >= 0x30 && c <= 0x39) end = ++pos;
    else if (c === 0x2e) pos++;
    else if (c === 0x65 || c === 0x45) {
      let next = text.charCodeAt(pos + 1);
      let skip = 1;
      if (next === 0x2b || next === 0x2d) next = text.charCodeAt(pos + ++skip);
      if (!(next >= 0x30 && next <= 0x39)) break;
      end = pos += skip + 1;
    } else break;
  }
  s.tokens.push(T.NUMBER, start, end);
  return end;
}

/** An identifier: ID_Start (ID_Continue | '-')*, per UAX #31 and HCL. */
export function scanIdent(s: Scanner, pos: number, firstLength: number): number {
  const text = s.text;
  const start = pos;
  pos += firstLength;
  let repaired: string | undefined;
  let copied = start;
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c < 0x80) {
      if (isAsciiIdentContinue(c)) pos++;
      else break;
      continue;
    }
    if (Number.isNaN(c)) break;
    const char = charAt(text, pos);
    if (isUnicodeIdentContinue(char)) {
      pos += char.length;
      continue;
    }
    // `ami−name` with a minus sign: the name the user meant is `ami-name`.
    const entry = standIn(char);
    if (entry?.intended !== '-' || !identContinuesAt(s, pos + 1)) break;
    repaired = (repaired ?? '') + text.slice(copied, pos) + '-';
    reportLookalike(s, pos, pos + 1, entry);
    copied = ++pos;
  }
  if (repaired !== undefined) s.names.set(start, repaired + text.slice(copied, pos));
  s.tokens.push(T.IDENT, start, pos);
  return pos;
}

function identContinuesAt(s: Scanner, pos: number): boolean {
  const c = s.text.charCodeAt(pos);
  if (c < 0x80) return isAsciiIdentContinue(c);
  return !Number.isNaN(c) && isUnicodeIdentContinue(charAt(s.text, pos));
}

/** Returns the new offset, or -1 when a string frame was pushed. */
export function scanNonAscii(s: Scanner, frame: Frame, pos: number, c: number): number {
  if (isCurlyDoubleQuote(c)) {
    s.pushQuoted(Quote.Curly, pos, 1);
    return -1;
  }
  if (isCurlySingleQuote(c)) {
    s.pushQuoted(Quote.CurlySingle, pos, 1);
    return -1;
  }
  const char = charAt(s.text, pos);
  const end = pos + char.length;
  const entry = standIn(char);
  if (entry !== undefined) {
    reportLookalike(s, pos, end, entry);
    switch (entry.intended) {
      case '':
      case ' ':
        return end;
      case '{':
        frame.braces++;
        s.tokens.push(T.OBRACE, pos, end);
        return end;
      case '}':
        return s.closeBrace(frame, T.SEQ_END, pos, end) ? -1 : end;
      default:
        s.tokens.push(punctuation[entry.intended] ?? T.INVALID, pos, end);
        return end;
    }
  }
  if (isUnicodeIdentStart(char)) return scanIdent(s, pos, char.length);
  s.diagnostics.push(msg.invalidCharacter({ start: pos, end }, char));
  s.tokens.push(T.INVALID, pos, end);
  return end;
}

/** Adjacent copies of one look-alike make one diagnostic (a line indented with no-break spaces). */
export function reportLookalike(s: Scanner, start: number, end: number, entry: LookalikeCharacter): void {
  const run = s.lookalikeRun;
  if (run !== undefined && run.end === start && run.char === entry.char && run.index === s.diagnostics.length - 1) {
    run.end = end;
    run.count++;
    s.diagnostics[run.index] = msg.lookalikeCharacter({ start: run.start, end }, entry, run.count);
    return;
  }
  s.lookalikeRun = { index: s.diagnostics.length, char: entry.char, start, end, count: 1 };
  s.diagnostics.push(msg.lookalikeCharacter({ start, end }, entry, 1));
}

const punctuation: Record<string, T> = {
  '-': T.MINUS,
  ',': T.COMMA,
  ':': T.COLON,
  ';': T.NEWLINE,
  '[': T.OBRACK,
  ']': T.CBRACK,
};
