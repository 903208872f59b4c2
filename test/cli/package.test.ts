/**
 * The npm package as a user installs it on a machine that has only Node: `npm pack`, then
 * `npm install -g` of the tarball into an empty prefix, offline (the package needs nothing from
 * the registry), and both commands run from there: `packer-lint` on the lab,
 * `packer-language-server --stdio` answering a real LSP client, and our pre-commit hooks run by
 * Debian's `pre-commit` on a git repository holding the lab.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspTestClient } from '../support/lspClient';
import { cleanup, copyLab, FIXTURES, labPluginFolder, ROOT, tempTree } from './cliSupport';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  let dir: string;
  let bin: string;
  let tarball: string;
  before(() => {
    dir = tempTree();
    // A fresh cache and no user configuration: what a clean machine has.
    const env = {
      ...process.env,
      npm_config_cache: path.join(dir, 'cache'),
      npm_config_userconfig: path.join(dir, 'npmrc'),
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    // The build is already done (npm test builds first): pack what it made.
    const pack = spawnSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    assert.equal(pack.status, 0, pack.stderr);
    const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    assert.ok(packed);
    tarball = path.join(dir, packed.filename);
    fs.writeFileSync(path.join(dir, 'files.json'), JSON.stringify(packed.files.map((f) => f.path).sort()));
    const prefix = path.join(dir, 'prefix');
    const install = spawnSync(NPM, ['install', '-g', '--offline', '--prefix', prefix, tarball], {
      cwd: dir,
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    assert.equal(install.status, 0, `${install.stdout}${install.stderr}`);
    bin = path.join(prefix, 'bin');
  });
  after(() => cleanup(dir));

  it('holds the two commands and the configuration schema, and depends on nothing (no vscode)', () => {
    const files = JSON.parse(fs.readFileSync(path.join(dir, 'files.json'), 'utf8')) as string[];
    assert.deepEqual(files, [
      'LICENSE',
      'README.md',
      'dist/packer-components.dat',
      'dist/packer-lint.js',
      'dist/server.js',
      'package.json',
      'schemas/packer-lint.schema.json',
    ]);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: unknown;
      bin: Record<string, string>;
    };
    assert.equal(manifest.dependencies, undefined);
    assert.deepEqual(Object.keys(manifest.bin).sort(), ['packer-language-server', 'packer-lint']);
    for (const command of ['packer-lint', 'packer-language-server']) {
      const code = fs.readFileSync(fs.realpathSync(path.join(bin, command)), 'utf8');
      assert.ok(code.startsWith('#!/usr/bin/env node\n'));
      assert.doesNotMatch(code, /require\(["']vscode["']\)/);
    }
  });

  it('runs packer-lint from the installed package', () => {
    const lab = copyLab();
    try {
      const version = spawnSync(path.join(bin, 'packer-lint'), ['--version'], { encoding: 'utf8' });
      assert.equal(version.status, 0, version.stderr);
      assert.match(version.stdout, /^\d+\.\d+\.\d+/);
      const run = spawnSync(path.join(bin, 'packer-lint'), ['lab'], {
        cwd: lab,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /smart-quotes/);
      assert.match(run.stdout, /✖ 8 problems \(6 errors, 2 warnings\)/);
    } finally {
      cleanup(lab);
    }
  });

  it('runs packer-language-server --stdio from the installed package for any LSP client', async () => {
    const client = await LspTestClient.start({}, {}, { command: [path.join(bin, 'packer-language-server')] });
    try {
      const lab = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'lab', 'packer_configuration.json'), 'utf8');
      const uri = pathToFileURL(path.join(dir, 'packer_configuration.json')).href;
      const diagnostics = await client.open(uri, 'json', lab);
      assert.ok(diagnostics.some((d) => d.code === 'smart-quotes'));
    } finally {
      await client.stop();
    }
  });

  it(
    'runs our pre-commit hooks (packer-lint, packer-lint-fix) on a repository with the lab',
    { skip: !hasPreCommit() && process.env['CI'] === undefined && 'no pre-commit' },
    () => {
      const work = tempTree();
      const git = (cwd: string, ...args: string[]) => {
        const run = spawnSync(
          'git',
          ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args],
          { cwd, encoding: 'utf8' },
        );
        assert.equal(run.status, 0, run.stderr);
        return run.stdout.trim();
      };
      try {
        // Our hook definitions, as a hook repository at a commit.
        const hooks = path.join(work, 'hooks');
        fs.mkdirSync(hooks);
        fs.copyFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), path.join(hooks, '.pre-commit-hooks.yaml'));
        git(hooks, 'init', '-q');
        git(hooks, 'add', '.');
        git(hooks, 'commit', '-q', '-m', 'hooks');
        const rev = git(hooks, 'rev-parse', 'HEAD');
        // The project: the lab, a JSON file that is no template, and the configuration naming our hooks.
        // `language: system` takes packer-lint from PATH, here the installed package; a user's pre-commit
        // installs it with npm itself (language: node) from the repository.
        const project = path.join(work, 'project');
        fs.cpSync(path.join(FIXTURES, 'lab'), path.join(project, 'lab'), { recursive: true });
        fs.cpSync(path.join(FIXTURES, 'lab-hcl'), path.join(project, 'lab-hcl'), { recursive: true });
        fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "x", "builders": 1 }\n');
        fs.writeFileSync(
          path.join(project, '.pre-commit-config.yaml'),
          `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: packer-lint\n        language: system\n      - id: packer-lint-fix\n        language: system\n        stages: [manual]\n`,
        );
        git(project, 'init', '-q');
        git(project, 'add', '.');
        const env = {
          ...process.env,
          PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
          PRE_COMMIT_HOME: path.join(work, 'cache'),
          NO_COLOR: '1',
          PACKER_PLUGIN_PATH: labPluginFolder(),
        };
        const preCommit = (...args: string[]) =>
          spawnSync('pre-commit', args, { cwd: project, encoding: 'utf8', env, timeout: 120_000 });

        const check = preCommit('run', '--all-files', '--color', 'never');
        assert.equal(check.status, 1, check.stdout);
        assert.match(check.stdout, /^packer-lint\.+Failed$/m);
        assert.match(check.stdout, /smart-quotes/);
        assert.match(check.stdout, /✖ 16 problems \(11 errors, 5 warnings\) in 2 files/);

        const fix = preCommit('run', 'packer-lint-fix', '--all-files', '--hook-stage', 'manual', '--color', 'never');
        assert.equal(fix.status, 1, fix.stdout);
        assert.match(fix.stdout, /files were modified by this hook/);
        assert.match(fs.readFileSync(path.join(project, 'lab-hcl', 'packer.pkr.hcl'), 'utf8'), /ssh_username +=/);

        git(project, 'add', '.');
        const again = preCommit('run', '--all-files', '--color', 'never');
        assert.equal(again.status, 0, again.stdout);
        assert.match(again.stdout, /^packer-lint\.+Passed$/m);
      } finally {
        cleanup(work);
      }
    },
  );
});

function hasPreCommit(): boolean {
  return spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
}
