/**
 * `--fix`, `--fix-dry-run`, `--check-format` and `--format-write` on real files: the fixed lab
 * passes Debian's `packer validate`, a second run changes nothing, files keep their encoding, line
 * endings and permissions, the dry run's diff applies to give the same result, and our formatting
 * is byte for byte `packer fmt`'s.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { PACKER, packerAvailable } from '../support/packerCli';
import { cleanup, copyLab, jsonReport, packerLint, tempTree } from './cliSupport';

const hasPacker = packerAvailable();

/** The installed Packer's release ("1.6.6"), which the fixed lab is checked for and validated with. */
function installedPackerVersion(): string {
  const run = spawnSync(PACKER, ['version'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  const found = /v?(\d+\.\d+\.\d+)/.exec(run.stdout);
  assert.ok(found?.[1], run.stdout);
  return found[1];
}

function packerIn(dir: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(PACKER, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, HOME: dir, PACKER_CONFIG_DIR: dir, CHECKPOINT_DISABLE: '1' },
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(dir, full)] = fs.readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return files;
}

describe('packer-lint --fix', () => {
  it(
    'fixes the lab (JSON and HCL2) so that packer validate accepts it; a second --fix changes nothing',
    { skip: !hasPacker && 'no packer' },
    () => {
      const dir = copyLab();
      // Fixed for the Packer that validates them: 1.6.6 has no required_plugins to declare the plugin in.
      const packer = ['--packer-version', installedPackerVersion()];
      try {
        const before = packerLint([...packer, 'lab', 'lab-hcl'], dir);
        assert.equal(before.status, 1);
        const fixed = packerLint([...packer, '--fix', '-f', 'json', 'lab', 'lab-hcl'], dir);
        assert.equal(fixed.status, 0, fixed.stdout);
        for (const result of jsonReport(fixed))
          assert.deepEqual(
            result.messages.filter((m) => m.severity === 'error' || m.severity === 'warning'),
            [],
          );
        const json = packerIn(path.join(dir, 'lab'), ['validate', 'packer_configuration.json']);
        assert.equal(json.status, 0, json.output);
        const hcl = packerIn(path.join(dir, 'lab-hcl'), ['validate', '.']);
        assert.equal(hcl.status, 0, hcl.output);
        const once = snapshot(dir);
        assert.equal(packerLint([...packer, '--fix', 'lab', 'lab-hcl'], dir).status, 0);
        assert.deepEqual(snapshot(dir), once);
      } finally {
        cleanup(dir);
      }
    },
  );

  it('keeps a byte-order mark, CRLF line endings and the permissions, and leaves no temporary file', () => {
    const plain = copyLab();
    const crlf = copyLab();
    try {
      const file = path.join(crlf, 'lab-hcl', 'packer.pkr.hcl');
      const original = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, `\uFEFF${original.replace(/\n/g, '\r\n')}`);
      fs.chmodSync(file, 0o640);
      assert.equal(packerLint(['--fix', 'lab-hcl'], plain).status, 0);
      assert.equal(packerLint(['--fix', 'lab-hcl'], crlf).status, 0);
      const expected = fs.readFileSync(path.join(plain, 'lab-hcl', 'packer.pkr.hcl'), 'utf8');
      const bytes = fs.readFileSync(file);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      assert.doesNotMatch(text, /[^\r]\n/, 'every line ends in CRLF');
      assert.equal(text.replace(/\r\n/g, '\n'), expected);
      assert.notEqual(expected, original);
      assert.equal(fs.statSync(file).mode & 0o777, 0o640);
      assert.deepEqual(fs.readdirSync(path.join(crlf, 'lab-hcl')), ['packer.pkr.hcl']);
    } finally {
      cleanup(plain);
      cleanup(crlf);
    }
  });

  it('never rewrites a file whose bytes are not valid UTF-8, and says so', () => {
    const dir = copyLab();
    try {
      const file = path.join(dir, 'lab-hcl', 'packer.pkr.hcl');
      const bytes = Buffer.concat([Buffer.from('# caf\xe9\n', 'latin1'), fs.readFileSync(file)]);
      fs.writeFileSync(file, bytes);
      const run = packerLint(['--fix', '-f', 'json', 'lab-hcl'], dir);
      assert.match(jsonReport(run)[0]?.notFixed ?? '', /not valid UTF-8/);
      assert.deepEqual(fs.readFileSync(file), bytes);
    } finally {
      cleanup(dir);
    }
  });

  it('--fix-dry-run prints a unified diff that applies to give what --fix writes, and writes nothing', () => {
    const dry = copyLab();
    const real = copyLab();
    try {
      const before = snapshot(dry);
      const run = packerLint(['--fix-dry-run', 'lab', 'lab-hcl'], dry);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^--- a\/lab-hcl\/packer\.pkr\.hcl\n\+\+\+ b\/lab-hcl\/packer\.pkr\.hcl\n@@ /m);
      assert.deepEqual(snapshot(dry), before);
      fs.writeFileSync(path.join(dry, 'fix.diff'), run.stdout);
      const applied = spawnSync('git', ['apply', 'fix.diff'], { cwd: dry, encoding: 'utf8' });
      assert.equal(applied.status, 0, applied.stderr);
      fs.rmSync(path.join(dry, 'fix.diff'));
      packerLint(['--fix', 'lab', 'lab-hcl'], real);
      assert.deepEqual(snapshot(dry), snapshot(real));
      assert.equal(packerLint(['--fix', '--fix-dry-run'], dry).status, 2);
    } finally {
      cleanup(dry);
      cleanup(real);
    }
  });
});

const UNFORMATTED = `source "null" "a" {
    communicator = "none"
  }

build {
sources = ["source.null.a"]
  provisioner "shell-local" {
    inline = ["echo hi"]
    environment_vars = ["A=1"]
  }
}
`;

describe('packer-lint --check-format and --format-write', () => {
  it(
    'reports what packer fmt would change, with exit 1, and writes exactly what packer fmt writes',
    { skip: !hasPacker && 'no packer' },
    () => {
      const ours = tempTree({ 'fmt/main.pkr.hcl': UNFORMATTED, 'fmt/vars.pkrvars.hcl': 'a   = 1\nlonger = 2\n' });
      const theirs = tempTree({ 'fmt/main.pkr.hcl': UNFORMATTED, 'fmt/vars.pkrvars.hcl': 'a   = 1\nlonger = 2\n' });
      try {
        const check = packerLint(
          ['--check-format', '-f', 'json', '--rule', 'undeclared-variable-in-varfile=off', 'fmt'],
          ours,
        );
        assert.equal(check.status, 1);
        const found = jsonReport(check).map((r) => [
          path.basename(r.filePath),
          r.messages.map((m) => `${m.ruleId}@${m.line}`),
        ]);
        assert.deepEqual(found, [
          ['main.pkr.hcl', ['packer-fmt@2']],
          ['vars.pkrvars.hcl', ['packer-fmt@1']],
        ]);
        assert.equal(packerIn(path.join(theirs, 'fmt'), ['fmt', '-check', '.']).status, 3);
        assert.equal(packerLint(['--format-write', '--quiet', 'fmt'], ours).status, 0);
        packerIn(path.join(theirs, 'fmt'), ['fmt', '.']);
        assert.deepEqual(snapshot(ours), snapshot(theirs));
        assert.equal(packerLint(['--check-format', '--quiet', 'fmt'], ours).status, 0);
      } finally {
        cleanup(ours);
        cleanup(theirs);
      }
    },
  );
});
