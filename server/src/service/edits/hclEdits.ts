/**
 * Setting edits in HCL2's native syntax: `key = value` lines inside a block, values written the
 * way `packer fmt` writes them, strings escaped for HCL templates (`${` and `%{` doubled).
 */
import type { ObjectNode, PropertyNode, StringNode } from '../parsing/tree';
import type { OffsetRange, TextReplacement } from '../types';
import { HclExpressionText, type SettingEdits } from './settingEdits';

export function hclSettingEdits(text: string): SettingEdits {
  return {
    describe: (key, value) => `${key} = ${renderHcl(value)}`,
    insert: (object, entries, after) => insertLines(text, object, entries, after),
    remove: (_object, properties) => properties.map((p) => ({ range: wholeLines(text, p.range), newText: '' })),
    rename: (property, newKey) => ({ range: property.keyRange, newText: newKey }),
    replaceValue: (node, value) => ({ range: node.range, newText: renderHcl(value) }),
    replaceProperty: (property, key, value) => ({ range: property.range, newText: `${key} = ${renderHcl(value)}` }),
    replaceInString: (node, from, to, newText) => ({
      range: stringRange(text, node, from, to),
      newText: escapeHcl(newText),
    }),
    stringRange: (node, from, to) => stringRange(text, node, from, to),
  };
}

export function escapeHcl(value: string): string {
  return JSON.stringify(value).slice(1, -1).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

export function renderHcl(value: unknown): string {
  if (value instanceof HclExpressionText) return value.text;
  if (typeof value === 'string') return `"${escapeHcl(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(renderHcl).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : `"${escapeHcl(k)}"`);
  return `{ ${entries.map(([k, v]) => `${key(k)} = ${renderHcl(v)}`).join(', ')} }`;
}

function insertLines(
  text: string,
  object: ObjectNode,
  entries: Array<[string, unknown]>,
  after: PropertyNode | undefined,
): TextReplacement {
  const lines = entries.map(([key, value]) => `${key} = ${renderHcl(value)}`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n'; // Keep the file's own line endings.
  const open = object.range.start; // The block's `{`.
  const close = object.range.end - 1;
  const first = object.properties[0];
  const indent = first !== undefined ? lineIndent(text, first.range.start) : `${lineIndent(text, open)}  `;
  const anchor = after?.range.end ?? open + 1;
  const newline = text.indexOf('\n', anchor);
  if (newline !== -1 && newline < close) {
    // After the anchor's line (before its line break), each setting on a line of its own.
    const at = text[newline - 1] === '\r' ? newline - 1 : newline;
    return { range: { start: at, end: at }, newText: lines.map((l) => `${eol}${indent}${l}`).join('') };
  }
  // A block on one line: open it up.
  const braceIndent = lineIndent(text, open);
  return {
    range: { start: close, end: close },
    newText: `${lines.map((l) => `${eol}${indent}${l}`).join('')}${eol}${braceIndent}`,
  };
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** From the start of the line to after its newline, when nothing else shares the line. */
function wholeLines(text: string, range: OffsetRange): OffsetRange {
  const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
  const lineEnd = text.indexOf('\n', range.end);
  const before = text.slice(lineStart, range.start);
  const afterText = text.slice(range.end, lineEnd === -1 ? text.length : lineEnd);
  if (before.trim() !== '' || afterText.trim() !== '') return range;
  return { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd + 1 };
}

/**
 * Where characters [from, to) of a string's value stand in the source. Found by searching for the
 * escaped text inside the string's range, which works for quoted strings and heredocs alike; when
 * the text occurs more than once, the escapes before `from` are counted instead.
 */
function stringRange(text: string, node: StringNode, from: number, to: number): OffsetRange {
  const source = text.slice(node.range.start, node.range.end);
  const wanted = escapeHcl(node.value.slice(from, to));
  const at = source.indexOf(wanted);
  if (at !== -1 && source.indexOf(wanted, at + 1) === -1)
    return { start: node.range.start + at, end: node.range.start + at + wanted.length };
  const start = node.range.start + 1 + escapeHcl(node.value.slice(0, from)).length;
  return { start, end: start + wanted.length };
}
