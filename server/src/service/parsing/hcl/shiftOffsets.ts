/**
 * Moving a parsed subtree by a number of characters, in place: after an edit, the blocks that
 * follow it keep their nodes (and whatever was derived from those nodes) and only their offsets
 * change. Offsets live in fields named `start`, `end` or ending in `Start`/`End` (nodes.ts keeps
 * them as numbers and computes ranges on read; the few stored ranges are `{start, end}` objects).
 * The parser never shares an object between two places of the tree (test/unit/hcl-reparse.test.ts
 * checks it), so each offset is moved exactly once.
 */

const isOffsetKey = (key: string): boolean =>
  key === 'start' || key === 'end' || key.endsWith('Start') || key.endsWith('End');

export function shiftOffsets(node: object, delta: number): void {
  if (delta !== 0) shift(node as Record<string, unknown>, delta);
}

function shift(record: Record<string, unknown>, delta: number): void {
  // Own fields only (nodes.ts's ranges are getters on the prototype, never enumerated).
  for (const key in record) {
    const value = record[key];
    if (typeof value === 'number') {
      if (isOffsetKey(key)) record[key] = value + delta;
    } else if (typeof value === 'object' && value !== null) {
      if (Array.isArray(value)) {
        for (const element of value as unknown[])
          if (typeof element === 'object' && element !== null) shift(element as Record<string, unknown>, delta);
      } else shift(value as Record<string, unknown>, delta);
    }
  }
}
