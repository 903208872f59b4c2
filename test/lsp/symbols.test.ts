/**
 * Outline, workspace symbols and folding over a real stdio connection. The workspace is a real
 * folder: HCL2 files, a variable file, a legacy template, JSON that is not a template, and files
 * the scan must skip (`node_modules`, a hidden folder). Files created and deleted on disk count
 * once the client reports them; an open document's unsaved text wins over the disk.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange, SymbolInformation } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';

const FILE_CREATED = 1;
const FILE_DELETED = 3;

const VARIABLES = `variable "region" {
  default = "eu-west-1"
}

locals {
  prefix = "web"
}
`;

const SOURCES = `# The web image.
# Built nightly.
source "amazon-ebs" "web" {
  region = var.region
  tags = {
    Name = local.prefix
  }
}

build {
  name    = "nightly"
  sources = ["source.amazon-ebs.web"]
  provisioner "shell" {
    inline = ["echo hi"]
  }
}
`;

const LEGACY = `{
  "variables": { "docker_image": "ubuntu" },
  "builders": [{ "type": "docker", "name": "box", "image": "{{user \`docker_image\`}}" }]
}
`;

describe('symbols and folding over LSP', () => {
  let client: LspTestClient;
  let root: string;
  const file = (...parts: string[]) => path.join(root, ...parts);
  const uri = (...parts: string[]) => pathToFileURL(file(...parts)).href;
  const write = (text: string, ...parts: string[]) => {
    fs.mkdirSync(path.dirname(file(...parts)), { recursive: true });
    fs.writeFileSync(file(...parts), text);
  };
  const names = async (query: string) =>
    (await client.request<SymbolInformation[]>('workspace/symbol', { query }))
      .map((s) => `${s.name} ${path.relative(root, new URL(s.location.uri).pathname)}`)
      .sort();

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'symbols-'));
    write(VARIABLES, 'web', 'variables.pkr.hcl');
    write(SOURCES, 'web', 'sources.pkr.hcl');
    write('region = "us-east-1"\n', 'web', 'prod.auto.pkrvars.hcl');
    write(LEGACY, 'legacy', 'docker.json');
    write('{ "name": "not-packer", "builders": "no" }', 'package.json');
    write('variable "hidden_in_modules" {}\n', 'node_modules', 'x', 'a.pkr.hcl');
    write('variable "hidden_in_dot" {}\n', '.cache', 'a.pkr.hcl');
    client = await LspTestClient.startInWorkspace(root);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('finds the declarations of the workspace, skipping node_modules and hidden folders', async () => {
    assert.deepEqual(await names(''), [
      'amazon-ebs.web web/sources.pkr.hcl',
      'box legacy/docker.json',
      'docker_image legacy/docker.json',
      'nightly web/sources.pkr.hcl',
      'prefix web/variables.pkr.hcl',
      'region web/variables.pkr.hcl',
    ]);
    assert.deepEqual(await names('DOCK'), ['docker_image legacy/docker.json']);
  });

  it('sees files created and deleted on disk once the client reports them', async () => {
    write('variable "quota" {}\n', 'web', 'zone.pkr.hcl');
    write(LEGACY.replace('"box"', '"crate"'), 'legacy', 'crate.json');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uri('web', 'zone.pkr.hcl'), type: FILE_CREATED },
        { uri: uri('legacy', 'crate.json'), type: FILE_CREATED },
      ],
    });
    assert.deepEqual(await names('quota'), ['quota web/zone.pkr.hcl']);
    assert.deepEqual(await names('crate'), ['crate legacy/crate.json']);
    fs.rmSync(file('web', 'zone.pkr.hcl'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('web', 'zone.pkr.hcl'), type: FILE_DELETED }],
    });
    assert.deepEqual(await names('quota'), []);
  });

  it("prefers an open document's unsaved text", async () => {
    await client.open(uri('web', 'variables.pkr.hcl'), 'packer', VARIABLES);
    await client.change(uri('web', 'variables.pkr.hcl'), VARIABLES.replace('"region"', '"aws_region"'));
    assert.deepEqual(await names('region'), ['aws_region web/variables.pkr.hcl']);
    await client.close(uri('web', 'variables.pkr.hcl'));
    assert.deepEqual(await names('region'), ['region web/variables.pkr.hcl']);
  });

  it('scans a workspace folder added later, and forgets a removed one', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'symbols-other-'));
    try {
      fs.writeFileSync(path.join(other, 'extra.pkr.hcl'), 'variable "added_later" {}\n');
      const folder = { uri: pathToFileURL(other).href, name: 'other' };
      assert.deepEqual(await names('added_later'), []);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [folder], removed: [] },
      });
      const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'added_later' });
      assert.deepEqual(
        found.map((s) => s.location.uri),
        [pathToFileURL(path.join(other, 'extra.pkr.hcl')).href],
      );
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [], removed: [folder] },
      });
      assert.deepEqual(await names('added_later'), []);
      assert.equal((await names('region')).length, 1);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('outlines an open file', async () => {
    await client.open(uri('web', 'sources.pkr.hcl'), 'packer', SOURCES);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: uri('web', 'sources.pkr.hcl') },
    });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.map((c) => c.name)]),
      [
        ['amazon-ebs.web', ['region', 'tags']],
        ['nightly', ['name', 'sources', 'shell']],
      ],
    );
    assert.deepEqual(symbols[0]?.selectionRange, { start: { line: 2, character: 7 }, end: { line: 2, character: 25 } });
  });

  it('folds blocks, objects and comments of an HCL2 file and the objects of a legacy template', async () => {
    const hcl = await client.request<FoldingRange[]>('textDocument/foldingRange', {
      textDocument: { uri: uri('web', 'sources.pkr.hcl') },
    });
    assert.deepEqual(
      hcl.map((r) => `${r.startLine}-${r.endLine}${r.kind === 'comment' ? ' comment' : ''}`),
      ['0-1 comment', '2-6', '4-5', '9-14', '12-13'],
    );
    const legacy = uri('legacy', 'docker.json');
    await client.open(legacy, 'packer-json', LEGACY.replace('[{', '[\n    {').replace('}]', '}\n  ]'));
    const json = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: legacy } });
    assert.deepEqual(
      json.map((r) => `${r.startLine}-${r.endLine}`),
      ['0-4', '2-3'],
    );
  });
});
