/**
 * Completion and signature help at many cursors of real templates from the shared corpus, both
 * with the whole text and with the text cut at the cursor (the way it looks while being typed):
 * never a throw, every edit inside the text and on the cursor's line, and a bounded time.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { CompletionList } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/service';
import { CORPUS } from '../support/corpusPath';

const FILES_PER_FORMAT = 15;
const CURSORS_PER_FILE = 60;

function corpusFiles(format: 'hcl2' | 'legacy-json'): string[] {
  if (!fs.existsSync(path.join(CORPUS, 'INDEX.tsv'))) return [];
  const rows = fs.readFileSync(path.join(CORPUS, 'INDEX.tsv'), 'utf8').split('\n').slice(1);
  const files = rows
    .map((r) => r.split('\t'))
    .filter((cells) => cells[4] === format && cells[0] !== undefined && fs.existsSync(path.join(CORPUS, cells[0])))
    .map((cells) => path.join(CORPUS, cells[0]!));
  // The largest files have the most structure to get lost in.
  return files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size).slice(0, FILES_PER_FORMAT);
}

function checkEdits(list: CompletionList, text: string, line: number): void {
  const lines = text.split('\n').length;
  for (const item of list.items) {
    const edit = item.textEdit;
    assert.ok(edit !== undefined && 'range' in edit, `${item.label} has a text edit`);
    assert.ok(edit.range.start.line === line && edit.range.end.line === line, `${item.label} edits the cursor's line`);
    assert.ok(edit.range.end.line < lines);
  }
}

for (const format of ['hcl2', 'legacy-json'] as const) {
  describe(`completion over the corpus (${format})`, () => {
    const files = corpusFiles(format);
    it(`answers at ${CURSORS_PER_FILE} cursors of ${files.length} files, whole and cut short`, () => {
      const service = createLanguageService({ readText: () => undefined, listDirectory: () => undefined });
      let requests = 0;
      let slowest = 0;
      let nonEmpty = 0;
      for (const file of files) {
        const full = fs.readFileSync(file, 'utf8');
        const uri = pathToFileURL(file).href;
        const languageId = format === 'hcl2' ? 'packer' : 'packer-json';
        for (let n = 1; n <= CURSORS_PER_FILE; n++) {
          const offset = Math.floor((full.length * n) / (CURSORS_PER_FILE + 1));
          for (const text of [full, full.slice(0, offset)]) {
            const input = { uri, version: requests, languageId, text };
            const started = performance.now();
            const list = service.completion(input, offset);
            service.signatureHelp(input, offset);
            slowest = Math.max(slowest, performance.now() - started);
            requests++;
            if (list.items.length > 0) nonEmpty++;
            checkEdits(list, text, text.slice(0, offset).split('\n').length - 1);
          }
        }
      }
      console.log(`${format}: ${requests} requests, ${nonEmpty} with items, slowest ${slowest.toFixed(1)} ms`);
      assert.ok(files.length === 0 || nonEmpty > 0);
      assert.ok(slowest < 1000, `slowest answer ${slowest.toFixed(0)} ms`);
    });
  });
}
