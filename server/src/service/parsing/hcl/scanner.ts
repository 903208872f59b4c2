/**
 * The HCL2 native-syntax scanner: text to tokens, by char codes, one pass. It follows HCL's
 * scan_tokens.rl (a mode stack for strings, heredocs and the `${ }` inside them; spaces and tabs
 * are whitespace, as in HCL since 2019) and repairs what pasting breaks, so the parser sees what
 * the user meant: curly and single quotes become string delimiters, look-alike dashes and spaces
 * become `-` and spaces, `;` a newline. Each repair leaves one diagnostic.
 */
import type { Range } from './ast';
import { isAsciiIdentStart } from './chars';
import type { HclDiagnostic } from './diagnostics';
import * as msg from './lexicalMessages';
import { Frame, Mode, Quote } from './scanFrames';
import { scanHeredoc, scanQuoted, tryHeredocIntroducer } from './scanTemplates';
import { scanIdent, scanNonAscii, scanNumber } from './scanWords';
import { T, TokenList } from './tokens';

export interface ScanResult {
  tokens: TokenList;
  diagnostics: HclDiagnostic[];
  comments: Range[];
  /** Identifier tokens (by start offset) whose name differs from their text (a look-alike dash). */
  names: Map<number, string>;
}

export function scan(text: string, mode: 'file' | 'template'): ScanResult {
  const scanner = new Scanner(text);
  scanner.run(mode === 'file' ? Mode.Main : Mode.Bare);
  return { tokens: scanner.tokens, diagnostics: scanner.diagnostics, comments: scanner.comments, names: scanner.names };
}

export class Scanner {
  readonly len: number;
  pos = 0;
  readonly tokens: TokenList;
  readonly diagnostics: HclDiagnostic[] = [];
  readonly comments: Range[] = [];
  readonly names = new Map<number, string>();
  readonly frames: Frame[] = [];
  lookalikeRun: { index: number; char: string; start: number; end: number; count: number } | undefined;

  constructor(readonly text: string) {
    this.len = text.length;
    // A token every 5 characters or so in real templates; growing is cheap anyway.
    this.tokens = new TokenList(text.length >> 2);
  }

  run(mode: Mode): void {
    this.frames.push(new Frame(mode));
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1; // a byte order mark, which HCL strips
    while (this.frames.length > 0) {
      const frame = this.frames[this.frames.length - 1]!;
      if (frame.mode === Mode.Main) this.scanMain(frame);
      else if (frame.mode === Mode.Quoted) scanQuoted(this, frame);
      else scanHeredoc(this, frame);
    }
    this.tokens.push(T.EOF, this.len, this.len);
  }

  pushInterp(kind: T, start: number, end: number, inQuoted: boolean): void {
    this.tokens.push(kind, start, end);
    const frame = new Frame(Mode.Main);
    frame.interp = true;
    frame.directive = kind === T.CONTROL || kind === T.CONTROL_STRIP;
    frame.inQuoted = inQuoted;
    frame.start = start;
    this.frames.push(frame);
    this.pos = end;
  }

