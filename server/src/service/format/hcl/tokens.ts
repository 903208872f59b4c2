/**
 * The formatter's own view of HCL tokens. It mirrors the token boundaries of HCL's reference
 * scanner rather than those of our parser's scanner, because `packer fmt` decides every space by
 * looking at the kinds of neighbouring tokens, and a heredoc, a line comment or a string literal
 * cut differently would shift spaces. Each token keeps its source range, so its text is never
 * rewritten: only the spaces before it change.
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

/**
 * The tokens of one text, one typed array per field rather than one object per token: a 1 MB file
 * has a few hundred thousand tokens, and objects for them would cost more in garbage collection
 * than the formatting itself. Token `i` is `kinds[i]` over `starts[i]..ends[i]` (UTF-16 offsets
 * into the source text); only `spaces[i]`, the spaces written before it (initially the width of
 * the gap in the source), ever changes.
 */
export class FormatTokens {
  count = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  spaces: Int32Array;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.kinds = new Uint8Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.spaces = new Int32Array(size);
  }

  push(kind: K, start: number, end: number, spaces: number): void {
    if (this.count === this.kinds.length) this.grow();
    const i = this.count++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.spaces[i] = spaces;
  }

  /** The kind of token `i`, or undefined outside the list. */
  kindAt(i: number): K | undefined {
    return i >= 0 && i < this.count ? this.kinds[i] : undefined;
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    this.kinds = grown(new Uint8Array(size), this.kinds);
    this.starts = grown(new Int32Array(size), this.starts);
    this.ends = grown(new Int32Array(size), this.ends);
    this.spaces = grown(new Int32Array(size), this.spaces);
  }
}

function grown<A extends Uint8Array | Int32Array>(larger: A, values: A): A {
  larger.set(values);
  return larger;
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
export function endsLine(tokens: FormatTokens, i: number, text: string): boolean {
  const kind = tokens.kinds[i] as K;
  if (kind === K.Newline) return true;
  const end = tokens.ends[i]!;
  return kind === K.Comment && end > tokens.starts[i]! && text.charCodeAt(end - 1) === 0x0a;
}
