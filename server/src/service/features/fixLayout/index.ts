/**
 * Quick fixes in HCL2 files laid out as `packer fmt` would lay them out, so that a fixed file still
 * passes `packer fmt -check`. A fix's raw edits are applied, the innermost block around each change
 * is laid out by our formatter (regions.ts), and the result is written back as one replacement per
 * changed region of the original text. The layout only moves spaces: the tokens after it are those
 * of the raw fix. When the fixed text does not parse where the fix changed it, or the formatter
 * declines, the raw edits stand.
 */
import { parseHcl } from '../../parsing/hcl';
import { formatHclEdits, type OffsetEdit } from '../../format/hcl';
import { sameTokens } from '../../format/hcl/tokenCheck';
import type { OffsetRange, TextReplacement } from '../../types';
import { applyEdits, originalOffset, type AppliedEdits } from './appliedEdits';
import { layoutGroups, lineSpan } from './regions';
import { blockWindow, shiftReplacements } from './window';

/**
 * The fix as edits of `text`, laid out; undefined when the raw edits stand as they are. Given the
 * ranges of the file's top-level items, a fix inside one of them is laid out on its lines alone.
 */
export function layoutHclFix(
  text: string,
  edits: readonly TextReplacement[],
  topLevel?: readonly OffsetRange[],
): TextReplacement[] | undefined {
  try {
    if (edits.every((edit) => swapsPunctuation(text, edit))) return undefined;
    const window = topLevel === undefined ? undefined : blockWindow(text, topLevel, edits);
    if (window === undefined) return layOut(text, edits);
    const laidOut = layOut(text.slice(window.start, window.end), shiftReplacements(edits, -window.start));
    return laidOut === undefined ? undefined : shiftReplacements(laidOut, window.start);
  } catch {
    // A layout is a nicety on top of a correct fix: never lose the fix to it.
    return undefined;
  }
}

/**
 * An edit that swaps one punctuation character for another (a curly quote made straight, a minus
 * sign made a hyphen) moves no column and changes no word: laying out the block around it would
 * only reflow what the user wrote, and costs a parse of that block per fix (hundreds of them in a
 * file pasted with curly quotes).
 */
function swapsPunctuation(text: string, edit: TextReplacement): boolean {
  const old = text.slice(edit.range.start, edit.range.end);
  const single = /^[^\s\w]$/u;
  return old.length === edit.newText.length && single.test(old) && single.test(edit.newText);
}

function layOut(text: string, edits: readonly TextReplacement[]): TextReplacement[] | undefined {
  if (edits.length === 0) return undefined;
  const applied = applyEdits(text, edits);
  if (applied === undefined) return undefined;
  const fixed = parseHcl(applied.text);
  const changes = applied.spans.map((span) => span.after);
  const groups = layoutGroups(applied.text, fixed.body, changes);
  // A syntax error elsewhere (a curly quote not yet fixed) must not stop the layout of a block that
  // reads well; one inside the region means the fixed text there is not yet what the user means.
  const errors = fixed.diagnostics.filter((d) => d.severity === 'error');
  const broken = (range: OffsetRange): boolean =>
    errors.some((error) => error.range.start <= range.end && range.start <= error.range.end);
  if (groups.some((group) => broken(group.context))) return undefined;
  const gaps: OffsetEdit[] = [];
  for (const group of groups) {
    const formatted = formatHclEdits(applied.text.slice(group.context.start, group.context.end));
    if ('declined' in formatted) return undefined;
    for (const gap of formatted) {
      const start = gap.start + group.context.start;
      const end = gap.end + group.context.start;
      if (group.lines.some((lines) => lines.start <= start && end <= lines.end)) gaps.push({ ...gap, start, end });
    }
  }
  if (gaps.length === 0) return undefined; // what the fix wrote is laid out already
  const regions = mergeRanges([
    ...groups.flatMap((group) => group.lines),
    ...changes.map((change) => lineSpan(applied.text, change)),
  ]).map((region) => coveringChanges(region, changes));
  const result: TextReplacement[] = [];
  for (const region of regions) {
    const replacement = regionReplacement(text, applied, region, gaps);
    if (replacement === undefined) return undefined;
    if (replacement !== 'unchanged') result.push(replacement);
  }
  return result;
}

/** The original text of a region of the fixed text, replaced by the region laid out. */
function regionReplacement(
  text: string,
  applied: AppliedEdits,
  region: OffsetRange,
  gaps: readonly OffsetEdit[],
): TextReplacement | 'unchanged' | undefined {
  const before = applied.text.slice(region.start, region.end);
  let after = '';
  let copied = region.start;
  for (const gap of gaps) {
    if (gap.start < region.start || gap.end > region.end) continue;
    after += applied.text.slice(copied, gap.start) + gap.newText;
    copied = gap.end;
  }
  after += applied.text.slice(copied, region.end);
  // A safety net: nothing but spaces may differ from what the fix wrote.
  if (!sameTokens(before, after)) return undefined;
  const range = {
    start: originalOffset(applied.spans, region.start, 'start'),
    end: originalOffset(applied.spans, region.end, 'end'),
  };
  return trimmed(text, range, after);
}

/** The replacement without the text it leaves as it was at either end, never splitting a CR LF or a surrogate pair. */
function trimmed(text: string, range: OffsetRange, newText: string): TextReplacement | 'unchanged' {
  const old = text.slice(range.start, range.end);
  if (old === newText) return 'unchanged';
  let prefix = 0;
  const most = Math.min(old.length, newText.length);
  while (prefix < most && old.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && (splitsPair(old, prefix) || splitsPair(newText, prefix))) prefix--;
  let suffix = 0;
  while (
    suffix < most - prefix &&
    old.charCodeAt(old.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  )
    suffix++;
  while (suffix > 0 && (splitsPair(old, old.length - suffix) || splitsPair(newText, newText.length - suffix))) suffix--;
  return {
    range: { start: range.start + prefix, end: range.end - suffix },
    newText: newText.slice(prefix, newText.length - suffix),
  };
}

function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (
    (before === 0x0d && after === 0x0a) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
  );
}

/**
 * A region widened to hold every change it cuts: an insertion that ends with a line break (a new
 * block and its blank line) reaches past the line span of its last line, and a region must never
 * end inside what an edit wrote, where no offset of the original text corresponds.
 */
function coveringChanges(region: OffsetRange, changes: readonly OffsetRange[]): OffsetRange {
  let { start, end } = region;
  for (const change of changes) {
    if (change.start < start && start < change.end) start = change.start;
    if (change.start < end && end < change.end) end = change.end;
  }
  return { start, end };
}

function mergeRanges(ranges: readonly OffsetRange[]): OffsetRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: OffsetRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
