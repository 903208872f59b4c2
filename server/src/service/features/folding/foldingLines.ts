/**
 * Folding ranges from offsets. A bracketed region folds up to the line before its closing bracket,
 * so the bracket stays visible under the folded first line, as editors fold JSON and code.
 */
import type { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import { LineIndex } from '../lineIndex';

export class FoldingCollector {
  private readonly document: LineIndex;
  private readonly ranges: FoldingRange[] = [];

  constructor(private readonly text: string) {
    this.document = new LineIndex(text);
  }

  line(offset: number): number {
    return this.document.positionAt(offset).line;
  }

  /**
   * From the line of `start` to the line before `close` (to the line of `close` when text precedes
   * the bracket there: hiding nothing would be no fold); to the line of `end` when unclosed.
   */
  bracketed(start: number, close: number | undefined, end: number): void {
    if (close === undefined) {
      this.lines(this.line(start), this.line(end));
      return;
    }
    const closeLine = this.line(close);
    const lineStart = this.document.offsetAt({ line: closeLine, character: 0 });
    const alone = onlySpaces(this.text, lineStart, close);
    this.lines(this.line(start), alone ? closeLine - 1 : closeLine);
  }

  lines(startLine: number, endLine: number, kind?: FoldingRangeKind): void {
    if (endLine > startLine) this.ranges.push({ startLine, endLine, ...(kind !== undefined && { kind }) });
  }

  /** Sorted, one range per start line (the widest): editors keep only one there anyway. */
  result(): FoldingRange[] {
    const sorted = [...this.ranges].sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
    return sorted.filter((range, i) => i === 0 || sorted[i - 1]?.startLine !== range.startLine);
  }
}

/** Whether `text` holds nothing but white space from `start` to `end`. */
function onlySpaces(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    // Other Unicode spaces are rare: the full rule decides.
    return c >= 0x80 && text.slice(i, end).trim() === '';
  }
  return true;
}
