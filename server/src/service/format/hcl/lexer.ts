/**
 * Splits HCL text into the tokens the formatter works on, cut where HCL's reference scanner cuts
 * them (see `tokens.ts` for why our parser's scanner is not reused here). It never fails: text HCL
 * would reject becomes `Invalid` tokens, and the caller declines to format such text anyway.
 *
 * The scanner keeps a stack of modes: the main (code) mode, the literal text of a quoted string,
 * and the lines of a heredoc. A `${` or `%{` in a template pushes a main mode that ends at the `}`
 * which balances it, counted with the same brace depth HCL uses.
 */
import { K, type FormatToken } from './tokens';

type Frame = { mode: 'main' } | { mode: 'quoted' } | { mode: 'heredoc'; marker: string; startOfLine: boolean };

const IDENT = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
const HEREDOC_OPENER = /<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;
/** What Go's `bytes.TrimSpace` trims from a heredoc line before comparing it with the marker. */
const EDGE_SPACES = /^[\s\u0085]+|[\s\u0085]+$/gu;

const SINGLE: Readonly<Record<string, K>> = {
  '[': K.OBrack,
  ']': K.CBrack,
  '(': K.OParen,
  ')': K.CParen,
  ',': K.Comma,
  '*': K.Star,
  '/': K.Slash,
  '%': K.Percent,
  '+': K.Plus,
  '-': K.Minus,
  ':': K.Colon,
  '?': K.Question,
  '=': K.Equal,
  '!': K.Bang,
  '<': K.Less,
  '>': K.Greater,
  '.': K.Dot,
};

const DOUBLE: Readonly<Record<string, K>> = {
  '==': K.EqualOp,
  '!=': K.NotEqual,
  '>=': K.GreaterEq,
  '<=': K.LessEq,
  '&&': K.And,
  '||': K.Or,
  '=>': K.FatArrow,
};

export function lexForFormat(text: string): FormatToken[] {
  return new FormatLexer(text).run();
}

/**
 * Where HCL's scanner would stop making sense of the text: a character it does not accept, a line
 * break in a quoted string, or a string or heredoc still open at the end (a closing marker needs
 * its line break). Our parser forgives some of these; `packer fmt` does not, so neither do we.
 */
export function unreadableAt(text: string, tokens: readonly FormatToken[]): number | undefined {
  let open = 0;
  for (const token of tokens) {
    if (token.kind === K.Invalid || token.kind === K.QuotedNewline) return token.start;
    if (token.kind === K.OQuote || token.kind === K.OHeredoc) open++;
    else if (token.kind === K.CQuote || token.kind === K.CHeredoc) open--;
  }
  return open > 0 ? text.length : undefined;
}

class FormatLexer {
  private pos = 0;
  private readonly tokens: FormatToken[] = [];
  private readonly frames: Frame[] = [{ mode: 'main' }];
  /** Brace depth, and the depths at which a `}` ends a template sequence rather than an object. */
  private braces = 0;
  private readonly sequenceDepths: number[] = [];
  private lastEnd = 0;

