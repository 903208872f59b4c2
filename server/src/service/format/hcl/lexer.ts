/**
 * Splits HCL text into the tokens the formatter works on, cut where HCL's reference scanner cuts
 * them (see `tokens.ts` for why our parser's scanner is not reused here). It never fails: text HCL
 * would reject becomes `Invalid` tokens, and the caller declines to format such text anyway.
 *
 * The scanner keeps a stack of modes: the main (code) mode, the literal text of a quoted string,
 * and the lines of a heredoc. A `${` or `%{` in a template pushes a main mode that ends at the `}`
 * which balances it, counted with the same brace depth HCL uses.
 *
 * It reads character codes one at a time and writes into typed arrays: it runs on every format of
 * files up to megabytes, so it makes no string or object per token.
 */
import { identifierEnd, isClosingMarker, lineCommentEnd, numberEnd } from './lexerText';
import { FormatTokens, K } from './tokens';

type Frame = { mode: 'main' } | { mode: 'quoted' } | { mode: 'heredoc'; marker: string; startOfLine: boolean };

const HEREDOC_OPENER = /<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;

/** Characters that are a token on their own (and start no longer one), by code. */
const SINGLE = new Map<number, K>(
  (
    [
      ['[', K.OBrack],
      [']', K.CBrack],
      ['(', K.OParen],
      [')', K.CParen],
      [',', K.Comma],
      ['*', K.Star],
      ['%', K.Percent],
      ['+', K.Plus],
      ['-', K.Minus],
      [':', K.Colon],
      ['?', K.Question],
    ] as const
  ).map(([c, kind]) => [c.charCodeAt(0), kind]),
);

/** Character codes the lexer branches on. */
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const BANG = 0x21;
const QUOTE = 0x22;
const HASH = 0x23;
const DOLLAR = 0x24;
const PERCENT = 0x25;
const AMP = 0x26;
const STAR = 0x2a;
const DOT = 0x2e;
const SLASH = 0x2f;
const ZERO = 0x30;
const NINE = 0x39;
const LESS = 0x3c;
const EQUAL = 0x3d;
const GREATER = 0x3e;
const BACKSLASH = 0x5c;
const O_BRACE = 0x7b;
const BAR = 0x7c;
const C_BRACE = 0x7d;
const TILDE = 0x7e;

export function lexForFormat(text: string): FormatTokens {
  return new FormatLexer(text).run();
}

/**
 * Where HCL's scanner would stop making sense of the text: a character it does not accept, a line
 * break in a quoted string, or a string or heredoc still open at the end (a closing marker needs
 * its line break). Our parser forgives some of these; `packer fmt` does not, so neither do we.
 */
export function unreadableAt(text: string, tokens: FormatTokens): number | undefined {
  let open = 0;
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kinds[i] as K;
    if (kind === K.Invalid || kind === K.QuotedNewline) return tokens.starts[i];
    if (kind === K.OQuote || kind === K.OHeredoc) open++;
    else if (kind === K.CQuote || kind === K.CHeredoc) open--;
  }
  return open > 0 ? text.length : undefined;
}

class FormatLexer {
  private pos = 0;
  private readonly tokens: FormatTokens;
  private readonly frames: Frame[] = [{ mode: 'main' }];
  /** Brace depth, and the depths at which a `}` ends a template sequence rather than an object. */
  private braces = 0;
  private readonly sequenceDepths: number[] = [];
  private lastEnd = 0;
  /** From here on no `*​/` follows: an unclosed `/*` is not searched for again (broken text). */
  private noCommentCloseFrom = Infinity;

