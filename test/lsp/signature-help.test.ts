/**
 * Signature help over a real stdio connection: the active parameter of an HCL2 call, and a legacy
 * `{{ }}` action. (The capability and its triggers are checked with completion's.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { SignatureHelp } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';

describe('signature help over LSP', () => {
  let client: LspTestClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'signature-'));
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows the active parameter of an HCL2 call', async () => {
    const text = 'locals {\n  name = format("%s-%s", "a", )\n}\n';
    await client.open(uri('locals.pkr.hcl'), 'packer', text);
    const help = await client.request<SignatureHelp | null>('textDocument/signatureHelp', {
      textDocument: { uri: uri('locals.pkr.hcl') },
      position: { line: 1, character: text.split('\n')[1]!.indexOf(')') },
    });
    assert.match(help?.signatures[0]?.label ?? '', /^format\(/);
    assert.equal(help?.activeParameter, 1);
  });

  it('shows the signature of a legacy template function', async () => {
    const text = '{"builders": [{"type": "null", "ssh_host": "{{ user `x` }}"}]}';
    await client.open(uri('template.json'), 'packer-json', text);
    const help = await client.request<SignatureHelp | null>('textDocument/signatureHelp', {
      textDocument: { uri: uri('template.json') },
      position: { line: 0, character: text.indexOf('`x') },
    });
    assert.match(help?.signatures[0]?.label ?? '', /^user\(/);
    assert.equal(help?.activeParameter, 0);
  });
});
