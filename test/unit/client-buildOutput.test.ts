/**
 * Build progress read from a real `packer build` (Debian's packer on the null builder, offline): the
 * editor tests' three sources in a named build, one of which fails in its second provisioner, read in
 * one piece and in chunks cut anywhere; and a legacy template whose builders are named.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { BuildOutputReader, elapsed } from '../../client/src/progress/buildOutput';
import { PACKER, packerAvailable } from '../support/packerCli';

/** The editor tests' three sources, in a build named `demo`, without their pause. */
const HCL = fs
  .readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'editor', 'fixtures', 'three-sources.pkr.hcl'), 'utf8')
  .replace('build {', 'build {\n  name = "demo"')
  .replace('"sleep 2", ', '');

const LEGACY = JSON.stringify({
  builders: [
    { type: 'null', name: 'alpha', communicator: 'none' },
    { type: 'null', name: 'beta', communicator: 'none' },
  ],
  provisioners: [{ type: 'shell-local', inline: ['echo hi'] }],
});

function build(files: Record<string, string>, target: string): { output: string; status: number | null } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-progress-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const result = spawnSync(PACKER, ['build', target], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, HOME: dir, PACKER_CONFIG_DIR: dir, CHECKPOINT_DISABLE: '1' },
      timeout: 60_000,
    });
    return { output: `${result.stdout}${result.stderr}`, status: result.status };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const summary = (reader: BuildOutputReader) =>
  reader.sources.map((s) => [s.name, s.status, s.error ?? ''] as const).sort(([a], [b]) => a.localeCompare(b));

describe('build progress from packer build', { skip: !packerAvailable() && 'packer is not installed' }, () => {
  const hcl = build({ 'demo.pkr.hcl': HCL }, '.');

  it('follows each source of an HCL2 build to its end, with the failed one’s error', () => {
    assert.notEqual(hcl.status, 0, hcl.output);
    const reader = new BuildOutputReader();
    reader.write(hcl.output);
    reader.end(hcl.status ?? 1);
    assert.deepEqual(summary(reader), [
      ['demo.null.broken', 'failed', 'Script exited with non-zero exit status: 3.Allowed exit codes are: [0]'],
      ['demo.null.first', 'finished', ''],
      ['demo.null.second', 'finished', ''],
    ]);
    assert.ok(reader.sources.every((s) => s.endedAt !== undefined && s.endedAt >= s.startedAt));
  });

  it('reads the same from chunks cut anywhere, colours included', () => {
    const whole = new BuildOutputReader();
    whole.write(hcl.output);
    const chunked = new BuildOutputReader();
    for (let i = 0; i < hcl.output.length; i += 7) chunked.write(hcl.output.slice(i, i + 7));
    assert.deepEqual(summary(chunked), summary(whole));
    assert.match(hcl.output, /\u001b\[/, 'packer colours its output even into a pipe');
  });

  it('shows the current step while a build runs', () => {
    const reader = new BuildOutputReader();
    const upTo = hcl.output.indexOf('==> demo.null.first: Running local shell script');
    assert.ok(upTo >= 0, hcl.output);
    reader.write(hcl.output.slice(0, hcl.output.indexOf('\n', upTo) + 1));
    const first = reader.sources.find((s) => s.name === 'demo.null.first');
    assert.equal(first?.status, 'running');
    assert.match(first?.step ?? '', /^Running local shell script: /);
  });

  it('reads a legacy template’s named builders, and marks builds cut short when packer stops', () => {
    const legacy = build({ 'template.json': LEGACY }, 'template.json');
    assert.equal(legacy.status, 0, legacy.output);
    const reader = new BuildOutputReader();
    reader.write(legacy.output);
    reader.end(0);
    assert.deepEqual(summary(reader), [
      ['alpha', 'finished', ''],
      ['beta', 'finished', ''],
    ]);
    const cut = new BuildOutputReader();
    cut.write(legacy.output.slice(0, legacy.output.indexOf("Build '")));
    cut.end(130);
    assert.deepEqual(
      cut.sources.map((s) => s.status),
      ['cancelled', 'cancelled'],
    );
  });
});

describe('elapsed', () => {
  it('reads as a clock', () => {
    assert.deepEqual([elapsed(7_400), elapsed(750_000), elapsed(3_723_000)], ['0:07', '12:30', '1:02:03']);
  });
});
