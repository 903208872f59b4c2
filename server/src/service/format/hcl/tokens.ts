/**
 * The formatter's own view of HCL tokens. It mirrors the token boundaries of HCL's reference
 * scanner rather than those of our parser's scanner, because `packer fmt` decides every space by
 * looking at the kinds of neighbouring tokens, and a heredoc, a line comment or a string literal
 * cut differently would shift spaces. Each token keeps its source range, so its text is never
 * rewritten: only `spacesBefore` changes.
 */

export const enum K {
  EOF,
  Newline,
  /** `#` and `//` comments including the line break that ends them; `/* *\/` comments. */
  Comment,
  Ident,
  Number,
  OBrace,
  CBrace,
  OBrack,
  CBrack,
  OParen,
  CParen,
  OQuote,
  CQuote,
  /** `<<EOT` together with the line break after it. */
  OHeredoc,
  /** The closing marker line, its indentation included, without the line break. */
  CHeredoc,
  /** Literal text of a quoted string. */
  QuotedLit,
  /** Literal text of a heredoc, line by line, each line's break included. */
  StringLit,
  /** A line break inside a quoted string: only in broken text. */
  QuotedNewline,
  TemplateInterp,
  TemplateControl,
  TemplateSeqEnd,
  Dot,
  Comma,
  Ellipsis,
  Equal,
  Colon,
  Question,
  Bang,
  Minus,
  Plus,
  Star,
  Slash,
  Percent,
  EqualOp,
  NotEqual,
  Less,
  LessEq,
  Greater,
  GreaterEq,
  And,
  Or,
  FatArrow,
  /** Characters HCL scans but never accepts (`;`, `&`, a stray `'`...): only in broken text. */
  Invalid,
}

export interface FormatToken {
  kind: K;
  /** UTF-16 offsets into the source text. */
  start: number;
  end: number;
  /** Spaces written before the token; initially the width of the gap in the source. */
  spacesBefore: number;
}

/** +1 for tokens that open a nesting level, -1 for those that close one, else 0. */
export function bracketChange(kind: K): number {
  switch (kind) {
    case K.OBrace:
    case K.OBrack:
    case K.OParen:
    case K.TemplateInterp:
    case K.TemplateControl:
      return 1;
    case K.CBrace:
    case K.CBrack:
    case K.CParen:
    case K.TemplateSeqEnd:
      return -1;
    default:
      return 0;
  }
}

/** Tokens that end a line: newlines, and line comments, which carry their own line break. */
export function endsLine(token: FormatToken, text: string): boolean {
  if (token.kind === K.Newline) return true;
  return token.kind === K.Comment && token.end > token.start && text.charCodeAt(token.end - 1) === 0x0a;
}
