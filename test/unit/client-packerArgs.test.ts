import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  buildFlags,
  packerArgs,
  planRun,
  positional,
  targetFor,
  templateKindOf,
  varFileCandidates,
} from '../../client/src/tasks/packerArgs';

const HOSTILE_NAMES = [
  '$(touch pwned).json',
  'a b.json',
  "x'; rm -rf ~'.json",
  '-rf.json',
  '--version.json',
  '`id`.json',
];

describe('templateKindOf', () => {
  it('reads .pkr.hcl, .pkr.json and var files as HCL2, anything else as legacy JSON', () => {
    assert.equal(templateKindOf('/w/main.pkr.hcl'), 'hcl2');
    assert.equal(templateKindOf('/w/main.PKR.JSON'), 'hcl2');
    assert.equal(templateKindOf('/w/prod.pkrvars.hcl'), 'hcl2');
    assert.equal(templateKindOf('/w/template.json'), 'legacy-json');
    assert.equal(templateKindOf('/w/pkr.hcl.json'), 'legacy-json');
  });
});

describe('targetFor', () => {
  it('runs an HCL2 file against its folder: packer build ., cwd = folder', () => {
    assert.deepEqual(targetFor('/w/images/web/main.pkr.hcl', false), {
      kind: 'hcl2',
      cwd: '/w/images/web',
      arg: '.',
      file: '/w/images/web/main.pkr.hcl',
    });
    assert.deepEqual(targetFor('/w/images/web', true), { kind: 'hcl2', cwd: '/w/images/web', arg: '.' });
  });

  it('runs a legacy JSON template as itself: cwd = its folder, arg = its name', () => {
    assert.deepEqual(targetFor('/w/seed.json', false), {
      kind: 'legacy-json',
      cwd: '/w',
      arg: 'seed.json',
      file: '/w/seed.json',
    });
  });

  for (const name of HOSTILE_NAMES) {
    it(`keeps ${JSON.stringify(name)} as one argument, untouched`, () => {
      const { args } = planRun('/usr/bin/packer', 'validate', path.join('/w', name), false);
      assert.equal(args.length, 2);
      assert.equal(args[0], 'validate');
      const expected = name.startsWith('-') ? `./${name}` : name;
      assert.equal(args[1], expected);
    });
  }

  it('never lets a name be read as a flag', () => {
    assert.equal(positional('-debug.json'), './-debug.json');
    assert.equal(positional('--force'), './--force');
    assert.equal(positional('a-b.json'), 'a-b.json');
    for (const name of HOSTILE_NAMES) assert.ok(!targetFor(path.join('/w', name), false).arg.startsWith('-'));
  });
});

describe('buildFlags and packerArgs', () => {
  it('puts every option before the template, one argument each', () => {
    const target = targetFor('/w/web/main.pkr.hcl', false);
    const flags = buildFlags({
      varFile: 'prod vars.pkrvars.hcl',
      only: ['amazon-ebs.a', 'docker.b'],
      onError: 'abort',
      force: true,
      debug: true,
    });
    assert.deepEqual(flags, [
      '-var-file=prod vars.pkrvars.hcl',
      '-only=amazon-ebs.a,docker.b',
      '-on-error=abort',
      '-force',
      '-debug',
    ]);
    assert.deepEqual(packerArgs('build', target, flags), ['build', ...flags, '.']);
  });

  it('leaves out what is default or empty', () => {
    assert.deepEqual(buildFlags({}), []);
    assert.deepEqual(buildFlags({ varFile: '', only: [], onError: 'cleanup', force: false, debug: false }), []);
  });

  it('keeps a hostile variable file inside its one -var-file= argument', () => {
    assert.deepEqual(buildFlags({ varFile: '-$(touch pwned).json' }), ['-var-file=-$(touch pwned).json']);
  });

  it('passes tasks.json args through untouched', () => {
    const run = planRun('/usr/bin/packer', 'build', '/w/seed.json', false, [
      '-var',
      'region=eu west',
      '-parallel-builds=1',
    ]);
    assert.deepEqual(run.args, ['build', '-var', 'region=eu west', '-parallel-builds=1', 'seed.json']);
    assert.equal(run.target.cwd, '/w');
  });
});

