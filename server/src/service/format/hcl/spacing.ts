/**
 * The spaces between tokens within a cell: one, or none, decided by the kinds of a token and its
 * neighbours. The rules follow `packer fmt`: none around `.`, before `,` `...` `(` of a call and
 * closing brackets, after opening brackets and a negating `-`; none inside template text; one
 * inside braces (`{ a = 1 }`, but `{}`) and everywhere else, after `!` too (`! true`: packer
 * 1.6.6 formats with the rules HCL had before it wrote `!true`).
 */
import { NONE, type FormatLines } from './lines';
import { bracketChange, K, type FormatTokens } from './tokens';

export function spaceLines(tokens: FormatTokens, lines: FormatLines, text: string): void {
  for (let line = 0; line < lines.count; line++) {
    const assign = lines.assign[line]!;
    spaceCell(tokens, lines.first[line]!, lines.leadEnd(line), text);
    if (assign !== NONE) {
      // The `=` is one space from its name; alignment may widen that later.
      tokens.spaces[assign] = 1;
      spaceCell(tokens, assign, lines.assignEnd(line), text);
    }
  }
}

/** Sets the spaces before every token of the cell `from..to` but the first. */
function spaceCell(tokens: FormatTokens, from: number, to: number, text: string): void {
  const kinds = tokens.kinds;
  for (let i = from; i + 1 < to; i++) {
    const subject = kinds[i] as K;
    const before = i > from ? (kinds[i - 1] as K) : undefined;
    // `for x in [a, b]`: `in` is a keyword there, not a name indexed by a tuple.
    const keywordIn = before === K.Ident && subject === K.Ident && isIn(tokens, i, text);
    tokens.spaces[i + 1] = spaceBetween(subject, before, kinds[i + 1] as K, keywordIn) ? 1 : 0;
  }
}

/** Whether token `i` is the word `in`. */
function isIn(tokens: FormatTokens, i: number, text: string): boolean {
  const start = tokens.starts[i]!;
  return tokens.ends[i]! - start === 2 && text.startsWith('in', start);
}

function spaceBetween(s: K, before: K | undefined, a: K, keywordIn: boolean): boolean {
  if (a === K.Newline) return false;
  if (s === K.Ident && a === K.OParen) return false; // a call: `max(`
  if (s === K.Dot || a === K.Dot) return false;
  if (a === K.Comma || a === K.Ellipsis) return false;
  if (s === K.Comma) return true;
  if (isTemplateText(s) || s === K.OQuote || s === K.OHeredoc) return false;
  if (isTemplateText(a) || a === K.CQuote || a === K.CHeredoc) return false;
  if (keywordIn) return true;
  if (a === K.OBrack && (s === K.Ident || s === K.Number || bracketChange(s) < 0)) return false; // an index
  if (s === K.Minus) return !isNegation(before);
  if (s === K.OBrace || a === K.CBrace) return !(s === K.OBrace && a === K.CBrace);
  // `${ {a = 1} }`: a space keeps an object from reading as part of the delimiter.
  if ((s === K.TemplateInterp || s === K.TemplateControl) && a === K.OBrace) return true;
  if (s === K.CBrace && a === K.TemplateSeqEnd) return true;
  if (s === K.TemplateSeqEnd && (a === K.TemplateInterp || a === K.TemplateControl)) return false;
  if (bracketChange(s) > 0) return false;
  if (bracketChange(a) < 0) return false;
  return true;
}

function isTemplateText(kind: K): boolean {
  return kind === K.QuotedLit || kind === K.StringLit;
}

/**
 * A `-` is a negation, written against its operand, when what precedes it cannot end an
 * operand: nothing, an opening bracket, a separator or another operator.
 */
function isNegation(before: K | undefined): boolean {
  if (before === undefined) return true;
  switch (before) {
    case K.OParen:
    case K.OBrace:
    case K.OBrack:
    case K.Equal:
    case K.Colon:
    case K.Comma:
    case K.Question:
    case K.Plus:
    case K.Star:
    case K.Slash:
    case K.Percent:
    case K.Minus:
    case K.EqualOp:
    case K.NotEqual:
    case K.Greater:
    case K.GreaterEq:
    case K.Less:
    case K.LessEq:
    case K.And:
    case K.Or:
    case K.Bang:
      return true;
    default:
      return false;
  }
}
