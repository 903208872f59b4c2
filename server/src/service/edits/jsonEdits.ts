/**
 * Text edits on a JSON document that keep its layout: insert settings into an object in the
 * object's own style (one line or indented), remove one with its comma, rename a key, replace a
 * value or part of a string. Quick fixes are built from these so that each is a small, exact
 * change and never a reformatted file.
 */
import type { ObjectNode, PropertyNode, StringNode, ValueNode } from '../parsing/tree';
import type { OffsetRange, TextReplacement } from '../types';

/**
 * Inserts `"key": value` entries into an object. They go right after `after` (by default the
 * `type` setting, so a component still reads type first) or at the start of the object.
 */
export function insertProperties(
  text: string,
  object: ObjectNode,
  entries: Array<[string, unknown]>,
  after: PropertyNode | undefined = object.properties.find((p) => p.key === 'type'),
): TextReplacement {
  const rendered = entries.map(([key, value]) => `${JSON.stringify(key)}: ${renderValue(value)}`);
  const index = after === undefined ? -1 : object.properties.indexOf(after);
  const next = object.properties[index + 1];
  if (next !== undefined) {
    // Before the following setting, separated the way it is separated from the one before it.
    const separator = index >= 0 ? separatorBefore(text, next) : layoutAfterBrace(text, object);
    return {
      range: { start: next.range.start, end: next.range.start },
      newText: rendered.map((r) => `${r},${separator}`).join(''),
    };
  }
  if (after !== undefined) {
    const separator = separatorBefore(text, after);
    return {
      range: { start: after.range.end, end: after.range.end },
      newText: rendered.map((r) => `,${separator}${r}`).join(''),
    };
  }
  // An empty object.
  const open = object.range.start + 1;
  const indent = `${lineIndent(text, object.range.start)}  `;
  const multiLine = text.slice(object.range.start, object.range.end).includes('\n');
  const body = multiLine ? rendered.map((r) => `\n${indent}${r}`).join(',') : ` ${rendered.join(', ')} `;
  return { range: { start: open, end: open }, newText: body };
}

/** Removes a setting and the comma that separates it from its neighbour. */
export function removeProperty(text: string, object: ObjectNode, property: PropertyNode): TextReplacement {
  const index = object.properties.indexOf(property);
  const next = object.properties[index + 1];
  if (next !== undefined) return { range: { start: property.range.start, end: next.range.start }, newText: '' };
  const previous = object.properties[index - 1];
  if (previous !== undefined) return { range: { start: previous.range.end, end: property.range.end }, newText: '' };
  // The only setting: leave the braces.
  let end = property.range.end;
  const trailing = /^\s*,/.exec(text.slice(end));
  if (trailing !== null) end += trailing[0].length;
  return { range: { start: property.range.start, end }, newText: '' };
}

/**
 * Removes several settings of one object at once. Neighbouring ones are removed as one run, so
 * the edits never overlap (removing two last settings one by one would both claim one comma).
 */
export function removeProperties(text: string, object: ObjectNode, properties: PropertyNode[]): TextReplacement[] {
  const removed = new Set(properties);
  const all = object.properties;
  const edits: TextReplacement[] = [];
  let i = 0;
  while (i < all.length) {
    if (!removed.has(all[i] as PropertyNode)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < all.length && removed.has(all[j + 1] as PropertyNode)) j++;
    const first = all[i] as PropertyNode;
    const last = all[j] as PropertyNode;
    const next = all[j + 1];
    const previous = all[i - 1];
    if (next !== undefined) edits.push({ range: { start: first.range.start, end: next.range.start }, newText: '' });
    else if (previous !== undefined)
      edits.push({ range: { start: previous.range.end, end: last.range.end }, newText: '' });
    else {
      // Every setting goes: empty the braces, and a stray trailing comma with them.
      const trailing = /^\s*,/.exec(text.slice(last.range.end));
      edits.push({
        range: { start: first.range.start, end: last.range.end + (trailing?.[0].length ?? 0) },
        newText: '',
      });
    }
    i = j + 1;
  }
  return edits;
}

/** Replaces a whole setting (key and value) by another. */
export function replaceProperty(property: PropertyNode, key: string, value: unknown): TextReplacement {
  return { range: property.range, newText: `${JSON.stringify(key)}: ${renderValue(value)}` };
}

export function renameKey(property: PropertyNode, newKey: string): TextReplacement {
  return { range: property.keyRange, newText: JSON.stringify(newKey) };
}

export function replaceValue(node: ValueNode, value: unknown): TextReplacement {
  return { range: node.range, newText: renderValue(value) };
}

/**
 * Replaces characters `[from, to)` of a string's value (indices into `node.value`) by `newText`,
 * escaped as JSON requires. Offsets are mapped through the escapes of the source text.
 */
export function replaceInString(
  text: string,
  node: StringNode,
  from: number,
  to: number,
  newText: string,
): TextReplacement {
  const offsets = stringValueOffsets(text, node);
  return {
    range: { start: offsets[from] ?? node.range.end - 1, end: offsets[to] ?? node.range.end - 1 },
    newText: JSON.stringify(newText).slice(1, -1),
  };
}

/** Document offset of each character of a string's value, plus one for its end. */
export function stringValueOffsets(text: string, node: StringNode): number[] {
  const offsets: number[] = [];
  const end = node.range.end - 1;
  let i = node.range.start + 1;
  while (i < end) {
    offsets.push(i);
    if (text[i] === '\\') i += text[i + 1] === 'u' ? 6 : 2;
    else i++;
  }
  offsets.push(end);
  return offsets;
}

/** The document range of characters `[from, to)` of a string's value. */
export function stringSubRange(text: string, node: StringNode, from: number, to: number): OffsetRange {
  const offsets = stringValueOffsets(text, node);
  return { start: offsets[from] ?? node.range.start, end: offsets[to] ?? node.range.end };
}

function renderValue(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/** JSON's own whitespace: a copied layout never carries a no-break space or a byte order mark along. */
const JSON_BLANK = /^[ \t\r\n]$/;

/** The whitespace between `property` and the comma before it (e.g. "\n    " or "   "). */
function separatorBefore(text: string, property: PropertyNode): string {
  let i = property.range.start;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  const separator = jsonBlanks(text.slice(i, property.range.start));
  return separator === '' ? ' ' : separator;
}

function layoutAfterBrace(text: string, object: ObjectNode): string {
  const first = object.properties[0];
  if (first === undefined) return ' ';
  const between = jsonBlanks(text.slice(object.range.start + 1, first.range.start));
  return between === '' ? ' ' : between;
}

function jsonBlanks(layout: string): string {
  return [...layout].filter((char) => JSON_BLANK.test(char)).join('');
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}
