/**
 * A fix inside one top-level block changes the layout of that block only, so it is laid out on the
 * lines of that block alone: laying out each of a file's quick fixes on the whole text parsed the
 * whole file once per fix, which made a file with hundreds of findings take seconds.
 */
import type { OffsetRange, TextReplacement } from '../../types';

/**
 * The whole lines of the top-level item (from the file's parse, in text order) that holds every
 * edit, when no other item shares those lines; undefined otherwise.
 */
export function blockWindow(
  text: string,
  topLevel: readonly OffsetRange[],
  edits: readonly TextReplacement[],
): OffsetRange | undefined {
  if (edits.length === 0) return undefined;
  const first = Math.min(...edits.map((e) => e.range.start));
  const last = Math.max(...edits.map((e) => e.range.end));
  let low = 0;
  let high = topLevel.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((topLevel[middle]?.start ?? Infinity) <= first) low = middle + 1;
    else high = middle;
  }
  const item = topLevel[low - 1];
  // Strictly inside: an edit at either end may join the item to what stands beside it.
  if (item === undefined || first <= item.start || last >= item.end) return undefined;
  const start = text.lastIndexOf('\n', item.start - 1) + 1;
  const newline = text.indexOf('\n', item.end);
  const end = newline === -1 ? text.length : newline + 1;
  const previous = topLevel[low - 2];
  const next = topLevel[low];
  if ((previous !== undefined && previous.end > start) || (next !== undefined && next.start < end)) return undefined;
  // A line break other than \n (a lone CR) would make these lines differ from the file's own.
  if (text.slice(start, end).includes('\r') && /\r(?!\n)/.test(text.slice(start, end))) return undefined;
  return { start, end };
}

export function shiftReplacements(edits: readonly TextReplacement[], by: number): TextReplacement[] {
  return edits.map((e) => ({ range: { start: e.range.start + by, end: e.range.end + by }, newText: e.newText }));
}
