import type { OffsetRange } from '../types';

/**
 * What the parser repaired in order to read the text as the user meant it. Each recovery becomes
 * exactly one diagnostic (its rule owns the message and the fix), and the rest of the analysis
 * runs on the repaired text, so one pasted curly quote does not hide every later mistake.
 */
export type Recovery = SmartQuotesRecovery | LookalikeRecovery | TrailingCommaRecovery | SyntaxRecovery;

export interface SmartQuotesRecovery {
  kind: 'smart-quotes';
  /** The whole quoted string, delimiters included. */
  range: OffsetRange;
  /** Each typographic delimiter and the straight quote it stands for. */
  quotes: Array<{ offset: number; char: string; straight: '"' }>;
}

export interface LookalikeRecovery {
  kind: 'lookalike-character';
  range: OffsetRange;
  /** The characters as written, a run of one kind. */
  found: string;
  name: string;
  /** What to write instead ('' removes an invisible character). */
  replacement: string;
  /** Where the character stands, for the message. */
  context: 'syntax' | 'key' | 'type';
}

export interface TrailingCommaRecovery {
  kind: 'trailing-comma';
  range: OffsetRange;
  container: 'object' | 'array';
}

export interface SyntaxRecovery {
  kind: 'syntax';
  range: OffsetRange;
  message: string;
  /** A repair that is certainly what was meant, when there is one. */
  fix?: { title: string; range: OffsetRange; newText: string };
}

/**
 * Whether the parser had to guess its way through `range` (a missing colon, a stray token, an
 * unclosed string), braces included: its tree may not be what the text means there, so a fix
 * that inserts into it could land in another value or break the JSON.
 */
export function guessedWithin(recoveries: readonly Recovery[], range: { start: number; end: number }): boolean {
  return recoveries.some((r) => r.kind === 'syntax' && r.range.start <= range.end && range.start <= r.range.end);
}
