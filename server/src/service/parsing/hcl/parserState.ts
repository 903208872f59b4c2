/**
 * The parser's state and cursor over the scanner's tokens, with HCL's two recovery moves (skip to
 * a closing bracket; skip to the end of the body item). Newlines matter in bodies and objects and
 * are skipped inside brackets, as in HCL's peeker: `newlines` says which applies now.
 *
 * Unlike HCL, whose recovery flag stays on for the rest of the file once set, ours is cleared at
 * each new argument or block: one mistake gives one diagnostic, and later mistakes are still found.
 */
import type { Range } from './ast';
import { error, type HclDiagnostic } from './diagnostics';
import type { ScanResult } from './scanner';
import { type KindArray, T } from './tokens';

/** Real templates nest a handful of levels; the JavaScript stack allows some thousands of frames. */
const MAX_DEPTH = 256;

export interface ParseOptions {
  /** Second pass: an unindented block header inside an unclosed block closes it (see parseBody). */
  closeAtColumnZero: boolean;
}

export class Parser {
  readonly kinds: KindArray;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly names: Map<number, string>;
  index = 0;
  newlines = true;
  recovering = false;
  /** Nesting of expressions and blocks, bounded so that a pathological text cannot overflow the stack. */
  depth = 0;
  /** Set when nesting went past the limit and the rest of the text was skipped. */
  gaveUp = false;
  /** Set when a block reached the end of the text unclosed: worth a second, heuristic pass. */
  sawUnclosedBlock = false;
  readonly diagnostics: HclDiagnostic[] = [];
  private readonly interned = new Map<number, string>();

  constructor(
    readonly text: string,
    scanned: ScanResult,
    readonly options: ParseOptions,
  ) {
    this.kinds = scanned.tokens.kinds;
    this.starts = scanned.tokens.starts;
    this.ends = scanned.tokens.ends;
    this.names = scanned.names;
  }

  /** The index of the next token that counts here. */
  peek(): number {
    let i = this.index;
    if (!this.newlines) while (this.kinds[i] === T.NEWLINE) i++;
    return i;
  }

  peekKind(): T {
    return this.kinds[this.peek()]!;
  }

  /** Consumes the next token that counts and returns its index; the EOF token is never passed. */
  next(): number {
    const i = this.peek();
    this.index = this.kinds[i] === T.EOF ? i : i + 1;
    return i;
  }

  range(i: number): Range {
    return { start: this.starts[i]!, end: this.ends[i]! };
  }

  tokenText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  identName(i: number): string {
    const start = this.starts[i]!;
    if (this.names.size > 0) {
      const repaired = this.names.get(start);
      if (repaired !== undefined) return repaired;
    }
    return this.intern(start, this.ends[i]!);
  }

  /**
   * text[start, end) as a string shared with earlier equal ones: a template repeats its names
   * (`var`, `region`, `ami_name`) and short values thousands of times, and one string each saves
   * a tenth of the tree's memory. A hash of the characters finds the candidate; a mismatch just
   * replaces it.
   */
  intern(start: number, end: number): string {
    const length = end - start;
    if (length > 32) return this.text.slice(start, end);
    const text = this.text;
    let hash = length;
    for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
    const found = this.interned.get(hash);
    if (found !== undefined && found.length === length && text.startsWith(found, start)) return found;
    const value = text.slice(start, end);
    this.interned.set(hash, value);
    return value;
  }

  isKeyword(i: number, word: string): boolean {
    return (
      this.kinds[i] === T.IDENT &&
      this.ends[i]! - this.starts[i]! === word.length &&
      this.text.startsWith(word, this.starts[i])
    );
  }

  /** Reports unless an earlier mistake in this item already left the parser guessing. */
  report(diagnostic: HclDiagnostic): void {
    if (!this.recovering) this.diagnostics.push(diagnostic);
  }

  /** Reports, then stops reporting until the next body item: the cursor is somewhere unsure. */
  fail(diagnostic: HclDiagnostic): void {
    this.report(diagnostic);
    this.recovering = true;
  }

  /**
   * Past MAX_DEPTH levels of nesting: one diagnostic, and the rest of the text is skipped (every
   * enclosing construct then meets the end), rather than a stack overflow.
   */
  tooDeep(): boolean {
    if (this.depth < MAX_DEPTH) return false;
    const i = this.peek();
    this.fail(
      error(
        'invalid-expression',
        this.range(i),
        'Nesting too deep',
        `More than ${MAX_DEPTH} levels of brackets, blocks or strings are nested here; the rest of the file is not read.`,
      ),
    );
    while (this.kinds[this.index] !== T.EOF) this.index++;
    this.gaveUp = true;
    return true;
  }

