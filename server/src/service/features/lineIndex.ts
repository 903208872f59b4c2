/**
 * Line starts of a text, for turning offsets into LSP positions and back, with exactly the answers
 * of `TextDocument` from vscode-languageserver-textdocument (line breaks `\n`, `\r\n` and `\r`; an
 * offset inside a line break counts as the end of its line). Two things make it cheaper on large
 * files, where a feature converts tens of thousands of offsets: the starts are found with
 * `indexOf` and kept in a typed array, and a lookup first tries the line of the previous one,
 * since features convert offsets in document order or close to it.
 */
import type { Position } from 'vscode-languageserver-types';

export class LineIndex {
  private starts: Int32Array | undefined;
  private lastLine = 0;

  constructor(private readonly text: string) {}

  getText(): string {
    return this.text;
  }

  positionAt(offset: number): Position {
    const text = this.text;
    const at = Math.max(Math.min(offset, text.length), 0);
    const starts = this.lineStarts();
    const line = this.lineOf(starts, at);
    return { line, character: this.beforeLineBreak(at, starts[line]!) - starts[line]! };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = starts[position.line]!;
    if (position.character <= 0) return start;
    const next = position.line + 1 < starts.length ? starts[position.line + 1]! : this.text.length;
    return this.beforeLineBreak(Math.min(start + position.character, next), start);
  }

  /** The last line starting at or before `offset`: near the previous answer first, else by bisection. */
  private lineOf(starts: Int32Array, offset: number): number {
    const last = starts.length - 1;
    let line = Math.min(this.lastLine, last);
    for (let step = 0; step < 4; step++) {
      if (starts[line]! > offset) line--;
      else if (line < last && starts[line + 1]! <= offset) line++;
      else return (this.lastLine = line);
    }
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! > offset) high = middle;
      else low = middle + 1;
    }
    return (this.lastLine = low - 1);
  }

  /** An offset inside or after a line's break moved back to just before it. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isLineBreak(this.text.charCodeAt(at - 1))) at--;
    return at;
  }

  private lineStarts(): Int32Array {
    return (this.starts ??= computeLineStarts(this.text));
  }
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

function computeLineStarts(text: string): Int32Array {
  const starts: number[] = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return Int32Array.from(starts);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLineBreak(c)) continue;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    starts.push(i + 1);
  }
  return Int32Array.from(starts);
}
