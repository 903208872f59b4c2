/**
 * Formatting changes only the gaps between tokens, so the edits are those gaps whose spaces
 * differ: each one small and local, which keeps the cursor, selections and undo where they were.
 */
import type { FormatToken } from './tokens';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function gapEdits(tokens: readonly FormatToken[], text: string): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  let previousEnd = 0;
  for (const token of tokens) {
    const newText = ' '.repeat(token.spacesBefore);
    if (text.slice(previousEnd, token.start) !== newText) {
      edits.push({ start: previousEnd, end: token.start, newText });
    }
    previousEnd = token.end;
  }
  return edits;
}
