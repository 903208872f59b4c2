/**
 * Offsets to lines and columns. The language service speaks UTF-16 offsets; editors want 0-based
 * line/character (also UTF-16), and HCL's own messages and test suite give 1-based line, column and
 * a UTF-8 byte offset. One index of line starts serves all three.
 */

export interface LineCharacter {
  /** 0-based. */
  line: number;
  /** 0-based, in UTF-16 code units. */
  character: number;
}

/** HCL's hcl.Pos: 1-based line and column (in characters), 0-based UTF-8 byte offset. */
export interface HclPosition {
  line: number;
  column: number;
  byte: number;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The 0-based line holding `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  positionAt(offset: number): LineCharacter {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line]! };
  }

  offsetAt(position: LineCharacter): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStart(position.line);
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  /**
   * HCL's position of an offset. Columns count code points, where HCL counts grapheme clusters:
   * the two differ only after combining characters or emoji sequences on the same line.
   */
  hclPosition(offset: number): HclPosition {
    const line = this.lineAt(offset);
    const start = this.lineStarts[line]!;
    let column = 1;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) column++; // a low surrogate completes a character already counted
    }
    return { line: line + 1, column, byte: utf8Length(this.text, 0, offset) };
  }
}

/** The UTF-8 length of text[start, end). */
export function utf8Length(text: string, start: number, end: number): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
