/**
 * Formatting changes only the gaps between tokens, so the edits are those gaps whose spaces
 * differ: each one small and local, which keeps the cursor, selections and undo where they were.
 * The formatted text is the source with those edits applied: a file that is mostly formatted
 * already is copied in a few large pieces rather than rebuilt token by token.
 */
import type { FormatTokens } from './tokens';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function gapEdits(tokens: FormatTokens, text: string): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  let previousEnd = 0;
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.starts[i]!;
    const spaces = tokens.spaces[i]!;
    if (!isSpaces(text, previousEnd, start, spaces)) {
      edits.push({ start: previousEnd, end: start, newText: ' '.repeat(spaces) });
    }
    previousEnd = tokens.ends[i]!;
  }
  return edits;
}

/** Whether `text` holds exactly `count` spaces from `start` to `end`. */
function isSpaces(text: string, start: number, end: number, count: number): boolean {
  if (end - start !== count) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** The text with the edits (sorted, not overlapping) applied. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    parts.push(text.slice(copied, edit.start), edit.newText);
    copied = edit.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
