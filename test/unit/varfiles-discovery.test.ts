/**
 * Reading a project's build scripts for the variables they pass to `packer build|validate`: the
 * scanner on script texts, the bounded discovery on the real folder test/fixtures/varfile-project,
 * and Packer itself run with the arguments found, which must print the values we say it gets.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { FileReader } from '../../server/src/service/rules/rule';
import { createBuildVariables, describeValueSource } from '../../server/src/service/varFiles/buildVariables';
import { ScriptDiscovery, scriptKind } from '../../server/src/service/varFiles/discovery';
import { scanScript } from '../../server/src/service/varFiles/scriptScan';
import { PACKER, packerAvailable } from '../support/packerCli';

const FIXTURE = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'varfile-project');
const BASE = path.resolve('/project');

const disk: FileReader = {
  readText: (file) => (fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined),
  listDirectory: (dir) => (fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? fs.readdirSync(dir) : undefined),
  stat: (file) => (!fs.existsSync(file) ? undefined : fs.statSync(file).isDirectory() ? 'directory' : 'file'),
};

describe('scanScript', () => {
  it('reads a Makefile recipe with make variables and continued lines', () => {
    const text = [
      'PACKER ?= packer',
      'VARS := packer/ami/ubuntu.json',
      'build:',
      '\t$(PACKER) build \\',
      '\t\t-var-file=$(VARS) \\',
      '\t\t-only=amazon-ebs.ubuntu \\',
      '\t\tpacker/ami/packer.json',
    ].join('\n');
    const [found, ...rest] = scanScript(text, 'makefile', BASE);
    assert.equal(rest.length, 0);
    assert.equal(found?.line, 3);
    assert.deepEqual(found?.varFiles, [{ value: path.join(BASE, 'packer/ami/ubuntu.json'), line: 4, character: 12 }]);
    assert.equal(found?.target, path.join(BASE, 'packer/ami/packer.json'));
  });

  it('follows cd, reads -var-file with a separate value and quoted -var pairs', () => {
    const text = `cd images/base && packer validate -var-file ../common.pkrvars.hcl -var 'region=eu-west-1' -var="size=large" .`;
    const [found] = scanScript(text, 'shell', BASE);
    assert.equal(found?.cwd, path.join(BASE, 'images/base'));
    assert.deepEqual(
      found?.varFiles.map((v) => v.value),
      [path.join(BASE, 'images/common.pkrvars.hcl')],
    );
    assert.deepEqual(
      found?.vars.map((v) => [v.name, v.value]),
      [
        ['region', 'eu-west-1'],
        ['size', 'large'],
      ],
    );
    assert.equal(found?.target, path.join(BASE, 'images/base'));
  });

  it('leaves out what the text alone cannot give, and commands that are not packer', () => {
    const text = [
      '# packer build -var-file=commented.json t.json',
      'packer build -var-file=$(shell ls *.json) -var-file="$HOME/secret.json" -var-file=known.json $TEMPLATE',
      'docker build -t image .',
      '$(DOCKER) build .',
      'echo "run packer build later"',
    ].join('\n');
    const found = scanScript(text, 'makefile', BASE);
    assert.equal(found.length, 1, 'only the packer command');
    assert.deepEqual(
      found[0]?.varFiles.map((v) => v.value),
      [path.join(BASE, 'known.json')],
    );
    assert.equal(found[0]?.target, undefined, 'an unknown target is no target');
    assert.equal(found[0]?.unreadableVarFiles, 2);
  });

  it('reads a make call with computed flags as passing variable files it cannot read', () => {
    const text = [
      'PACKER_NODE_FLAGS := $(foreach f,$(abspath $(COMMON_VAR_FILES)),-var-file="$(f)" )',
      'build-ami-%:',
      '\t$(PACKER) build $(if $(findstring windows,$@),$(WINDOWS_FLAGS),$(PACKER_NODE_FLAGS)) -var-file="$(abspath packer/ami/$(subst build-ami-,,$@).json)" packer/ami/packer.json',
    ].join('\n');
    const [found] = scanScript(text, 'makefile', BASE);
    assert.equal(found?.target, path.join(BASE, 'packer/ami/packer.json'));
    assert.deepEqual(found?.varFiles, []);
    assert.equal(found?.unreadableVarFiles, 2, 'the computed flags and the computed -var-file');
  });

  it('reads a PowerShell command continued with backticks', () => {
    const text = [
      'packer build    -only "$buildName*" `',
      '                -var "client_id=$ClientId" `',
      '                -var "location=westus2" `',
      '                $TemplatePath `',
      '        | Where-Object { $_ -ne $null }',
    ].join('\n');
    const [found] = scanScript(text, 'powershell', BASE);
    assert.deepEqual(
      found?.vars.map((v) => [v.name, v.value, v.line]),
      [
        ['client_id', '$ClientId', 1],
        ['location', 'westus2', 2],
      ],
    );
    assert.equal(found?.target, undefined);
  });

  it('reads a GitHub workflow step', () => {
    const text = [
      'jobs:',
      '  build:',
      '    steps:',
      '      - run: |',
      '          packer init .',
      '          packer build -var-file=vars/ci.pkrvars.hcl .',
    ].join('\n');
    const [found] = scanScript(text, 'ci', BASE);
    assert.equal(found?.line, 5);
    assert.deepEqual(
      found?.varFiles.map((v) => v.value),
      [path.join(BASE, 'vars/ci.pkrvars.hcl')],
    );
  });
});

describe('scriptKind', () => {
  it('knows build scripts by name and place', () => {
    assert.equal(scriptKind('Makefile'), 'makefile');
    assert.equal(scriptKind('images/rules.mk'), 'makefile');
    assert.equal(scriptKind('scripts/build.sh'), 'shell');
    assert.equal(scriptKind('images.CI/build-image.ps1'), 'powershell');
    assert.equal(scriptKind('.github/workflows/images.yml'), 'ci');
    assert.equal(scriptKind('.gitlab-ci.yml'), 'ci');
    assert.equal(scriptKind('azure-pipelines.yml'), 'ci');
    assert.equal(scriptKind('config/settings.yml'), undefined);
    assert.equal(scriptKind('packer/ami/packer.json'), undefined);
  });
});

describe('ScriptDiscovery on a real project folder', () => {
  it('finds the Makefile, the shell script and the workflow, and what they pass', () => {
    const discovery = new ScriptDiscovery(disk, () => [FIXTURE]);
    const scripts = [...new Set(discovery.invocations().map((f) => path.relative(FIXTURE, f.script)))].sort();
    assert.deepEqual(scripts, ['.github/workflows/images.yml', 'Makefile', 'build.sh']);
    const values = createBuildVariables(disk, () => [], discovery).valuesFor(
      path.join(FIXTURE, 'packer/ami/packer.json'),
    );
    assert.deepEqual([...values.keys()].sort(), ['ami_name', 'ci_run', 'instance_type', 'ssh_username']);
  });

  it('stops at its bounds', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'discovery-bounds-'));
    try {
      for (let i = 0; i < 5; i++)
        fs.writeFileSync(path.join(root, `b${i}.sh`), 'packer build -var-file=v.json t.json\n');
      const discovery = new ScriptDiscovery(disk, () => [root], {
        maxEntries: 100,
        maxScripts: 2,
        maxDepth: 4,
        maxScriptSize: 1000,
      });
      assert.equal(discovery.invocations().length, 2);
      assert.equal(discovery.truncated, true);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a computed -var-file', () => {
  it('makes the files its pattern can name candidates, and the build one that sets unknown values', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'computed-var-file-'));
    try {
      fs.mkdirSync(path.join(root, 'packer', 'ami'), { recursive: true });
      fs.writeFileSync(
        path.join(root, 'Makefile'),
        'build-ami-%:\n\tpacker build -var-file="$(abspath packer/ami/$(subst build-ami-,,$@).json)" packer/ami/packer.json\n',
      );
      const template = path.join(root, 'packer', 'ami', 'packer.json');
      fs.writeFileSync(template, '{ "builders": [{ "type": "null", "communicator": "none" }] }\n');
      fs.writeFileSync(path.join(root, 'packer', 'ami', 'ubuntu-2404.json'), '{ "build_name": "ubuntu-24.04" }\n');
      fs.writeFileSync(path.join(root, 'packer', 'ami', 'windows.json'), '{ "builders": [] }\n');
      const build = createBuildVariables(disk, () => [], new ScriptDiscovery(disk, () => [root]));
      const values = build.valuesFor(template);
      assert.deepEqual([...values.keys()], ['build_name'], 'the other template is no variable file');
      const [value] = values.get('build_name') ?? [];
      assert.ok(value !== undefined);
      assert.equal(
        describeValueSource(value, root),
        'set by packer/ami/ubuntu-2404.json, one of the files a computed -var-file in Makefile line 2 may name',
      );
      assert.deepEqual(build.opaqueVarFile(template), { script: path.join(root, 'Makefile'), line: 1 });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe(
  'Packer run with the arguments the scan found',
  { skip: !packerAvailable() && 'packer is not installed' },
  () => {
    it('prints the values we say the build script gives', () => {
      const discovery = new ScriptDiscovery(disk, () => [FIXTURE]);
      const found = discovery.invocations().find((f) => path.basename(f.script) === 'build.sh');
      assert.ok(found?.invocation.target !== undefined);
      const { cwd, varFiles, vars, target } = found.invocation;
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-home-'));
      try {
        const args = [
          'build',
          '-color=false',
          ...varFiles.map((v) => `-var-file=${v.value}`),
          ...vars.map((v) => `-var=${v.name}=${v.value}`),
          target,
        ];
        const result = spawnSync(PACKER, args, {
          cwd,
          encoding: 'utf8',
          env: { ...process.env, HOME: home, PACKER_CONFIG_DIR: home, CHECKPOINT_DISABLE: '1' },
          timeout: 60_000,
        });
        assert.equal(result.status, 0, result.stdout + result.stderr);
        // Undeclared in the template, yet Packer uses the var file's and -var's values (1.6.6 and later).
        assert.match(result.stdout, /ami_name=ubuntu-2404-base ssh_username=ubuntu ci_run= nowhere=/);
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
    });
  },
);
