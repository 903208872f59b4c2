/**
 * The scanner's output: token kinds and a token list stored as three typed arrays rather than one
 * object per token, which keeps scanning allocation-free and the list about 9 bytes a token.
 */

/** Token kinds. A `const enum`, so that the hot loops compare small integer literals. */
export const enum T {
  EOF,
  NEWLINE,
  IDENT,
  NUMBER,
  OBRACE,
  CBRACE,
  OBRACK,
  CBRACK,
  OPAREN,
  CPAREN,
  /** `"` (or a quote read as one: curly, single); the string's literal parts follow. */
  OQUOTE,
  CQUOTE,
  /** `<<EOT` or `<<-EOT`, without its newline. */
  OHEREDOC,
  /** The closing marker, without the spaces around it. */
  CHEREDOC,
  /** Template text that is exactly its source. */
  LIT,
  /** Template text that needs decoding: escapes, `$${`, `%%{`, or non-ASCII (NFC). */
  LIT_COMPLEX,
  /** `${` and `${~` */
  INTERP,
  INTERP_STRIP,
  /** `%{` and `%{~` */
  CONTROL,
  CONTROL_STRIP,
  /** The `}` and `~}` that end a template sequence. */
  SEQ_END,
  SEQ_END_STRIP,
  STAR,
  SLASH,
  PLUS,
  MINUS,
  PERCENT,
  EQUAL,
  EQ,
  NE,
  LT,
  LE,
  GT,
  GE,
  AND,
  OR,
  BANG,
  DOT,
  COMMA,
  DOUBLE_COLON,
  ELLIPSIS,
  FAT_ARROW,
  QUESTION,
  COLON,
  /** A character the scanner already reported; the parser adds no diagnostic of its own. */
  INVALID,
}

/** Token kinds in a byte array, typed so that reading one gives a T. */
export type KindArray = Uint8Array & { [index: number]: T };

export class TokenList {
  kinds: KindArray;
  starts: Int32Array;
  ends: Int32Array;
  count = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.kinds = new Uint8Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(kind: T, start: number, end: number): void {
    const i = this.count;
    if (i === this.kinds.length) this.grow();
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    const kinds = new Uint8Array(size) as KindArray;
    kinds.set(this.kinds);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
  }
}
