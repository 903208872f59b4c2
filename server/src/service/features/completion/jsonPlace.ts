/**
 * Where the cursor stands in a JSON document (a legacy template or HCL2's JSON syntax), read with
 * jsonc-parser, which also reads text too broken for a tree: on a key (and what a key candidate
 * replaces), in a string value, or elsewhere in a value. (features/context answers what a finished
 * key or value means, for hover; completion needs what a half-typed key would replace.)
 */
import { getLocation, type Node as JsonNode, type Segment } from 'jsonc-parser';
import type { ComponentSchema, PropertySchema } from '../../schema/schemaStore';
import type { OffsetRange } from '../../types';
import { CompletionItemKind, type Candidate } from './candidate';
import { valueOptions } from './settingShapes';
import { textReader, type JsonReader } from './jsonReader';

export interface JsonPlace {
  /** Keys and array indices from the root to the cursor (on a key: ending with the key being typed). */
  path: Segment[];
  /** The document by path (keys, strings, arrays). */
  reader: JsonReader;
  /** Set on a key. */
  key?: {
    /** The typed key with its quotes (an opening quote typed, a closing one added by the editor). */
    range: OffsetRange;
    /** A value follows: a candidate replaces the key alone. */
    keyOnly: boolean;
    /** The keys the object holds already. */
    present: Set<string>;
  };
  /** Set in a string value: its content (without the quotes) and the text before the cursor. */
  string?: { range: OffsetRange; before: string };
  /** Elsewhere in a value: the word being typed. */
  range: OffsetRange;
}

/** `reader`: the analysis's own tree of `text` when there is one (jsonc-parser's is parsed otherwise). */
export function jsonPlaceAt(text: string, offset: number, reader: JsonReader = textReader(text)): JsonPlace {
  const location = getLocation(text, offset);
  const previous = location.previousNode;
  const path = location.path;
  const range = wordRange(text, offset);
  if (location.isAtPropertyKey) {
    const keyRange =
      previous?.type === 'property' && within(text, previous, offset) ? keySpan(text, previous, offset) : range;
    const present = new Set(reader.keysAt(path.slice(0, -1)));
    return { path, reader, range, key: { range: keyRange, keyOnly: /^\s*:/.test(text.slice(keyRange.end)), present } };
  }
  if (previous?.type === 'string' && within(text, previous, offset)) {
    const start = previous.offset + 1;
    // An unclosed string runs to the end of the line for the parser: keep what follows the word.
    const end = isClosed(text, previous)
      ? previous.offset + previous.length - 1
      : offset + wordAfter(text, offset).length;
    return { path, reader, range, string: { range: { start, end }, before: text.slice(start, offset) } };
  }
  return { path, reader, range };
}

/** A key candidate written with its quotes (and its value's shape, unless a value follows already). */
export function asKey(candidate: Candidate, keyOnly: boolean): Candidate {
  const quoted = `"${candidate.label}"`;
  return keyOnly
    ? { ...candidate, insertText: quoted, snippet: false, filterText: quoted }
    : { ...candidate, filterText: quoted };
}

/** The values of a setting as JSON (quoted strings), matched by their bare text, in the schema's order. */
export function jsonValueCandidates(property: PropertySchema, schema: ComponentSchema): Candidate[] {
  return valueOptions(property, schema).map((o, index) => ({
    label: o.text,
    kind: CompletionItemKind.Value,
    detail: o.detail,
    insertText: o.text,
    filterText: o.bare,
    sortText: String(index).padStart(3, '0'),
  }));
}

/**
 * Value candidates carry their JSON text as `insertText` and their bare text as `filterText`;
 * inside a string's quotes the bare text is what is inserted and shown.
 */
export function insideQuotes(candidates: Candidate[]): Candidate[] {
  return candidates.map(({ filterText, ...c }) =>
    filterText === undefined ? c : { ...c, label: filterText, insertText: filterText },
  );
}

/** Inside a string's quotes (or at the end of a string not closed yet). */
function within(text: string, node: JsonNode, offset: number): boolean {
  const end = node.offset + node.length;
  return node.offset < offset && (isClosed(text, node) ? offset < end : offset <= end);
}

function isClosed(text: string, node: JsonNode): boolean {
  return node.length >= 2 && text[node.offset + node.length - 1] === '"';
}

/**
 * The typed key with its quotes. A key whose closing quote is not typed yet runs, for the parser,
 * to the end of the line, over the `}` and `]` that follow it: those must stay, so the range ends
 * with the word at the cursor.
 */
function keySpan(text: string, node: JsonNode, offset: number): OffsetRange {
  if (isClosed(text, node)) return { start: node.offset, end: node.offset + node.length };
  return { start: node.offset, end: offset + wordAfter(text, offset).length };
}

function wordAfter(text: string, offset: number): string {
  return /^[\w.-]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '';
}

function wordRange(text: string, offset: number): OffsetRange {
  const before = /[\w-]*$/.exec(text.slice(Math.max(0, offset - 200), offset))?.[0] ?? '';
  return { start: offset - before.length, end: offset };
}
