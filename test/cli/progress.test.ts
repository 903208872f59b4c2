/**
 * Progress: shown on a terminal's standard error for a run over many files, never on a pipe or for
 * a few files, and never mixed into the report. `runCli` is the executable's body, run in-process
 * here so that the standard error can be a terminal.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import { cleanup, tempTree } from './cliSupport';

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (text: string) => chunks.push(text) };
}

describe('packer-lint progress', () => {
  let dir: string;
  before(() => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 320; i++)
      files[`t${String(i).padStart(3, '0')}/main.pkr.hcl`] =
        `source "null" "a" {\n  communicator = "none"\n}\n\nbuild {\n  sources = ["source.null.a"]\n}\n`;
    dir = tempTree(files);
  });
  after(() => cleanup(dir));

  const run = (stderrIsTTY: boolean, args: string[] = []) => {
    const stdout = capture(false);
    const stderr = capture(stderrIsTTY);
    const status = runCli({ argv: [...args, '.'], cwd: dir, stdout, stderr, env: {} });
    return { status, stdout: stdout.chunks.join(''), stderr: stderr.chunks };
  };

  it('counts the files on a terminal, rewriting one line, and clears it before the report', () => {
    const { status, stdout, stderr } = run(true);
    assert.equal(status, 0);
    const updates = stderr.filter((c) => c.startsWith('\r\u001b[KChecking '));
    assert.ok(updates.length >= 50 && updates.length <= 101, `${updates.length} updates`);
    assert.match(updates.at(-1) ?? '', /Checking 320\/320 files \(100%\)/);
    assert.equal(stderr.at(-1), '\r\u001b[K');
    assert.match(stdout, /✔ 320 files checked, no problems/);
    assert.doesNotMatch(stdout, /Checking/);
  });

  const runFew = () => {
    const stderr = capture(true);
    runCli({ argv: ['t000', 't001'], cwd: dir, stdout: capture(false), stderr, env: {} });
    return stderr.chunks;
  };

  it('stays silent on a pipe and for a few files', () => {
    assert.deepEqual(run(false).stderr, []);
    const few = { stderr: runFew() };
    assert.deepEqual(few.stderr, []);
  });
});
