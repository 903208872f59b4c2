/**
 * Characters that pasting from web pages, word processors and chat tools puts where JSON or HCL
 * expect plain ASCII. Each maps to what the user meant, and has a name for the message.
 * Every replacement is one UTF-16 unit long (or empty, for invisible characters), so a text can be
 * repaired in place without moving any offset.
 */

export interface LookalikeCharacter {
  char: string;
  name: string;
  /** What the user meant: a single character, or '' for an invisible character to delete. */
  intended: string;
}

const table: LookalikeCharacter[] = [
  { char: '\u2212', name: 'minus sign (U+2212)', intended: '-' },
  { char: '\u2010', name: 'hyphen (U+2010)', intended: '-' },
  { char: '\u2011', name: 'non-breaking hyphen (U+2011)', intended: '-' },
  { char: '\u2012', name: 'figure dash (U+2012)', intended: '-' },
  { char: '\u2013', name: 'en dash (U+2013)', intended: '-' },
  { char: '\u2014', name: 'em dash (U+2014)', intended: '-' },
  { char: '\u00a0', name: 'no-break space (U+00A0)', intended: ' ' },
  { char: '\u2007', name: 'figure space (U+2007)', intended: ' ' },
  { char: '\u202f', name: 'narrow no-break space (U+202F)', intended: ' ' },
  { char: '\u3000', name: 'ideographic space (U+3000)', intended: ' ' },
  { char: '\u200b', name: 'zero-width space (U+200B)', intended: '' },
  { char: '\u200c', name: 'zero-width non-joiner (U+200C)', intended: '' },
  { char: '\u200d', name: 'zero-width joiner (U+200D)', intended: '' },
  { char: '\u2060', name: 'word joiner (U+2060)', intended: '' },
  { char: '\ufeff', name: 'zero-width no-break space (U+FEFF)', intended: '' },
  { char: '\uff0c', name: 'full-width comma (U+FF0C)', intended: ',' },
  { char: '\uff1a', name: 'full-width colon (U+FF1A)', intended: ':' },
  { char: '\uff1b', name: 'full-width semicolon (U+FF1B)', intended: ';' },
  { char: '\uff3b', name: 'full-width left bracket (U+FF3B)', intended: '[' },
  { char: '\uff3d', name: 'full-width right bracket (U+FF3D)', intended: ']' },
  { char: '\uff5b', name: 'full-width left brace (U+FF5B)', intended: '{' },
  { char: '\uff5d', name: 'full-width right brace (U+FF5D)', intended: '}' },
];

const byChar = new Map(table.map((entry) => [entry.char, entry]));

export function lookalike(char: string | undefined): LookalikeCharacter | undefined {
  return char === undefined ? undefined : byChar.get(char);
}

export const LEFT_DOUBLE_QUOTE = '\u201c';
export const RIGHT_DOUBLE_QUOTE = '\u201d';
export const DOUBLE_LOW_QUOTE = '\u201e';
export const LEFT_SINGLE_QUOTE = '\u2018';
export const RIGHT_SINGLE_QUOTE = '\u2019';

const curlyDoubleQuotes = new Set([
  LEFT_DOUBLE_QUOTE,
  RIGHT_DOUBLE_QUOTE,
  DOUBLE_LOW_QUOTE,
  '\u201f',
  '\u00ab',
  '\u00bb',
]);
const curlySingleQuotes = new Set([LEFT_SINGLE_QUOTE, RIGHT_SINGLE_QUOTE, '\u201a', '\u201b']);

export function isCurlyDoubleQuote(char: string | undefined): boolean {
  return char !== undefined && curlyDoubleQuotes.has(char);
}

export function isCurlySingleQuote(char: string | undefined): boolean {
  return char !== undefined && curlySingleQuotes.has(char);
}

export function describeCodePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Replaces look-alike characters by what they stand for; invisible ones are removed. */
export function normalizeLookalikes(value: string): string {
  let result = '';
  for (const char of value) result += lookalike(char)?.intended ?? char;
  return result;
}

export function hasLookalike(value: string): boolean {
  for (const char of value) if (byChar.has(char)) return true;
  return false;
}
