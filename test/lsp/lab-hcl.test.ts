/**
 * The lab translated to HCL2 (one `.pkr.hcl` file with the same mistakes) over a real stdio
 * connection: the same findings and fixes as the JSON lab, and Debian's packer accepts the result.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyAction } from '../support/edits';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';
import { PACKER, packerAvailable } from '../support/packerCli';

const LAB = fs.readFileSync(
  path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'lab-hcl', 'packer.pkr.hcl'),
  'utf8',
);
const isProblem = (d: Diagnostic) => d.severity === 1 || d.severity === 2;

describe('the lab in HCL2', () => {
  let client: LspTestClient;
  let folder: string;
  let uri: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-hcl-'));
    uri = `file://${folder}/packer.pkr.hcl`;
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows the same eight problems as the JSON lab, each with one preferred fix', async () => {
    const diagnostics = await client.open(uri, 'packer', LAB);
    const counts: Record<string, number> = {};
    for (const d of diagnostics.filter(isProblem)) counts[String(d.code)] = (counts[String(d.code)] ?? 0) + 1;
    assert.deepEqual(counts, { 'missing-required-setting': 3, 'smart-quotes': 2, 'package-manager-mismatch': 2 });
    const missing = diagnostics
      .filter((d) => d.code === 'missing-required-setting')
      .map(messageText)
      .join('\n');
    for (const key of ['ami_name', 'instance_type', 'ssh_username']) assert.match(missing, new RegExp(key));
    for (const d of diagnostics.filter(isProblem)) {
      const actions = await client.codeActions(uri, d.range, [d], ['quickfix']);
      assert.equal(actions.filter((a) => a.isPreferred).length, 1, `${String(d.code)}: ${messageText(d)}`);
    }
    await client.close(uri);
  });

  it('is fixed in one step by source.fixAll.packer, and packer validate accepts the result', async () => {
    await client.open(uri, 'packer', LAB);
    const [fixAll] = await client.codeActions(
      uri,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      [],
      ['source.fixAll.packer'],
    );
    assert.ok(fixAll);
    const fixed = applyAction(LAB, uri, fixAll);
    assert.deepEqual((await client.change(uri, fixed)).filter(isProblem).map(messageText), []);
    assert.match(fixed, /ami_name\s*=\s*"packer-amazon-linux-2-\$\{formatdate\("YYYYMMDDhhmmss", timestamp\(\)\)\}"/);
    assert.match(fixed, /"sudo yum makecache",\s*"sudo amazon-linux-extras install -y nginx1"/);
    assert.doesNotMatch(fixed, /apt|[“”]/);
    if (packerAvailable()) {
      fs.writeFileSync(path.join(folder, 'packer.pkr.hcl'), fixed);
      const result = spawnSync(PACKER, ['validate', '.'], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, CHECKPOINT_DISABLE: '1' },
      });
      assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
    }
    await client.close(uri);
  });
});
