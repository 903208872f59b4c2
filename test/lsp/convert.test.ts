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
import { spawnSync } from 'node:child_process';
import { applyAction } from '../support/edits';
import { LspTestClient } from '../support/lspClient';
import { PACKER, packerAvailable } from '../support/packerCli';

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

  it('converts the lab as meant; its HCL2 shows the same mistakes, and fix-all leaves what packer fmt and validate accept', async (t) => {
    const labFile = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'lab', 'packer_configuration.json');
    const labUri = pathToFileURL(path.join(folder, 'packer_configuration.json')).href;
    await client.open(labUri, 'packer-json', fs.readFileSync(labFile, 'utf8'));
    const { text } = await convert(labUri);
    const hclFile = path.join(folder, 'lab', 'packer_configuration.pkr.hcl');
    fs.mkdirSync(path.dirname(hclFile), { recursive: true });
    fs.writeFileSync(hclFile, text);
    const hclUri = pathToFileURL(hclFile).href;
    const problems = await client.open(hclUri, 'packer', text);
    // The curly quotes and the trailing comma are gone (read as meant); the other five mistakes remain.
    assert.deepEqual(problems.map((d) => d.code).sort(), [
      'missing-required-setting',
      'missing-required-setting',
      'missing-required-setting',
      'package-manager-mismatch',
      'package-manager-mismatch',
    ]);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [fixAll] = await client.codeActions(hclUri, whole, [], ['source.fixAll.packer']);
    assert.ok(fixAll);
    const fixed = applyAction(text, hclUri, fixAll);
    assert.deepEqual(await client.change(hclUri, fixed), []);
    if (!packerAvailable()) return t.skip('packer is not installed');
    fs.writeFileSync(hclFile, fixed);
    for (const args of [
      ['fmt', '-check', '-diff', '.'],
      ['validate', '.'],
    ]) {
      const run = spawnSync(PACKER, args, { cwd: path.dirname(hclFile), encoding: 'utf8' });
      assert.equal(run.status, 0, `packer ${args.join(' ')}: ${run.stdout}${run.stderr}`);
    }
  });
});
