/**
 * Reading again only the edited block (parsing/hcl/reparse.ts) and checking again only what the
 * edit can change (features/incrementalFindings.ts):
 * - the tree after an edit inside a block equals a full reading of the new text, on every HCL2
 *   file of the corpus, and the parser never puts one object (but the empty list) in two places of
 *   a tree (moving the blocks after an edit in place relies on it);
 * - an edit across blocks, in a header, or after a syntax error is read in full;
 * - the service's diagnostics after edits equal a full analysis, with the other blocks' findings
 *   carried over, and everything is checked again when a declaration changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHcl } from '../../server/src/service/parsing/hcl/parser';
import { changedSpan, reparseEditedBlock } from '../../server/src/service/parsing/hcl/reparse';
import { createLanguageService } from '../../server/src/service/service';
import { analyseDocument } from '../../server/src/service/document';
import { FolderModel } from '../../server/src/service/model/hcl/folder';
import { contextKey, rememberRun, reusable } from '../../server/src/service/features/incrementalFindings';
import { blockScopedRules, findProblems } from '../../server/src/service/features/validation';
import { unknownSituation } from '../../server/src/service/plugins/packerSituation';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CORPUS } from '../support/corpusPath';
import { Random, editInsideBlock } from '../support/mutations';

/** The tree as plain data: offsets, names and values, without the lazily made parts of strings. */
const plain = (tree: unknown): string =>
  JSON.stringify(tree, (key, value: unknown) => (key === 'cachedParts' ? undefined : value));

/** The first object reachable twice from `root`, as a path; undefined when there is none. */
function sharedObject(root: object): string | undefined {
  const seen = new Set<object>();
  const visit = (value: unknown, path: string): string | undefined => {
    if (typeof value !== 'object' || value === null) return undefined;
    // Empty lists are one frozen array (tokenQueries.ts's `fit`): nothing in them to move.
    if (Array.isArray(value) && value.length === 0) return undefined;
    if (seen.has(value)) return path;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      const found = visit(child, `${path}.${key}`);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(root, '');
}

function corpusHclFiles(): Array<{ path: string; text: string }> {
  if (!existsSync(join(CORPUS, 'INDEX.tsv'))) return [];
  return readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '')
    .filter((path) => path.endsWith('.pkr.hcl'))
    .map((path) => ({ path, text: readFileSync(join(CORPUS, path), 'utf8') }));
}

test('changedSpan finds the replaced text, in chunks and across them', () => {
  const long = 'a'.repeat(5000);
  assert.deepEqual(changedSpan('abcdef', 'abXYef'), { start: 2, previousEnd: 4, end: 4 });
  assert.deepEqual(changedSpan(`${long}x${long}`, `${long}${long}`), { start: 5000, previousEnd: 5001, end: 5000 });
  assert.deepEqual(changedSpan('aaaa', 'aaaaa'), { start: 4, previousEnd: 4, end: 5 });
  assert.deepEqual(changedSpan('same', 'same'), { start: 4, previousEnd: 4, end: 4 });
});

test('an edit inside a block reads as a full reading would, on every HCL2 file of the corpus', () => {
  const files = corpusHclFiles();
  const random = new Random(42);
  let reread = 0;
  for (const { path, text } of files) {
    const first = parseHcl(text);
    assert.equal(sharedObject(first.body), undefined, `${path}: an object in two places of the tree`);
    let previousText = text;
    let previous = first;
    for (let i = 0; i < 4; i++) {
      const edit = editInsideBlock(previousText, random);
      if (edit === undefined) break;
      const full = parseHcl(edit.text);
      const again = reparseEditedBlock(previousText, previous, edit.text);
      if (again !== undefined) {
        reread++;
        assert.equal(plain(again.body), plain(full.body), `${path}, ${edit.name}`);
        assert.equal(full.diagnostics.length, 0, `${path}, ${edit.name}: read again with a syntax error`);
      }
      previousText = edit.text;
      previous = again === undefined ? full : { ...full, body: again.body };
    }
  }
  if (files.length > 0) assert.ok(reread > files.length, `only ${reread} edits read block-wise`);
});

test('an edit across blocks or one that breaks the block or follows a syntax error is read in full', () => {
  const text = 'source "null" "a" {\n  communicator = "none"\n}\n\nsource "null" "b" {\n  communicator = "none"\n}\n';
  // Each call takes its previous reading over (it moves the blocks after the edit): a new one each time.
  const again = (edited: string) => reparseEditedBlock(text, parseHcl(text), edited);
  assert.equal(again(text.replace('}\n\nsource', '}\nsource')), undefined, 'between blocks');
  assert.equal(again(text.replace('"null" "b"', '"null" "c"'))?.edit.index, 1, 'a label is inside its block');
  const broken = text.replace('"none"\n}\n\nsource', '"none\n}\n\nsource');
  assert.equal(again(broken), undefined, 'the edit leaves a string open');
  const withError = parseHcl(broken);
  assert.ok(withError.diagnostics.length > 0);
  assert.equal(reparseEditedBlock(broken, withError, broken.replace('"b"', '"c"')), undefined, 'after an error');
  const longer = text.replace('"none"\n}\n\nsource', '"nonee"\n}\n\nsource');
  const moved = again(longer);
  assert.equal(moved?.edit.index, 0);
  assert.equal(plain(moved?.body), plain(parseHcl(longer).body), 'the second block moved by one');
});

