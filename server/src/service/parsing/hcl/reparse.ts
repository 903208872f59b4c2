/**
 * Reading again only the block an edit falls in. Typing inside a block of a large configuration
 * changes that block and nothing else: the text before it scans the same, and so does the text
 * after it, because a block that parses clean ends at its own closing brace whatever follows. So
 * when the previous reading had no diagnostic and the edited block, read alone, is still one clean
 * block spanning exactly its text, the whole file reads as the old items before it, the new block,
 * and the old items after it moved by the edit's length. Anything else (an edit across blocks, a
 * syntax error before or after) is read in full, which is always right.
 */
import type { Body, BodyItem } from './ast';
import { parseHcl } from './parser';
import { BodyNode } from './nodes';
import { shiftOffsets } from './shiftOffsets';
import { itemIndexAt } from './walk';

/** Where the texts differ: `[start, previousEnd)` of the old text became `[start, end)` of the new one. */
export interface TextChange {
  start: number;
  previousEnd: number;
  end: number;
}

/** What changed between two readings of a file, for the analyses that can reuse the rest. */
export interface BlockEdit extends TextChange {
  /** The index in the file's body of the item read again (the same index in both readings). */
  index: number;
  /** The item's offsets in the previous reading. */
  previousItem: { start: number; end: number };
}

/**
 * The span where two texts differ, by their common prefix and suffix. Compared a chunk at a time
 * (string equality runs natively) and then a character at a time inside the first differing chunk.
 */
export function changedSpan(previous: string, text: string): TextChange {
  const shorter = Math.min(previous.length, text.length);
  let start = 0;
  while (start + CHUNK <= shorter && previous.slice(start, start + CHUNK) === text.slice(start, start + CHUNK))
    start += CHUNK;
  while (start < shorter && previous.charCodeAt(start) === text.charCodeAt(start)) start++;
  const room = shorter - start;
  let suffix = 0;
  while (
    suffix + CHUNK <= room &&
    previous.slice(previous.length - suffix - CHUNK, previous.length - suffix) ===
      text.slice(text.length - suffix - CHUNK, text.length - suffix)
  )
    suffix += CHUNK;
  while (
    suffix < room &&
    previous.charCodeAt(previous.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)
  )
    suffix++;
  return { start, previousEnd: previous.length - suffix, end: text.length - suffix };
}

const CHUNK = 2048;

/** The index of the top-level item whose inside (not its first or last character) holds the change. */
function itemAround(items: readonly BodyItem[], change: TextChange): number | undefined {
  const index = itemIndexAt(items, change.start);
  const range = index === undefined ? undefined : items[index]?.range;
  return range !== undefined && range.start < change.start && change.previousEnd < range.end ? index : undefined;
}

/**
 * The new reading of `text`, reusing `previous` (the reading of `previousText`), or undefined when
 * only a full reading is right. `previous` is taken over: its items after the edit are moved in
 * place, so it must not be used afterwards.
 */
export function reparseEditedBlock(
  previousText: string,
  previous: { body: Body; diagnostics: readonly unknown[] },
  text: string,
): { body: Body; edit: BlockEdit } | undefined {
  if (previous.diagnostics.length > 0 || previousText === text) return undefined;
  const change = changedSpan(previousText, text);
  const items = previous.body.items;
  const index = itemAround(items, change);
  const old = index === undefined ? undefined : items[index];
  if (index === undefined || old === undefined || old.kind !== 'block') return undefined;
  const delta = text.length - previousText.length;
  const { start, end } = old.range;
  const alone = parseHcl(text.slice(start, end + delta));
  const block = alone.body.items[0];
  if (
    alone.diagnostics.length > 0 ||
    alone.body.items.length !== 1 ||
    block?.kind !== 'block' ||
    block.range.start !== 0 ||
    block.range.end !== end + delta - start
  )
    return undefined;
  shiftOffsets(block, start);
  for (let i = index + 1; i < items.length; i++) shiftOffsets(items[i]!, delta);
  const body: Body = new BodyNode(
    [...items.slice(0, index), block, ...items.slice(index + 1)],
    previous.body.range.start,
    previous.body.range.end + delta,
  );
  return {
    body,
    edit: { ...change, index, previousItem: { start, end } },
  };
}