  private scanMain(frame: Frame): void {
    const text = this.text;
    const len = this.len;
    const tokens = this.tokens;
    let pos = this.pos;
    while (pos < len) {
      const c = text.charCodeAt(pos);
      switch (c) {
        case 0x20: // space
        case 0x09: // tab: whitespace in HCL's scanner, whatever its style guide says
          pos++;
          continue;
        case 0x0a:
          if (frame.inQuoted && this.interpEndsAtNewline(frame, pos)) return this.endInterpHere(frame, pos);
          tokens.push(T.NEWLINE, pos, pos + 1);
          pos++;
          continue;
        case 0x0d:
          if (text.charCodeAt(pos + 1) === 0x0a) {
            if (frame.inQuoted && this.interpEndsAtNewline(frame, pos)) return this.endInterpHere(frame, pos);
            tokens.push(T.NEWLINE, pos, pos + 2);
            pos += 2;
          } else {
            // Read as a line break in every way, an interpolation it ends included (the string
            // reads it next): its fix, a line feed in its place, must leave the rest read as it was.
            if (frame.inQuoted && this.interpEndsAtNewline(frame, pos)) return this.endInterpHere(frame, pos);
            this.diagnostics.push(msg.invalidCharacter({ start: pos, end: pos + 1 }, '\r'));
            tokens.push(T.NEWLINE, pos, pos + 1);
            pos++;
          }
          continue;
        case 0x23: // #
          pos = this.lineComment(pos);
          continue;
        case 0x2f: {
          // /
          const next = text.charCodeAt(pos + 1);
          if (next === 0x2f) pos = this.lineComment(pos);
          else if (next === 0x2a) pos = this.blockComment(pos);
          else tokens.push(T.SLASH, pos, ++pos);
          continue;
        }
        case 0x22: // "
          if (frame.inQuoted && frame.braces === 0 && frame.nesting === 0 && !this.quoteLaterOnLine(pos + 1)) {
            // `"${var.x"`: the quote ends the string, so the interpolation lacks its `}`.
            return this.endInterpHere(frame, pos);
          }
          this.pushQuoted(Quote.Straight, pos, 1);
          return;
        case 0x27: // '
          this.pushQuoted(Quote.Single, pos, 1);
          return;
        case 0x3c: // <
          if (text.charCodeAt(pos + 1) === 0x3c && tryHeredocIntroducer(this, pos)) return;
          if (text.charCodeAt(pos + 1) === 0x3d) tokens.push(T.LE, pos, (pos += 2));
          else tokens.push(T.LT, pos, ++pos);
          continue;
        case 0x3e: // >
          if (text.charCodeAt(pos + 1) === 0x3d) tokens.push(T.GE, pos, (pos += 2));
          else tokens.push(T.GT, pos, ++pos);
          continue;
        case 0x3d: {
          // =
          const next = text.charCodeAt(pos + 1);
          if (next === 0x3d) tokens.push(T.EQ, pos, (pos += 2));
          else if (next === 0x3e) tokens.push(T.FAT_ARROW, pos, (pos += 2));
          else tokens.push(T.EQUAL, pos, ++pos);
          continue;
        }
        case 0x21: // !
          if (text.charCodeAt(pos + 1) === 0x3d) tokens.push(T.NE, pos, (pos += 2));
          else tokens.push(T.BANG, pos, ++pos);
          continue;
        case 0x26: // &
          if (text.charCodeAt(pos + 1) === 0x26) tokens.push(T.AND, pos, (pos += 2));
          else this.bitwise(T.AND, pos++, '&');
          continue;
        case 0x7c: // |
          if (text.charCodeAt(pos + 1) === 0x7c) tokens.push(T.OR, pos, (pos += 2));
          else this.bitwise(T.OR, pos++, '|');
          continue;
        case 0x2e: // .
          if (text.charCodeAt(pos + 1) === 0x2e && text.charCodeAt(pos + 2) === 0x2e)
            tokens.push(T.ELLIPSIS, pos, (pos += 3));
          else tokens.push(T.DOT, pos, ++pos);
          continue;
        case 0x3a: // :
          if (text.charCodeAt(pos + 1) === 0x3a) tokens.push(T.DOUBLE_COLON, pos, (pos += 2));
          else tokens.push(T.COLON, pos, ++pos);
          continue;
        case 0x7b: // {
          frame.braces++;
          tokens.push(T.OBRACE, pos, ++pos);
          continue;
        case 0x7d: // }
          if (this.closeBrace(frame, T.SEQ_END, pos, pos + 1)) return;
          pos++;
          continue;
        case 0x7e: // ~
          if (text.charCodeAt(pos + 1) === 0x7d) {
            if (this.closeBrace(frame, T.SEQ_END_STRIP, pos, pos + 2)) return;
            pos += 2;
          } else this.bitwise(T.BANG, pos++, '~');
          continue;
        case 0x28: // (
          frame.nesting++;
          tokens.push(T.OPAREN, pos, ++pos);
          continue;
        case 0x29: // )
          frame.nesting--;
          tokens.push(T.CPAREN, pos, ++pos);
          continue;
        case 0x5b: // [
          frame.nesting++;
          tokens.push(T.OBRACK, pos, ++pos);
          continue;
        case 0x5d: // ]
          frame.nesting--;
          tokens.push(T.CBRACK, pos, ++pos);
          continue;
        case 0x2c:
          tokens.push(T.COMMA, pos, ++pos);
          continue;
        case 0x2a:
          tokens.push(T.STAR, pos, ++pos);
          continue;
        case 0x2b:
          tokens.push(T.PLUS, pos, ++pos);
          continue;
        case 0x2d:
          tokens.push(T.MINUS, pos, ++pos);
          continue;
        case 0x25:
          tokens.push(T.PERCENT, pos, ++pos);
          continue;
        case 0x3f:
          tokens.push(T.QUESTION, pos, ++pos);
          continue;
        case 0x3b: // ; means the end of a statement elsewhere: read it as a newline
          this.diagnostics.push(msg.invalidCharacter({ start: pos, end: pos + 1 }, ';'));
          tokens.push(T.NEWLINE, pos, ++pos);
          continue;
        default:
          if (c >= 0x30 && c <= 0x39) pos = scanNumber(this, pos);
          else if (isAsciiIdentStart(c)) pos = scanIdent(this, pos, 1);
          else if (c < 0x80) {
            this.diagnostics.push(msg.invalidCharacter({ start: pos, end: pos + 1 }, String.fromCharCode(c)));
            tokens.push(T.INVALID, pos, ++pos);
          } else {
            pos = scanNonAscii(this, frame, pos, c);
            if (pos < 0) return; // a frame was pushed
          }
      }
    }
    this.pos = pos;
    this.frames.pop(); // end of text: an unclosed interpolation is reported by its string
  }

