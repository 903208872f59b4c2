/**
 * Over the shared corpus of real templates (read in place): for names found in each file, rename
 * must edit only text that is that name, in every file it touches (measured in that file's own
 * text), and definition, references and folding must not fail at any of them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseDocument, type DocumentInput } from '../../server/src/service/document';
import { occurrencesOf } from '../../server/src/service/features/navigation/navigation';
import { FolderModel } from '../../server/src/service/model/hcl/folder';
import { createLanguageService } from '../../server/src/service/service';
import { CORPUS } from '../support/corpusPath';

/** Renames tried per file: enough to meet every kind of name, few enough to stay quick. */
const TARGETS_PER_FILE = 4;

const disk = {
  readText: (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined),
  listDirectory: (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : undefined),
};

function corpusFiles(): string[] {
  const lines = fs.readFileSync(path.join(CORPUS, 'INDEX.tsv'), 'utf8').split('\n').slice(1);
  return lines.map((l) => l.split('\t')[0] ?? '').filter((f) => /\.(pkr\.hcl|pkrvars\.hcl|json)$/.test(f));
}

test('corpus: renames edit exactly the old name, in each file text', { skip: !fs.existsSync(CORPUS) }, () => {
  const service = createLanguageService(disk);
  const folders = new FolderModel({ ...disk, openText: () => undefined });
  let renames = 0;
  for (const file of corpusFiles()) {
    const absolute = path.join(CORPUS, file);
    const text = fs.readFileSync(absolute, 'utf8');
    const input: DocumentInput = {
      uri: pathToFileURL(absolute).href,
      version: 1,
      languageId: file.endsWith('.pkrvars.hcl') ? 'packer-vars' : file.endsWith('.hcl') ? 'packer' : 'packer-json',
      text,
    };
    service.foldingRanges(input);
    const own = occurrencesOf(analyseDocument(input, folders)).filter((o) => o.uri === input.uri);
    const seen = new Set<string>();
    for (const occurrence of own) {
      const key = JSON.stringify(occurrence.target);
      if (seen.has(key) || seen.size >= TARGETS_PER_FILE) continue;
      seen.add(key);
      const offset = occurrence.range.start + 1;
      assert.ok(service.definition(input, offset).length + service.references(input, offset, true).length > 0);
      const result = service.rename(input, offset, 'renamed_name');
      if ('error' in result) continue; // A builder named by its type, say: refused with a reason.
      renames++;
      for (const [uri, edits] of Object.entries(result.edit.changes ?? {})) {
        const editedText = uri === input.uri ? text : (disk.readText(new URL(uri).pathname) ?? '');
        const document = TextDocument.create(uri, 'x', 0, editedText);
        for (const edit of edits) {
          const covered = editedText.slice(document.offsetAt(edit.range.start), document.offsetAt(edit.range.end));
          assert.equal(covered, occurrence.target.name, `${file}: an edit in ${uri} covers "${covered}"`);
        }
      }
    }
  }
  assert.ok(renames > 200, `only ${renames} renames tried`);
});
