/**
 * Which lines a fix's layout may touch. `packer fmt` aligns the `=` of a run of arguments, so a
 * changed line can move the `=` of its neighbours, but never past the braces of its block: laying
 * out the innermost block around each change gives the layout a full format would, and leaves the
 * rest of the file as the user wrote it. A change between top-level items (a new `variable` block,
 * a line of a `.pkrvars.hcl`) lays out the items it touched and the run of arguments around them.
 */
import type { Block, Body, BodyItem } from '../../parsing/hcl/ast';
import { LineIndex } from '../../parsing/hcl/positions';
import type { OffsetRange } from '../../types';

export interface LayoutGroup {
  /** Whole top-level items: formatted on their own, they come out as within the whole file. */
  context: OffsetRange;
  /** The lines inside `context` whose layout is applied. */
  lines: OffsetRange[];
}

/** The groups for changes (ranges of the fixed text), sorted and with disjoint contexts. */
export function layoutGroups(text: string, body: Body, changes: readonly OffsetRange[]): LayoutGroup[] {
  const index = new LineIndex(text);
  const regions: Array<{ context: OffsetRange; lines: OffsetRange }> = [];
  for (const change of changes) {
    const blocks = enclosingBlocks(body, change);
    const outer = blocks[0];
    const inner = blocks[blocks.length - 1];
    if (outer !== undefined && inner !== undefined) {
      regions.push({ context: lineSpan(text, outer.range), lines: lineSpan(text, inner.range) });
      continue;
    }
    const items = topLevelItems(body.items, change, index);
    if (items === undefined) continue;
    const span = lineSpan(text, { start: Math.min(items.start, change.start), end: Math.max(items.end, change.end) });
    regions.push({ context: span, lines: span });
  }
  regions.sort((a, b) => a.context.start - b.context.start);
  const groups: LayoutGroup[] = [];
  for (const region of regions) {
    const last = groups[groups.length - 1];
    if (last !== undefined && region.context.start <= last.context.end) {
      last.context.end = Math.max(last.context.end, region.context.end);
      last.lines.push(region.lines);
    } else {
      groups.push({ context: { ...region.context }, lines: [region.lines] });
    }
  }
  return groups;
}

/** From the start of the first line of `range` to the end of its last line (before the line break). */
export function lineSpan(text: string, range: OffsetRange): OffsetRange {
  const start = text.lastIndexOf('\n', range.start - 1) + 1;
  const last = range.end > range.start ? range.end - 1 : range.start;
  const newline = text.indexOf('\n', last);
  if (newline === -1) return { start, end: text.length };
  return { start, end: newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline };
}

/** The blocks holding a change, outermost first. A deletion at a block's edge is outside it. */
function enclosingBlocks(body: Body, change: OffsetRange): Block[] {
  for (const item of body.items) {
    if (item.kind !== 'block') continue;
    const { start, end } = item.range;
    const inside =
      change.start === change.end
        ? start < change.start && change.start < end
        : start <= change.start && change.end <= end;
    if (inside) return [item, ...enclosingBlocks(item.body, change)];
  }
  return [];
}

/**
 * The top-level items a change outside every block touched, widened by the arguments on adjacent
 * lines (one run of `=` to align). A change that touched no item (a deletion) takes the arguments
 * just above and below it, whose run it may have joined or shortened. Undefined: nothing to lay out.
 */
function topLevelItems(items: readonly BodyItem[], change: OffsetRange, index: LineIndex): OffsetRange | undefined {
  const touches = (item: BodyItem): boolean =>
    change.start === change.end
      ? item.range.start < change.start && change.start < item.range.end
      : item.range.start < change.end && change.start < item.range.end;
  let first = items.findIndex(touches);
  let last = findLastIndex(items, touches);
  if (first === -1) {
    const above = findLastIndex(items, (item) => item.range.end <= change.start);
    const below = items.findIndex((item) => item.range.start >= change.end);
    const aboveItem = items[above];
    const belowItem = items[below];
    const joins = (item: BodyItem | undefined, line: number): boolean =>
      item?.kind === 'attribute' && index.lineAt(item.range.end) === line;
    const changeLine = index.lineAt(change.start);
    const takeAbove = joins(aboveItem, changeLine - 1) || joins(aboveItem, changeLine);
    const takeBelow =
      belowItem?.kind === 'attribute' && index.lineAt(belowItem.range.start) === index.lineAt(change.end);
    if (!takeAbove && !takeBelow) return undefined;
    first = takeAbove ? above : below;
    last = takeBelow ? below : above;
  }
  const sameRun = (upper: BodyItem | undefined, lower: BodyItem | undefined): boolean =>
    upper?.kind === 'attribute' &&
    lower?.kind === 'attribute' &&
    index.lineAt(upper.range.end) + 1 === index.lineAt(lower.range.start);
  while (sameRun(items[first - 1], items[first])) first--;
  while (sameRun(items[last], items[last + 1])) last++;
  const from = items[first];
  const to = items[last];
  return from === undefined || to === undefined ? undefined : { start: from.range.start, end: to.range.end };
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