  constructor(private readonly text: string) {
    // About one token in four characters in real files; the list grows if it needs to.
    this.tokens = new FormatTokens((text.length >> 2) + 16);
    // HCL drops a byte order mark, counting its three bytes as space before the first token.
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  run(): FormatTokens {
    for (;;) {
      const frame = this.frames[this.frames.length - 1];
      if (frame === undefined) break;
      if (this.pos >= this.text.length) {
        // Whatever is still open (a string, a heredoc, a `${`) is left unterminated.
        if (this.frames.length === 1) break;
        this.frames.pop();
        continue;
      }
      if (frame.mode === 'main') this.main();
      else if (frame.mode === 'quoted') this.quoted();
      else this.heredoc(frame);
    }
    this.emit(K.EOF, this.text.length, this.text.length);
    return this.tokens;
  }

  private emit(kind: K, start: number, end: number): void {
    let gap = start - this.lastEnd;
    if (this.tokens.count === 0 && this.text.charCodeAt(0) === 0xfeff) gap += 2; // 3 bytes, 1 char
    this.tokens.push(kind, start, end, gap);
    this.lastEnd = end;
    this.pos = end;
  }

  private main(): void {
    const text = this.text;
    const pos = this.pos;
    const c = text.charCodeAt(pos);
    const next = text.charCodeAt(pos + 1);
    switch (c) {
      case SPACE:
      case TAB: {
        let end = pos + 1;
        while (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === TAB) end++;
        this.pos = end;
        return;
      }
      case LF:
        return this.emit(K.Newline, pos, pos + 1);
      case CR:
        return next === LF ? this.emit(K.Newline, pos, pos + 2) : this.emit(K.Invalid, pos, pos + 1);
      case HASH:
        return this.emit(K.Comment, pos, lineCommentEnd(text, pos));
      case SLASH:
        if (next === SLASH) return this.emit(K.Comment, pos, lineCommentEnd(text, pos));
        if (next === STAR && pos < this.noCommentCloseFrom) {
          const close = text.indexOf('*/', pos + 2);
          if (close >= 0) return this.emit(K.Comment, pos, close + 2);
          this.noCommentCloseFrom = pos;
        }
        return this.emit(K.Slash, pos, pos + 1);
      case QUOTE:
        this.emit(K.OQuote, pos, pos + 1);
        this.frames.push({ mode: 'quoted' });
        return;
      case LESS:
        if (next === LESS && this.heredocOpener()) return;
        return next === EQUAL ? this.emit(K.LessEq, pos, pos + 2) : this.emit(K.Less, pos, pos + 1);
      case DOT:
        if (next === DOT && text.charCodeAt(pos + 2) === DOT) return this.emit(K.Ellipsis, pos, pos + 3);
        return this.emit(K.Dot, pos, pos + 1);
      case EQUAL:
        if (next === EQUAL) return this.emit(K.EqualOp, pos, pos + 2);
        if (next === GREATER) return this.emit(K.FatArrow, pos, pos + 2);
        return this.emit(K.Equal, pos, pos + 1);
      case BANG:
        return next === EQUAL ? this.emit(K.NotEqual, pos, pos + 2) : this.emit(K.Bang, pos, pos + 1);
      case GREATER:
        return next === EQUAL ? this.emit(K.GreaterEq, pos, pos + 2) : this.emit(K.Greater, pos, pos + 1);
      case AMP:
        return next === AMP ? this.emit(K.And, pos, pos + 2) : this.emit(K.Invalid, pos, pos + 1);
      case BAR:
        return next === BAR ? this.emit(K.Or, pos, pos + 2) : this.emit(K.Invalid, pos, pos + 1);
      case O_BRACE:
        this.braces++;
        return this.emit(K.OBrace, pos, pos + 1);
      case C_BRACE:
        return this.closeBrace(1);
      case TILDE:
        return next === C_BRACE ? this.closeBrace(2) : this.emit(K.Invalid, pos, pos + 1);
    }
    if (c >= ZERO && c <= NINE) return this.emit(K.Number, pos, numberEnd(text, pos));
    const identEnd = identifierEnd(text, pos);
    if (identEnd > pos) return this.emit(K.Ident, pos, identEnd);
    const single = SINGLE.get(c);
    if (single !== undefined) return this.emit(single, pos, pos + 1);
    const codePoint = text.codePointAt(pos) ?? 0;
    return this.emit(K.Invalid, pos, pos + (codePoint > 0xffff ? 2 : 1));
  }

  /** `<<EOT` or `<<-EOT` and its line break at the position, pushing a heredoc frame; false when there is none. */
  private heredocOpener(): boolean {
    HEREDOC_OPENER.lastIndex = this.pos;
    const opener = HEREDOC_OPENER.exec(this.text);
    if (opener === null) return false;
    this.emit(K.OHeredoc, this.pos, HEREDOC_OPENER.lastIndex);
    this.frames.push({ mode: 'heredoc', marker: opener[1]!, startOfLine: true });
    return true;
  }

  private closeBrace(width: number): void {
    const ends = this.sequenceDepths[this.sequenceDepths.length - 1] === this.braces;
    // `~}` is always a sequence end to HCL, even where it closes no sequence (an error then).
    const kind = ends || width === 2 ? K.TemplateSeqEnd : K.CBrace;
    this.braces--;
    this.emit(kind, this.pos, this.pos + width);
    if (ends) {
      this.sequenceDepths.pop();
      this.frames.pop();
    }
  }

  /** `${`, `${~`, `%{`, `%{~` at the position, pushing a main frame; false when there is none. */
  private templateSequence(): boolean {
    const text = this.text;
    const pos = this.pos;
    const c = text.charCodeAt(pos);
    if ((c !== DOLLAR && c !== PERCENT) || text.charCodeAt(pos + 1) !== O_BRACE) return false;
    const width = text.charCodeAt(pos + 2) === TILDE ? 3 : 2;
    this.emit(c === DOLLAR ? K.TemplateInterp : K.TemplateControl, pos, pos + width);
    this.braces++;
    this.sequenceDepths.push(this.braces);
    this.frames.push({ mode: 'main' });
    return true;
  }

  private quoted(): void {
    const text = this.text;
    const start = this.pos;
    if (this.templateSequence()) return;
    const c = text.charCodeAt(start);
    if (c === QUOTE) {
      this.emit(K.CQuote, start, start + 1);
      this.frames.pop();
      return;
    }
    if (c === LF || c === CR) {
      let end = start;
      while (text.charCodeAt(end) === LF || text.charCodeAt(end) === CR) end++;
      return this.emit(K.QuotedNewline, start, end);
    }
    let end = start;
    while (end < text.length) {
      const d = text.charCodeAt(end);
      if (d === QUOTE || d === LF || d === CR) break;
      if (d === DOLLAR || d === PERCENT) {
        const after = text.charCodeAt(end + 1);
        if (after === O_BRACE) break;
        end += after === d && text.charCodeAt(end + 2) === O_BRACE ? 3 : 1;
      } else if (d === BACKSLASH) {
        const escaped = text.charCodeAt(end + 1);
        if (Number.isNaN(escaped) || escaped === LF || escaped === CR) break;
        end += 2;
      } else end++;
    }
    if (end > start) return this.emit(K.QuotedLit, start, end);
    return this.emit(K.Invalid, start, start + 1); // a backslash before a line break
  }

  private heredoc(frame: Frame & { mode: 'heredoc' }): void {
    const text = this.text;
    const start = this.pos;
    if (frame.startOfLine) {
      const newline = text.indexOf('\n', start);
      if (newline >= 0) {
        const contentEnd = text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
        if (isClosingMarker(text, start, contentEnd, frame.marker)) {
          this.emit(K.CHeredoc, start, contentEnd);
          this.emit(K.Newline, contentEnd, newline + 1);
          this.frames.pop();
          return;
        }
      }
    }
    if (this.templateSequence()) {
      frame.startOfLine = false;
      return;
    }
    let end = start;
    while (end < text.length) {
      const d = text.charCodeAt(end);
      if (d === LF) {
        frame.startOfLine = true;
        return this.emit(K.StringLit, start, end + 1);
      }
      if (d === DOLLAR || d === PERCENT) {
        const after = text.charCodeAt(end + 1);
        if (after === O_BRACE) break;
        end += after === d && text.charCodeAt(end + 2) === O_BRACE ? 3 : 1;
      } else end++;
    }
    frame.startOfLine = false;
    this.emit(K.StringLit, start, end);
  }
}
