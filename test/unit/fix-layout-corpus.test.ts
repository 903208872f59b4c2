/**
 * Every HCL2 quick fix and fix-all on the shared corpus, each file first laid out by our formatter
 * (equal to `packer fmt`) and then stripped of its first setting in each block, so that fixes have
 * something to add: the fixed file has the tokens of the raw fix, and where it reads, it is laid
 * out as a whole, so the fix kept the file formatted.
 *
 * Run alone for the figures: `node --test out/test/unit/fix-layout-corpus.test.js`.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { fixAll } from '../../server/src/service/features/codeActions';
import type { DiagnosticData } from '../../server/src/service/features/validation';
import { formatHcl } from '../../server/src/service/format/hcl';
import { sameTokens } from '../../server/src/service/format/hcl/tokenCheck';
import { createLanguageService } from '../../server/src/service/service';
import { CORPUS } from '../support/corpusPath';

function hclFiles(folder: string, found: string[] = []): string[] {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) hclFiles(path, found);
    else if (entry.isFile() && /\.pkr\.hcl$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

/** Drops the first one-line argument of every block, which is often a required setting. */
function withoutFirstSettings(text: string): string {
  return text.replace(/(\{\n)[ \t]+[\w-]+[ \t]*=[^\n{[(]*\n/g, '$1');
}

const apply = (text: string, edits: TextEdit[]) =>
  TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 1, text), edits);

test('HCL2 fixes on the corpus keep a formatted file formatted, and change only spaces beyond the raw fix', () => {
  const figures = { files: 0, fixes: 0, laidOut: 0, fixAll: 0 };
  for (const file of hclFiles(CORPUS)) {
    const formatted = formatHcl(readFileSync(file, 'utf8'));
    if (typeof formatted !== 'string') continue;
    const text = withoutFirstSettings(formatted);
    if (typeof formatHcl(text) !== 'string' || formatHcl(text) !== text) continue;
    figures.files++;
    const uri = `file://${file}`;
    // Only this file: its folder-mates would be read from disk, unchanged, and are not the point.
    const service = createLanguageService({ readText: () => undefined, listDirectory: () => [] });
    const input = { uri, languageId: 'packer', version: 1, text };
    const diagnostics = service.validate(input);
    const check = (raw: TextEdit[], offered: TextEdit[], what: string): void => {
      const rawText = apply(text, raw);
      const laidOut = apply(text, offered);
      assert.ok(sameTokens(rawText, laidOut), `${file}: ${what}: the layout changed a token`);
      if (laidOut !== rawText) figures.laidOut++;
      const after = formatHcl(laidOut);
      if (typeof after === 'string') assert.equal(laidOut, after, `${file}: ${what}: not laid out as packer fmt would`);
    };
    for (const diagnostic of diagnostics) {
      const raw = (diagnostic.data as DiagnosticData | undefined)?.fixes.find((f) => f.isPreferred);
      if (raw === undefined) continue;
      const offered = service.codeActions(input, [diagnostic], ['quickfix']).find((a) => a.isPreferred);
      assert.ok(offered);
      figures.fixes++;
      check(raw.edits, offered.edit?.changes?.[uri] ?? [], raw.title);
    }
    const rawAll = fixAll(uri, diagnostics);
    const [all] = service.codeActions(input, diagnostics, ['source.fixAll.packer']);
    if (rawAll !== undefined && all !== undefined) {
      figures.fixAll++;
      check(rawAll.edit?.changes?.[uri] ?? [], all.edit?.changes?.[uri] ?? [], 'fix all');
    }
  }
  console.log(
    `fix layout on the corpus: ${figures.files} files, ${figures.fixes} quick fixes and ${figures.fixAll} fix-alls, ${figures.laidOut} laid out differently from the raw edits`,
  );
  assert.ok(figures.fixes > 0);
});