  /** Tokens on the same line: no newline token between `i` and `j`. */
  sameLine(i: number, j: number): boolean {
    for (let k = i; k < j; k++) if (this.kinds[k] === T.NEWLINE) return false;
    return true;
  }

  /** 1-based line of an offset, for messages that point elsewhere. */
  lineOf(offset: number): number {
    let line = 1;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) line++;
    return line;
  }

  /**
   * Skips to the `closer` that matches the current nesting (HCL's recover) and returns its index,
   * consumed; or, unconsumed, the index of the EOF or of a `}` that closes an enclosing block.
   */
  recover(closer: T): number {
    this.recovering = true;
    const kinds = this.kinds;
    let nest = 0;
    let braces = 0;
    for (let i = this.index; ; i++) {
      const kind = kinds[i]!;
      if (kind === T.EOF) {
        this.index = i;
        return i;
      }
      if (closer !== T.CBRACE) {
        // A `}` that closes nothing opened since: the bracket was never closed, and the brace
        // belongs to the enclosing block. Stop before it.
        if (kind === T.OBRACE) braces++;
        else if (kind === T.CBRACE && braces-- === 0) {
          this.index = i;
          return i;
        }
      }
      if (closes(kind, closer)) {
        if (nest === 0) {
          this.index = i + 1;
          return i;
        }
        nest--;
      } else if (opens(kind, closer)) nest++;
    }
  }

  /**
   * Skips to the end of the current line, counting brackets so that a multi-line value is skipped
   * whole (HCL's recoverAfterBodyItem). A `}` that closes nothing opened here is left in place:
   * it closes the enclosing block.
   */
  recoverAfterBodyItem(): void {
    this.recovering = true;
    const kinds = this.kinds;
    const open: T[] = [];
    for (let i = this.index; ; i++) {
      const kind = kinds[i]!;
      switch (kind) {
        case T.EOF:
          this.index = i;
          return;
        case T.NEWLINE:
          if (open.length === 0) {
            this.index = i + 1;
            return;
          }
          break;
        case T.OBRACE:
        case T.OBRACK:
        case T.OPAREN:
        case T.OQUOTE:
        case T.OHEREDOC:
        case T.INTERP:
        case T.INTERP_STRIP:
        case T.CONTROL:
        case T.CONTROL_STRIP:
          open.push(kind);
          break;
        case T.CBRACE:
          if (!open.includes(T.OBRACE)) {
            this.index = i;
            return;
          }
          popTo(open, T.OBRACE);
          break;
        case T.CBRACK:
          popTo(open, T.OBRACK);
          break;
        case T.CPAREN:
          popTo(open, T.OPAREN);
          break;
        case T.CQUOTE:
          popTo(open, T.OQUOTE);
          break;
        case T.CHEREDOC:
          popTo(open, T.OHEREDOC);
          break;
        case T.SEQ_END:
        case T.SEQ_END_STRIP:
          while (open.length > 0 && !isSequenceOpener(open[open.length - 1]!)) open.pop();
          open.pop();
          break;
        default:
          break;
      }
    }
  }
}

function popTo(open: T[], opener: T): void {
  while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
  open.pop();
}

function isSequenceOpener(kind: T): boolean {
  return kind === T.INTERP || kind === T.INTERP_STRIP || kind === T.CONTROL || kind === T.CONTROL_STRIP;
}

function closes(kind: T, closer: T): boolean {
  if (closer === T.SEQ_END) return kind === T.SEQ_END || kind === T.SEQ_END_STRIP;
  return kind === closer;
}

function opens(kind: T, closer: T): boolean {
  switch (closer) {
    case T.CBRACE:
      return kind === T.OBRACE;
    case T.CBRACK:
      return kind === T.OBRACK;
    case T.CPAREN:
      return kind === T.OPAREN;
    case T.CQUOTE:
      return kind === T.OQUOTE;
    case T.CHEREDOC:
      return kind === T.OHEREDOC;
    case T.SEQ_END:
      return isSequenceOpener(kind);
    default:
      return false;
  }
}
