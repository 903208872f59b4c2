/**
 * Hover through the service façade, for the hover tests: `|` marks the cursor, and `files` is a
 * virtual folder (absolute paths under HOVER_FOLDER) that the file under test belongs to.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Hover, MarkupContent, Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/service';

export const HOVER_FOLDER = '/work-hover';

function languageOf(name: string): string {
  if (name.endsWith('.pkrvars.hcl')) return 'packer-vars';
  return name.endsWith('.json') ? 'packer-json' : 'packer';
}

/** The hover's markdown, the text of the hovered token, and the whole answer. */
export function hoverAt(
  marked: string,
  name = 'main.pkr.hcl',
  files: Record<string, string> = {},
  languageId = languageOf(name),
): { value: string | undefined; hovered: string | undefined; result: Hover | null } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the text marks the cursor with |');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const listDirectory = (dir: string) =>
    dir === HOVER_FOLDER ? Object.keys(files).map((p) => path.basename(p)) : undefined;
  const service = createLanguageService({ readText: (p) => files[p], listDirectory });
  const result = service.hover({ uri: `file://${HOVER_FOLDER}/${name}`, version: 1, languageId, text }, offset);
  const value = result === null ? undefined : (result.contents as MarkupContent).value;
  const hovered = result?.range === undefined ? undefined : lineText(text, result.range);
  return { value, hovered, result };
}

function lineText(text: string, range: Range): string | undefined {
  assert.equal(range.start.line, range.end.line, 'a hovered token is on one line');
  return text.split('\n')[range.start.line]?.slice(range.start.character, range.end.character);
}

/** The text with the cursor put `within` characters into the `nth` (0-based) `word`. */
export function cursorIn(text: string, word: string, within: number, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(word, index + 1);
  assert.ok(index >= 0, word);
  return text.slice(0, index + within) + '|' + text.slice(index + within);
}
