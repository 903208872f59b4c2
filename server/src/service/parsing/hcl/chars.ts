/**
 * Character classes for the HCL scanner. ASCII goes through lookup tables (the hot path); only a
 * non-ASCII character, rare in templates, reaches a Unicode property test.
 */
import { describeCodePoint, lookalike, type LookalikeCharacter } from '../characters';

/** Bit 1: may start an identifier; bit 2: may continue one (HCL adds `-` to ID_Continue). */
const identTable = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  const digit = c >= 0x30 && c <= 0x39;
  identTable[c] = (letter ? 1 : 0) | (letter || digit || c === 0x2d ? 2 : 0);
}

export function isAsciiIdentStart(c: number): boolean {
  return c < 128 && (identTable[c]! & 1) !== 0;
}

export function isAsciiIdentContinue(c: number): boolean {
  return c < 128 && (identTable[c]! & 2) !== 0;
}

const idStart = /^\p{ID_Start}$/u;
const idContinue = /^\p{ID_Continue}$/u;
const spaceSeparator = /^\p{Zs}$/u;

export function isUnicodeIdentStart(char: string): boolean {
  return idStart.test(char);
}

export function isUnicodeIdentContinue(char: string): boolean {
  return idContinue.test(char);
}

/** The character (one or two UTF-16 units) at `offset`. */
export function charAt(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  return String.fromCodePoint(code);
}

/**
 * What a non-ASCII character outside a string stands for, when it is a stand-in for something
 * HCL accepts: a dash, a space, an invisible character, a full-width punctuation mark. Any other
 * Unicode space (em space, thin space...) is read as a space too.
 */
export function standIn(char: string): LookalikeCharacter | undefined {
  const known = lookalike(char);
  if (known !== undefined) return known;
  if (spaceSeparator.test(char)) return { char, name: `space character (${describeCodePoint(char)})`, intended: ' ' };
  return undefined;
}

/** Curly double quotes (and „ ‟ « »), read as `"`. */
export function isCurlyDoubleQuote(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb;
}

/** Curly single quotes, read as a quote too: HCL has no single-quoted strings, so they mean `"`. */
export function isCurlySingleQuote(c: number): boolean {
  return c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b;
}

/** Plain words for a character a message names. */
export function describeChar(char: string): string {
  const ascii: Record<string, string> = {
    ';': 'semicolon ";"',
    '`': 'backtick "`"',
    "'": `single quote "'"`,
    '^': 'caret "^"',
    '\\': 'backslash "\\"',
    '@': 'at sign "@"',
    $: 'dollar sign "$"',
    '\r': 'carriage return',
    '\u0000': 'null character',
  };
  const named = ascii[char] ?? lookalike(char)?.name;
  if (named !== undefined) return named;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `control character ${describeCodePoint(char)}`;
  return `"${char}" (${describeCodePoint(char)})`;
}

/** Whitespace per Go's unicode.IsSpace, which HCL's strip markers and heredoc indentation use. */
export function isSpaceCode(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}
