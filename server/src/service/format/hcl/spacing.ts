/**
 * The spaces between tokens within a cell: one, or none, decided by the kinds of a token and its
 * neighbours. The rules follow `packer fmt`: none around `.`, before `,` `...` `(` of a call and
 * closing brackets, after opening brackets and a negating `-`; none inside template text; one
 * inside braces (`{ a = 1 }`, but `{}`) and everywhere else, after `!` too (`! true`: packer
 * 1.6.6 formats with the rules HCL had before it wrote `!true`).
 */
import type { FormatLine } from './lines';
import { bracketChange, K, type FormatToken } from './tokens';

export function spaceLines(lines: readonly FormatLine[], text: string): void {
  for (const line of lines) {
    spaceCell(line.lead, text);
    const assign = line.assign;
    if (assign !== undefined) {
      // The `=` is one space from its name; alignment may widen that later.
      assign[0]!.spacesBefore = 1;
      spaceCell(assign, text);
    }
  }
}

/** Sets the spaces before every token of the cell but the first. */
function spaceCell(cell: readonly FormatToken[], text: string): void {
  for (let i = 0; i + 1 < cell.length; i++) {
    const after = cell[i + 1]!;
    after.spacesBefore = spaceBetween(cell[i]!, cell[i - 1], after, text) ? 1 : 0;
  }
}

function spaceBetween(
  subject: FormatToken,
  before: FormatToken | undefined,
  after: FormatToken,
  text: string,
): boolean {
  const s = subject.kind;
  const a = after.kind;
  if (a === K.Newline) return false;
  if (s === K.Ident && a === K.OParen) return false; // a call: `max(`
  if (s === K.Dot || a === K.Dot) return false;
  if (a === K.Comma || a === K.Ellipsis) return false;
  if (s === K.Comma) return true;
  if (isTemplateText(s) || s === K.OQuote || s === K.OHeredoc) return false;
  if (isTemplateText(a) || a === K.CQuote || a === K.CHeredoc) return false;
  // `for x in [a, b]`: `in` is a keyword there, not a name indexed by a tuple.
  if (before?.kind === K.Ident && s === K.Ident && text.slice(subject.start, subject.end) === 'in') return true;
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
function isNegation(before: FormatToken | undefined): boolean {
  if (before === undefined) return true;
  switch (before.kind) {
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
