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
    // The added settings line up with `region`, as packer fmt aligns a run of arguments.
    assert.match(fixed, /\n {2}ami_name {6}= "packer-/);
    assert.match(fixed, /\n {2}region {8}= "us-east-1"/);
    if (packerAvailable()) {
      fs.writeFileSync(path.join(folder, 'packer.pkr.hcl'), fixed);
      assertPacker(['fmt', '-check', '-diff', 'packer.pkr.hcl'], folder);
      assertPacker(['validate', '.'], folder);
    }
    await client.close(uri);
  });

  it('is fixed by its preferred quick fixes one at a time, laid out as packer fmt would at each step', async () => {
    let text = LAB;
    let problems = (await client.open(uri, 'packer', LAB)).filter(isProblem);
    let steps = 0;
    while (problems.length > 0) {
      assert.ok(steps++ < 10, `still ${problems.length} problems after ${steps} fixes`);
      const [first] = problems;
      assert.ok(first);
      const preferred = (await client.codeActions(uri, first.range, [first], ['quickfix'])).find((a) => a.isPreferred);
      assert.ok(preferred, `${String(first.code)}: ${messageText(first)}`);
      text = applyAction(text, uri, preferred);
      problems = (await client.change(uri, text)).filter(isProblem);
      // After each step, every block packer fmt can read passes its check; a block with curly
      // quotes is a syntax error to packer fmt until its own fix, so the whole file is checked at the end.
      if (packerAvailable()) assertBlocksFormatted(text, `step ${steps}: ${preferred.title}`);
    }
    assert.equal(steps, 7);
    if (packerAvailable()) {
      fs.writeFileSync(path.join(folder, 'packer.pkr.hcl'), text);
      assertPacker(['fmt', '-check', '-diff', 'packer.pkr.hcl'], folder);
      assertPacker(['validate', '.'], folder);
    }
    await client.close(uri);
  });
});

function assertPacker(args: string[], cwd: string): void {
  const result = spawnSync(PACKER, args, { cwd, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  assert.equal(result.status, 0, `packer ${args.join(' ')}: ${result.stdout}${result.stderr}`);
}

function assertBlocksFormatted(text: string, what: string): void {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-hcl-fmt-'));
  try {
    for (const block of text.split(/(?<=\n}\n)/).filter((b) => !/[“”]/.test(b))) {
      fs.writeFileSync(path.join(scratch, 'block.pkr.hcl'), block);
      const result = spawnSync(PACKER, ['fmt', '-check', '-diff', 'block.pkr.hcl'], { cwd: scratch, encoding: 'utf8' });
      assert.equal(result.status, 0, `${what}: ${result.stdout}${result.stderr}`);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
