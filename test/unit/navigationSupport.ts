/** Helpers shared by the navigation tests: offsets by the text around them, compact locations, edits applied. */
import * as path from 'node:path';
import type { Location, WorkspaceEdit } from 'vscode-languageserver-types';
import { applyTextEdits } from '../support/edits';

/** The offset of the n-th (0-based) occurrence of `needle` plus `delta`. */
export function offsetOf(text: string, needle: string, delta = 0, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" not found`);
  }
  return at + delta;
}

/** `file:line:character` of each location, sorted, for compact expectations. */
export function where(locations: Location[]): string[] {
  return locations
    .map((l) => `${path.basename(l.uri)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`)
    .sort();
}

/** The texts (by file name) after a workspace edit; an edit to any other file fails the test. */
export function applyAll(edit: WorkspaceEdit, texts: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const name = path.basename(new URL(uri).pathname);
    const text = texts[name];
    if (text === undefined) throw new Error(`edit for an unexpected file ${uri}`);
    result[name] = applyTextEdits(text, edits);
  }
  return result;
}
