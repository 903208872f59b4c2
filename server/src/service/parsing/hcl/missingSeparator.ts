/**
 * After an item of a comma-separated list (function arguments, tuple items), something other than
 * a comma or the closing bracket. The first time, when it starts a value, a comma was most likely
 * forgotten: report that with the fix and read on. Otherwise report what follows and let the
 * caller give up on the list.
 */
import type { Expression } from './ast';
import type { Parser } from './parserState';
import * as msg from './syntaxMessages';
import { describeToken } from './tokenQueries';
import { T } from './tokens';

export interface SeparatorWords {
  /** HCL's summary, e.g. "Missing item separator". */
  summary: string;
  /** HCL's detail. */
  hcl: string;
  /** What precedes, in plain words: "an item", "an argument". */
  item: string;
}

export function missingSeparator(
  p: Parser,
  s: number,
  item: Expression,
  words: SeparatorWords,
  guessedBefore: boolean,
): 'guessed' | 'failed' {
  if (!guessedBefore && startsValue(p.kinds[s] ?? T.EOF)) {
    // A string left open ends where its line does: a comma written there would land inside it.
    // The quote is the mistake to fix first (its own diagnostic), so no comma is offered.
    const openString = item.kind === 'template' && !item.terminated;
    const fix = openString ? undefined : { range: { start: item.range.end, end: item.range.end }, newText: ',' };
    p.report(msg.missingSeparator(p.range(s), words.summary, words.hcl, fix));
    return 'guessed';
  }
  p.fail(
    msg.missingSeparator(
      p.range(s),
      words.summary,
      `${describeToken(p, s)} follows ${words.item}. ${words.hcl}`,
      undefined,
    ),
  );
  return 'failed';
}

/** Tokens that start a value that cannot continue the one before: a missing comma is likely. */
export function startsValue(kind: T): boolean {
  return kind === T.OQUOTE || kind === T.NUMBER || kind === T.OBRACE || kind === T.OBRACK || kind === T.OHEREDOC;
}