  constructor(private readonly text: string) {
    // HCL drops a byte order mark, counting its three bytes as space before the first token.
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  run(): FormatToken[] {
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
    if (this.tokens.length === 0 && this.text.charCodeAt(0) === 0xfeff) gap += 2; // 3 bytes, 1 char
    this.tokens.push({ kind, start, end, spacesBefore: gap });
    this.lastEnd = end;
    this.pos = end;
  }

  private main(): void {
    const text = this.text;
    const pos = this.pos;
    const c = text[pos]!;
    const two = text.slice(pos, pos + 2);
    if (c === ' ' || c === '\t') {
      this.pos++;
      return;
    }
    if (c === '\n') return this.emit(K.Newline, pos, pos + 1);
    if (two === '\r\n') return this.emit(K.Newline, pos, pos + 2);
    if (c === '#' || two === '//') return this.emit(K.Comment, pos, lineCommentEnd(text, pos));
    if (two === '/*') {
      const close = text.indexOf('*/', pos + 2);
      if (close >= 0) return this.emit(K.Comment, pos, close + 2);
    }
    if (c >= '0' && c <= '9') return this.emit(K.Number, pos, numberEnd(text, pos));
    IDENT.lastIndex = pos;
    if (IDENT.test(text)) return this.emit(K.Ident, pos, IDENT.lastIndex);
    if (c === '"') {
      this.emit(K.OQuote, pos, pos + 1);
      this.frames.push({ mode: 'quoted' });
      return;
    }
    if (two === '<<') {
      HEREDOC_OPENER.lastIndex = pos;
      const opener = HEREDOC_OPENER.exec(text);
      if (opener !== null) {
        this.emit(K.OHeredoc, pos, HEREDOC_OPENER.lastIndex);
        this.frames.push({ mode: 'heredoc', marker: opener[1]!, startOfLine: true });
        return;
      }
    }
    if (text.startsWith('...', pos)) return this.emit(K.Ellipsis, pos, pos + 3);
    const double = DOUBLE[two];
    if (double !== undefined) return this.emit(double, pos, pos + 2);
    if (c === '{') {
      this.braces++;
      return this.emit(K.OBrace, pos, pos + 1);
    }
    if (c === '}' || two === '~}') return this.closeBrace(c === '}' ? 1 : 2);
    const single = SINGLE[c];
    if (single !== undefined) return this.emit(single, pos, pos + 1);
    const codePoint = text.codePointAt(pos) ?? 0;
    return this.emit(K.Invalid, pos, pos + (codePoint > 0xffff ? 2 : 1));
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
    const c = text[pos];
    if ((c !== '$' && c !== '%') || text[pos + 1] !== '{') return false;
    const width = text[pos + 2] === '~' ? 3 : 2;
    this.emit(c === '$' ? K.TemplateInterp : K.TemplateControl, pos, pos + width);
    this.braces++;
    this.sequenceDepths.push(this.braces);
    this.frames.push({ mode: 'main' });
    return true;
  }

  private quoted(): void {
    const text = this.text;
    const start = this.pos;
    if (this.templateSequence()) return;
    const c = text[start];
    if (c === '"') {
      this.emit(K.CQuote, start, start + 1);
      this.frames.pop();
      return;
    }
    if (c === '\n' || c === '\r') {
      let end = start;
      while (text[end] === '\n' || text[end] === '\r') end++;
      return this.emit(K.QuotedNewline, start, end);
    }
    let end = start;
    while (end < text.length) {
      const d = text[end];
      if (d === '"' || d === '\n' || d === '\r') break;
      if ((d === '$' || d === '%') && text[end + 1] === '{') break;
      if ((d === '$' || d === '%') && text[end + 1] === d && text[end + 2] === '{') end += 3;
      else if (d === '\\') {
        const next = text[end + 1];
        if (next === undefined || next === '\n' || next === '\r') break;
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
        const contentEnd = text[newline - 1] === '\r' ? newline - 1 : newline;
        if (text.slice(start, contentEnd).replace(EDGE_SPACES, '') === frame.marker) {
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
      const d = text[end];
      if (d === '\n') {
        frame.startOfLine = true;
        return this.emit(K.StringLit, start, end + 1);
      }
      if ((d === '$' || d === '%') && text[end + 1] === '{') break;
      end += (d === '$' || d === '%') && text[end + 1] === d && text[end + 2] === '{' ? 3 : 1;
    }
    frame.startOfLine = false;
    this.emit(K.StringLit, start, end);
  }
}

function lineCommentEnd(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  return newline < 0 ? text.length : newline + 1;
}

/** Digits, with `.` and exponents inside, never ending on a `.` (that dot is an attribute access). */
function numberEnd(text: string, pos: number): number {
  let end = pos + 1;
  let i = end;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) end = ++i;
    else if (c === 0x2e) i++;
    else if (c === 0x65 || c === 0x45) {
      const sign = text.charCodeAt(i + 1) === 0x2b || text.charCodeAt(i + 1) === 0x2d ? 1 : 0;
      const digit = text.charCodeAt(i + 1 + sign);
      if (digit < 0x30 || digit > 0x39) break;
      end = i = i + 2 + sign;
    } else break;
  }
  return end;
}