const FOLDER = `
packer {
  required_plugins {
    amazon = {
      version = ">= 1.2.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "region" {
  type    = string
  default = "us-east-1"
}

source "amazon-ebs" "one" {
  ami_name      = "one"
  instance_type = "t3.micro"
  region        = var.region
  source_ami    = "ami-123"
  ssh_username  = "ec2-user"
  instance_typo = "x"
}

source "amazon-ebs" "two" {
  ami_name      = "two"
  instance_type = "t3.micro"
  region        = var.regio
  source_ami    = "ami-123"
  ssh_username  = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.two"]
  provisioner "shell" {
    inline = ["sudo yum install -y nginx"]
  }
}
`;

test('the diagnostics after edits equal a full analysis, whichever block is edited', () => {
  const uri = 'file:///w/main.pkr.hcl';
  const reader = { readText: () => undefined, listDirectory: () => ['main.pkr.hcl'] };
  const typing = createLanguageService(reader);
  const full = (text: string): Diagnostic[] =>
    createLanguageService(reader).validate({ uri, version: 1, languageId: 'packer', text });
  const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
  let version = 1;
  let text = FOLDER;
  const first = typing.validate({ uri, version: version++, languageId: 'packer', text });
  assert.deepEqual(codes(first), codes(full(text)));
  assert.ok(
    codes(first).some((c) => c.startsWith('unknown-setting')),
    codes(first).join(', '),
  );
  const edits: Array<[string, string]> = [
    ['ami_name      = "one"', 'ami_name      = "one-more"'], // a source no build uses
    ['ssh_username  = "ubuntu"', 'ssh_username  = "ubuntu2"'], // a source a build uses
    ['sudo yum install', 'sudo apt-get install'], // the build
    ['instance_typo = "x"', 'instance_type2 = "x"\n  x = 1'], // a new line inside a block
    ['default = "us-east-1"', 'default = "eu-west-1"'], // a declaration: everything again
    ['var.regio', 'var.region'],
    ['"source.amazon-ebs.two"', '"source.amazon-ebs.one"'], // the build now uses the other source
  ];
  for (const [from, to] of edits) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
    const after = typing.validate({ uri, version: version++, languageId: 'packer', text });
    const comparable = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, data: { ...(d.data as object), version: 0 } }));
    assert.deepEqual(comparable(after), comparable(full(text)), `after "${to}"`);
  }
});

test('after an edit in a source, only it and the builds using it are checked again', () => {
  const uri = 'file:///w/main.pkr.hcl';
  const folders = new FolderModel({
    listDirectory: () => ['main.pkr.hcl'],
    readText: () => undefined,
    openText: () => undefined,
  });
  const files = { readText: () => undefined, listDirectory: () => ['main.pkr.hcl'] };
  const analyse = (text: string, version: number) =>
    analyseDocument({ uri, version, languageId: 'packer', text }, folders);
  const before = analyse(FOLDER, 1);
  const context = contextKey(before, unknownSituation);
  const run = rememberRun(before, context, findProblems(before, files));
  const typed = FOLDER.replace('ssh_username  = "ubuntu"', 'ssh_username  = "ubuntu2"');
  const after = analyse(typed, 2);
  assert.equal(after.hcl?.file.edit?.index, 3, 'the second source was read again, alone');
  const reuse = reusable(after, contextKey(after, unknownSituation), run, blockScopedRules);
  const items = after.hcl?.file.body.items ?? [];
  assert.deepEqual(
    reuse?.scope.ranges.map((r) => items.findIndex((i) => i.range.start === r.start)),
    [3, 4],
    'the source and the build that uses it',
  );
  const carried = [...(reuse?.carried.values() ?? [])].flat();
  assert.ok(
    carried.some((f) => f.ruleId === 'unknown-setting' && typed.slice(f.range.start, f.range.end) === 'instance_typo'),
    "the other source's finding is carried over, at its place in the new text",
  );
  const declaration = analyse(typed.replace('"us-east-1"', '"eu-west-1"'), 3);
  assert.equal(
    reusable(declaration, contextKey(declaration, unknownSituation), rememberRun(after, context, []), blockScopedRules),
    undefined,
    "a variable's default: everything is checked again",
  );
});
