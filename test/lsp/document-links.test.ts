/**
 * Document links over a real stdio connection, on real folders: an HCL2 build and a legacy JSON
 * template link the scripts and folders they name that exist on disk, a file created later links
 * on the next request. (That the server announces the capability, VS Code's own request in the
 * editor suite shows.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { DocumentLink } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';

const BUILD = `source "qemu" "debian" {
  iso_url          = "iso/debian.iso"
  http_directory   = "http"
  output_directory = "output"
}

build {
  sources = ["source.qemu.debian"]

  provisioner "shell" {
    scripts = ["scripts/setup.sh", "\${path.root}/scripts/cleanup.sh", "scripts/later.sh"]
  }
  provisioner "file" {
    source      = "\${var.missing}/app.conf"
    destination = "/tmp/app.conf"
  }
}
`;

const TEMPLATE = `{
  "builders": [{ "type": "null", "communicator": "none" }],
  "provisioners": [
    { "type": "shell-local", "script": "scripts/setup.sh" },
    { "type": "shell-local", "scripts": ["{{template_dir}}/scripts/cleanup.sh", "{{user \`x\`}}/setup.sh"] }
  ]
}
`;

describe('document links over LSP', () => {
  let client: LspTestClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  };

  /** Each link as the text it covers and its target's path inside the folder. */
  const links = async (name: string, text: string): Promise<string[]> => {
    const found = await client.request<DocumentLink[] | null>('textDocument/documentLink', {
      textDocument: { uri: uri(name) },
    });
    const lines = text.split('\n');
    return (found ?? []).map((link) => {
      assert.equal(link.range.start.line, link.range.end.line);
      const covered = lines[link.range.start.line]?.slice(link.range.start.character, link.range.end.character);
      const target = path.relative(folder, new URL(link.target ?? '').pathname);
      return `${covered ?? ''} -> ${target} (${link.tooltip ?? ''})`;
    });
  };

  before(async () => {
    // realpath: the temp folder may sit behind a symbolic link (macOS), and targets are real paths.
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'document-links-')));
    write('scripts/setup.sh', 'echo setup\n');
    write('scripts/cleanup.sh', 'echo cleanup\n');
    write('http/preseed.cfg', '');
    write('output/disk.qcow2', '');
    write('build.pkr.hcl', BUILD);
    write('template.json', TEMPLATE);
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('links the scripts and folders of an HCL2 build that exist', async () => {
    await client.open(uri('build.pkr.hcl'), 'packer', BUILD);
    assert.deepEqual(await links('build.pkr.hcl', BUILD), [
      'http -> http (Open http (folder))',
      'scripts/setup.sh -> scripts/setup.sh (Open scripts/setup.sh)',
      '${path.root}/scripts/cleanup.sh -> scripts/cleanup.sh (Open scripts/cleanup.sh)',
    ]);
  });

  it('links a file created on disk at the next request', async () => {
    write('scripts/later.sh', 'echo later\n');
    write('iso/debian.iso', '');
    const found = await links('build.pkr.hcl', BUILD);
    assert.ok(found.includes('scripts/later.sh -> scripts/later.sh (Open scripts/later.sh)'), found.join('\n'));
    assert.ok(found.includes('iso/debian.iso -> iso/debian.iso (Open iso/debian.iso)'), found.join('\n'));
  });

  it('links the scripts of a legacy JSON template, {{template_dir}} included', async () => {
    await client.open(uri('template.json'), 'packer-json', TEMPLATE);
    assert.deepEqual(await links('template.json', TEMPLATE), [
      'scripts/setup.sh -> scripts/setup.sh (Open scripts/setup.sh)',
      '{{template_dir}}/scripts/cleanup.sh -> scripts/cleanup.sh (Open scripts/cleanup.sh)',
    ]);
  });

  it('answers with no links for a document it does not have', async () => {
    assert.deepEqual(await links('closed.pkr.hcl', ''), []);
  });
});