describe('varFileCandidates', () => {
  const names = [
    'main.pkr.hcl',
    'prod.pkrvars.hcl',
    'dev.pkrvars.json',
    'x.auto.pkrvars.hcl',
    'seed.json',
    'vars.json',
    'package.json',
    'a.pkr.json',
  ];
  it('offers HCL2 var files, not the auto-loaded ones', () => {
    assert.deepEqual(
      varFileCandidates('hcl2', names, () => false),
      ['dev.pkrvars.json', 'prod.pkrvars.hcl'],
    );
  });
  it('offers JSON files that are not templates for legacy JSON', () => {
    assert.deepEqual(
      varFileCandidates('legacy-json', names, (n) => n === 'seed.json'),
      ['dev.pkrvars.json', 'package.json', 'vars.json'],
    );
  });
});

const PACKER = '/usr/bin/packer';
const noPacker = fs.existsSync(PACKER) ? false : `${PACKER} is not installed`;

/** Runs packer without a shell, bounded, in a scratch HOME with the update check off. */
function runPacker(
  args: readonly string[],
  cwd: string,
  home: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PACKER, args, {
      cwd,
      shell: false,
      timeout: 60_000,
      env: { ...process.env, HOME: home, CHECKPOINT_DISABLE: '1', PACKER_NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('the real packer, spawned with these arguments and no shell', { skip: noPacker }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-args-'));
  const home = path.join(dir, 'home');
  fs.mkdirSync(home);
  const marker = path.join(dir, 'built-marker');
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const template = (extra: string): string =>
    JSON.stringify({
      builders: [{ type: 'null', communicator: 'none' }],
      provisioners: [{ type: 'shell-local', inline: [`echo built ${extra} > '${marker}'`] }],
    });

  it('builds a template named $(touch pwned).json and runs no part of its name', async () => {
    const name = '$(touch pwned).json';
    fs.writeFileSync(path.join(dir, name), template('ok'));
    const run = planRun(PACKER, 'build', path.join(dir, name), false);
    assert.deepEqual(run.args, ['build', name]);

    const { code, output } = await runPacker(run.args, run.target.cwd, home);
    assert.equal(code, 0, output);
    assert.equal(fs.readFileSync(marker, 'utf8').trim(), 'built ok');
    assert.ok(!fs.existsSync(path.join(dir, 'pwned')), 'a file named pwned appeared in the template folder');
    assert.ok(
      !fs.existsSync(path.join(process.cwd(), 'pwned')),
      'a file named pwned appeared in the working directory',
    );
  });

  for (const name of HOSTILE_NAMES.filter((n) => !n.startsWith('$('))) {
    it(`validates ${JSON.stringify(name)}: packer gets exactly that file`, async () => {
      fs.writeFileSync(path.join(dir, name), template('x'));
      const run = planRun(PACKER, 'validate', path.join(dir, name), false);
      const { code, output } = await runPacker(run.args, run.target.cwd, home);
      assert.equal(code, 0, output);
    });
  }

  it('validates an HCL2 folder as ".": the error names the file inside it', async () => {
    const folder = path.join(dir, 'hcl folder');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'a.pkr.hcl'),
      'source "null" "x" {\n  communicator = "none"\n  foo_bar = 1\n}\nbuild {\n  sources = ["source.null.x"]\n}\n',
    );
    const run = planRun(PACKER, 'validate', path.join(folder, 'a.pkr.hcl'), false);
    assert.deepEqual(run.args, ['validate', '.']);
    const { code, output } = await runPacker(run.args, run.target.cwd, home);
    assert.equal(code, 1);
    assert.match(output, /on a\.pkr\.hcl line 3:/);
  });
});
