/**
 * `packer/convertToHcl` over a real connection: the editor's unsaved text of an open template,
 * a template that is only on disk, and the refusals, which come back as request errors whose
 * message the client shows as is.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspTestClient } from '../support/lspClient';

interface Converted {
  text: string;
  warnings: string[];
}

const TEMPLATE = {
  variables: { region: 'eu-west-1' },
  builders: [{ type: 'null', name: 'n', communicator: 'none' }],
  provisioners: [{ type: 'shell-local', inline: ['echo {{user `region`}} {{nonsense}}'], only: ['n'] }],
};

describe('packer/convertToHcl', () => {
  let client: LspTestClient;
  let folder: string;
  before(async () => {
    client = await LspTestClient.start();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convert-lsp-'));
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const convert = (uri: string) => client.request<Converted>('packer/convertToHcl', { uri });

  it("converts the editor's unsaved text, with the warnings of what it kept as written", async () => {
    const uri = pathToFileURL(path.join(folder, 'open.json')).href;
    fs.writeFileSync(path.join(folder, 'open.json'), '{"builders": []}');
    await client.open(uri, 'packer-json', JSON.stringify(TEMPLATE, null, 2));
    const result = await convert(uri);
    assert.match(result.text, /variable "region" \{\n {2}type {4}= string\n {2}default = "eu-west-1"\n\}/);
    assert.match(result.text, /source "null" "n" \{/);
    assert.match(result.text, /inline = \["echo \$\{var\.region\} \{\{nonsense\}\}"\]\n {4}only {3}= \["null\.n"\]/);
    assert.deepEqual(result.warnings, [
      'provisioner 1 (shell-local) inline: {{nonsense}} was kept as written: "nonsense" has no HCL2 equivalent.',
    ]);
  });

  it('reads a template that is not open from disk', async () => {
    const file = path.join(folder, 'closed.json');
    fs.writeFileSync(file, JSON.stringify({ builders: [{ type: 'null', communicator: 'none' }] }));
    const result = await convert(pathToFileURL(file).href);
    assert.equal(
      result.text,
      'source "null" "null" {\n  communicator = "none"\n}\n\nbuild {\n  sources = ["source.null.null"]\n}\n',
    );
    assert.deepEqual(result.warnings, []);
  });

  it('answers with an error that says why, for JSON that is no template, broken JSON and a missing file', async () => {
    const notTemplate = pathToFileURL(path.join(folder, 'other.json')).href;
    await client.open(notTemplate, 'json', '{"name": "x"}');
    await assert.rejects(convert(notTemplate), /not a legacy JSON template/);
    const broken = pathToFileURL(path.join(folder, 'broken.json')).href;
    await client.open(broken, 'packer-json', '{"builders": [{"type": "null"');
    await assert.rejects(convert(broken), /syntax errors/);
    await assert.rejects(convert(pathToFileURL(path.join(folder, 'missing.json')).href), /Cannot read/);
  });
});
