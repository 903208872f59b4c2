/**
 * The workspace scan behind workspace symbols, on real temp folders: what it reads, what it skips,
 * where it stops, and how file events and open documents change what it gives.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndex } from '../../server/src/workspaceIndex';

describe('the workspace index', () => {
  let root: string;
  const write = (relative: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), text);
  };
  const uri = (relative: string) => pathToFileURL(path.join(root, relative)).href;
  const listed = (index: WorkspaceIndex, open: Parameters<WorkspaceIndex['snapshot']>[0] = []) =>
    index
      .snapshot(open)
      .map((f) => path.relative(root, new URL(f.uri).pathname))
      .sort();

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'workspace-index-'));
    write('a/main.pkr.hcl', 'variable "x" {}\n');
    write('a/prod.pkrvars.hcl', 'x = 1\n');
    write('a/web.pkr.json', '{}');
    write('legacy/template.json', '{ "builders": [ { "type": "null" } ] }');
    write('legacy/package.json', '{ "name": "app" }');
    write('legacy/notes.txt', 'builders');
    write('node_modules/m/x.pkr.hcl', '');
    write('.git/x.pkr.hcl', '');
    write('.hidden/x.pkr.hcl', '');
    write('big/huge.pkr.hcl', `# ${'x'.repeat(2_000)}\n`);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds Packer files and legacy templates, skipping node_modules, hidden folders and big files', () => {
    const index = new WorkspaceIndex({ maxEntries: 1_000, maxFiles: 100, maxFileSize: 1_000 });
    index.setRoots([pathToFileURL(root).href]);
    assert.deepEqual(listed(index), ['a/main.pkr.hcl', 'a/prod.pkrvars.hcl', 'a/web.pkr.json', 'legacy/template.json']);
    assert.equal(index.truncated, false);
  });

  it('stops at its file cap and says so', () => {
    const index = new WorkspaceIndex({ maxEntries: 1_000, maxFiles: 2, maxFileSize: 10_000 });
    index.setRoots([pathToFileURL(root).href]);
    assert.equal(listed(index).length, 2);
    assert.equal(index.truncated, true);
  });

  it('follows file events, and lets open documents win, including ones outside its folders', () => {
    const index = new WorkspaceIndex();
    index.setRoots([pathToFileURL(path.join(root, 'a')).href, pathToFileURL(path.join(root, 'legacy')).href]);
    listed(index);
    write('a/new.pkr.hcl', 'variable "y" {}\n');
    index.fileChanged(uri('a/new.pkr.hcl'));
    write('legacy/package.json', '{ "builders": [] }');
    index.fileChanged(uri('legacy/package.json'));
    write('a/node_modules/dep/late.pkr.hcl', 'variable "no" {}\n');
    index.fileChanged(uri('a/node_modules/dep/late.pkr.hcl'));
    write('a/.cache/late.pkr.hcl', 'variable "no" {}\n');
    index.fileChanged(uri('a/.cache/late.pkr.hcl'));
    assert.deepEqual(listed(index), [
      'a/main.pkr.hcl',
      'a/new.pkr.hcl',
      'a/prod.pkrvars.hcl',
      'a/web.pkr.json',
      'legacy/package.json',
      'legacy/template.json',
    ]);
    fs.rmSync(path.join(root, 'a'), { recursive: true });
    index.fileChanged(uri('a'));
    const open = [
      { uri: uri('legacy/template.json'), languageId: 'packer-json', text: 'unsaved' },
      { uri: 'untitled:Untitled-1', languageId: 'packer', text: 'variable "z" {}' },
      { uri: 'untitled:Untitled-2', languageId: 'plaintext', text: 'not packer' },
    ];
    const snapshot = index.snapshot(open);
    assert.deepEqual(
      snapshot.map((f) => f.uri).sort(),
      ['untitled:Untitled-1', uri('legacy/package.json'), uri('legacy/template.json')].sort(),
    );
    assert.equal(snapshot.find((f) => f.uri === uri('legacy/template.json'))?.text, 'unsaved');
  });
});
