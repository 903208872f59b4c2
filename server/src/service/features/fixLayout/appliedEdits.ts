/**
 * A fix's raw edits applied to the text, remembering where each one landed: the layout step works
 * on the fixed text, and its result must be written back as edits against the original.
 */
import type { OffsetRange, TextReplacement } from '../../types';

export interface AppliedSpan {
  /** What the edit replaced, in the original text. */
  before: OffsetRange;
  /** What it wrote, in the fixed text. */
  after: OffsetRange;
}

export interface AppliedEdits {
  text: string;
  /** Sorted, disjoint. */
  spans: AppliedSpan[];
}

/**
 * Applies edits in the order editors do: by start, an insertion before a replacement that starts
 * at the same place, insertions at one place in the order given. Undefined when two overlap.
 */
export function applyEdits(text: string, edits: readonly TextReplacement[]): AppliedEdits | undefined {
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort(
      (a, b) =>
        a.edit.range.start - b.edit.range.start ||
        Number(a.edit.range.end > a.edit.range.start) - Number(b.edit.range.end > b.edit.range.start) ||
        a.index - b.index,
    )
    .map(({ edit }) => edit);
  const parts: string[] = [];
  const spans: AppliedSpan[] = [];
  let copied = 0;
  let length = 0;
  for (const { range, newText } of ordered) {
    if (range.start < copied || range.end < range.start || range.end > text.length) return undefined;
    const kept = text.slice(copied, range.start);
    parts.push(kept, newText);
    length += kept.length;
    spans.push({ before: { ...range }, after: { start: length, end: length + newText.length } });
    length += newText.length;
    copied = range.end;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), spans };
}

/**
 * Where an offset of the fixed text stood in the original, for the `start` or the `end` of a
 * range that holds every edit touching it. Only meaningful outside what the edits wrote: a range
 * starting where an edit wrote starts before what that edit replaced, and one ending where an
 * edit deleted text ends after the deleted text, so the range keeps the whole edit.
 */
export function originalOffset(spans: readonly AppliedSpan[], offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const span of spans) {
    const deletion = span.after.start === span.after.end;
    const inside = span.after.start < offset || (side === 'end' && deletion && span.after.start === offset);
    if (!inside) break;
    shift = span.before.end - span.after.end;
  }
  return offset + shift;
}
