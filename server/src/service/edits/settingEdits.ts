/**
 * The edits quick fixes make to settings, behind one interface so that a rule can serve every
 * template format: JSON writes `"key": value` with commas, HCL2 writes `key = value` lines and
 * blocks. Each analysed document carries the implementation for its format.
 */
import type { ObjectNode, PropertyNode, StringNode, ValueNode } from '../parsing/tree';
import type { OffsetRange, TextReplacement } from '../types';
import {
  insertProperties,
  removeProperties,
  renameKey,
  replaceInString,
  replaceProperty,
  replaceValue,
  stringSubRange,
} from './jsonEdits';

/** A value written as an HCL2 expression, verbatim (e.g. a string with `${timestamp()}` in it). */
export class HclExpressionText {
  constructor(readonly text: string) {}
}

export interface SettingEdits {
  /** How a setting reads in this format, for fix titles: `"key": value` or `key = value`. */
  describe(key: string, value: unknown): string;
  /** Adds settings to an object (after its `type`, where it has one). */
  insert(object: ObjectNode, entries: Array<[string, unknown]>, after?: PropertyNode): TextReplacement;
  /** Removes settings of one object; neighbours go as one run, so the edits never overlap. */
  remove(object: ObjectNode, properties: PropertyNode[]): TextReplacement[];
  rename(property: PropertyNode, newKey: string): TextReplacement;
  replaceValue(node: ValueNode, value: unknown): TextReplacement;
  /** Replaces a whole setting, key and value, by another (a rename that also changes the value). */
  replaceProperty(property: PropertyNode, key: string, value: unknown): TextReplacement;
  /** Replaces characters [from, to) of a string's value, escaped as the format needs. */
  replaceInString(node: StringNode, from: number, to: number, newText: string): TextReplacement;
  /** The document range of characters [from, to) of a string's value. */
  stringRange(node: StringNode, from: number, to: number): OffsetRange;
}

export function jsonSettingEdits(text: string): SettingEdits {
  return {
    describe: (key, value) => `"${key}": ${JSON.stringify(value)}`,
    insert: (object, entries, after) => insertProperties(text, object, entries, after),
    remove: (object, properties) => removeProperties(text, object, properties),
    rename: renameKey,
    replaceValue,
    replaceProperty,
    replaceInString: (node, from, to, newText) => replaceInString(text, node, from, to, newText),
    stringRange: (node, from, to) => stringSubRange(text, node, from, to),
  };
}