  private lineComment(pos: number): number {
    const newline = this.text.indexOf('\n', pos);
    const end = newline < 0 ? this.len : newline;
    const contentEnd = end > pos && this.text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    this.comments.push({ start: pos, end: contentEnd });
    // HCL's line comment stands for the newline it ends with.
    if (newline >= 0) this.tokens.push(T.NEWLINE, contentEnd, newline + 1);
    return newline < 0 ? this.len : newline + 1;
  }

  private blockComment(pos: number): number {
    const close = this.text.indexOf('*/', pos + 2);
    const end = close < 0 ? this.len : close + 2;
    this.comments.push({ start: pos, end });
    if (close < 0) this.diagnostics.push(msg.unterminatedComment({ start: pos, end: pos + 2 }));
    return end;
  }

  private bitwise(kind: T, pos: number, char: string): void {
    this.diagnostics.push(msg.bitwiseOperator({ start: pos, end: pos + 1 }, char));
    this.tokens.push(kind, pos, pos + 1);
  }

  /** Returns true when the brace ended the interpolation (the frame is popped). */
  closeBrace(frame: Frame, seqKind: T, start: number, end: number): boolean {
    this.pos = end;
    if (frame.interp && frame.braces === 0) {
      this.tokens.push(seqKind, start, end);
      this.frames.pop();
      return true;
    }
    frame.braces--;
    // HCL emits a `~}` as a sequence end even where it closes nothing; the parser reports it.
    this.tokens.push(seqKind === T.SEQ_END ? T.CBRACE : seqKind, start, end);
    return false;
  }

  pushQuoted(quote: Quote, start: number, length: number): void {
    const frame = new Frame(Mode.Quoted);
    frame.quote = quote;
    frame.start = start;
    frame.openChar = this.text.slice(start, start + length);
    this.tokens.push(T.OQUOTE, start, start + length);
    this.frames.push(frame);
    this.pos = start + length;
  }

  private quoteLaterOnLine(pos: number): boolean {
    const text = this.text;
    for (let i = pos; i < this.len; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return true;
      if (c === 0x0a) return false;
    }
    return false;
  }

  /**
   * In `"${var.x` + newline, the line break ends the string, so the interpolation lacks its `}`.
   * Only a complete-looking expression counts, and not when the next line carries on with an
   * operator or the `}`: newlines inside `${ }` are legal.
   */
  private interpEndsAtNewline(frame: Frame, pos: number): boolean {
    if (frame.braces !== 0 || frame.nesting !== 0) return false;
    const tokens = this.tokens;
    const last = tokens.count > 0 ? tokens.kinds[tokens.count - 1]! : T.EOF;
    if (last !== T.IDENT && last !== T.NUMBER && last !== T.CQUOTE && last !== T.CPAREN && last !== T.CBRACK)
      return false;
    const text = this.text;
    let i = text.indexOf('\n', pos) + 1;
    while (i > 0 && i < this.len && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    return !continuesExpression.has(text.charCodeAt(i));
  }

  private endInterpHere(frame: Frame, pos: number): void {
    this.diagnostics.push(
      msg.unclosedInterpolation({ start: frame.start, end: frame.start + 2 }, frame.directive, pos),
    );
    this.tokens.push(T.SEQ_END, pos, pos);
    this.frames.pop();
    const below = this.frames[this.frames.length - 1];
    if (below !== undefined) below.reported = true;
    this.pos = pos;
  }
}

/** Characters that, starting the next line, show an interpolation goes on there. */
const continuesExpression = new Set([
  0x7d, 0x7e, 0x29, 0x5d, 0x2e, 0x3f, 0x3a, 0x2b, 0x2d, 0x2a, 0x2f, 0x25, 0x3d, 0x21, 0x3c, 0x3e, 0x26, 0x7c, 0x2c,
  0x5b, 0x28,
]);
