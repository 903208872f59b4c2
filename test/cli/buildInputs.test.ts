/**
 * packer-lint gives the language service what the editor gives it: the var files and values a
 * template is built with (command line, configuration file, build scripts) and the Packer version
 * and plugin folder it is checked against. Real bundle, real files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cleanup, jsonReport, packerLint, tempTree, WEB, type JsonFileResult } from './cliSupport';

const LEGACY = `{
  "builders": [{ "type": "null", "communicator": "none" }],
  "provisioners": [{ "type": "shell-local", "inline": ["echo {{user \`build_id\`}}"] }]
}
`;

const DECLARED_AMAZON = `packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1"
    }
  }
}
`;

const rulesOf = (results: JsonFileResult[], file: string) =>
  results.find((r) => r.filePath.endsWith(file))?.messages.map((m) => m.ruleId) ?? [];

describe('packer-lint: what the templates are built with', () => {
  it('a legacy template using an undeclared variable that -var-file gives has no undefined-variable', () => {
    const dir = tempTree({ 'template.json': LEGACY, 'vars.json': '{ "build_id": "7" }\n' });
    try {
      assert.deepEqual(rulesOf(jsonReport(packerLint(['-f', 'json', 'template.json'], dir)), 'template.json'), [
        'legacy-json-template',
        'undefined-variable',
      ]);
      const given = packerLint(['-f', 'json', '-var-file', 'vars.json', 'template.json'], dir);
      assert.equal(given.status, 0, given.stderr);
      assert.deepEqual(rulesOf(jsonReport(given), 'template.json'), ['legacy-json-template']);
      // A var file that sets other names leaves the finding as it is.
      fs.writeFileSync(path.join(dir, 'other.json'), '{ "version": "1" }\n');
      const other = jsonReport(packerLint(['-f', 'json', '-var-file', 'other.json', 'template.json'], dir));
      assert.ok(rulesOf(other, 'template.json').includes('undefined-variable'));
    } finally {
      cleanup(dir);
    }
  });

  it('an HCL2 folder whose variable a var file of the configuration sets has no variable-not-set', () => {
    const dir = tempTree({ 'web/main.pkr.hcl': WEB, 'vars/prod.pkrvars.hcl': 'region = "eu-west-1"\n' });
    try {
      assert.deepEqual(rulesOf(jsonReport(packerLint(['-f', 'json', 'web'], dir)), 'main.pkr.hcl'), [
        'variable-not-set',
      ]);
      fs.writeFileSync(path.join(dir, '.packer-lint.json'), JSON.stringify({ varFiles: ['vars/prod.pkrvars.hcl'] }));
      const configured = packerLint(['-f', 'json', 'web'], dir);
      assert.equal(configured.status, 0, configured.stderr);
      assert.deepEqual(rulesOf(jsonReport(configured), 'main.pkr.hcl'), []);
    } finally {
      cleanup(dir);
    }
  });

  it("the project's build scripts count as in the editor: a Makefile's -var-file sets the variable", () => {
    const dir = tempTree({
      'web/main.pkr.hcl': WEB,
      'web/prod.pkrvars.hcl': 'region = "eu-west-1"\n',
      Makefile: 'image:\n\tpacker build -var-file=web/prod.pkrvars.hcl web\n',
    });
    try {
      const run = packerLint(['-f', 'json', 'web'], dir);
      assert.equal(run.status, 0, run.stdout);
      assert.deepEqual(rulesOf(jsonReport(run), 'main.pkr.hcl'), []);
    } finally {
      cleanup(dir);
    }
  });
});

describe('packer-lint: the Packer and plugins checked against', () => {
  const SOURCE_ONLY = `source "amazon-ebs" "web" {
  ami_name      = "web"
  instance_type = "t3.micro"
  region        = "eu-west-1"
  ssh_username  = "ec2-user"
  source_ami    = "ami-123"
}

build {
  sources = ["source.amazon-ebs.web"]
}
`;

  it('with packerVersion 1.11.0 and an empty plugin folder, an undeclared plugin is an error, as in the editor', () => {
    const dir = tempTree({
      'web/main.pkr.hcl': SOURCE_ONLY,
      '.packer-lint.json': JSON.stringify({ packerVersion: '1.11.0', pluginFolder: 'plugins' }),
    });
    fs.mkdirSync(path.join(dir, 'plugins'));
    try {
      const run = packerLint(['-f', 'json', 'web'], dir);
      assert.equal(run.status, 1, run.stderr);
      const findings = jsonReport(run)[0]?.messages.filter((m) => m.ruleId === 'undeclared-plugin') ?? [];
      assert.equal(findings.length, 1);
      assert.equal(findings[0]?.severity, 'error');
      assert.match(
        findings[0]?.message ?? '',
        /^Packer 1\.11\.0 bundles no plugin, .* is not installed: the build stops/,
      );

      // --packer-version wins over the configuration: Packer 1.9 still bundles the amazon plugin.
      const older = jsonReport(packerLint(['-f', 'json', '--packer-version', '1.9.0', 'web'], dir))[0];
      const bundled = older?.messages.find((m) => m.ruleId === 'undeclared-plugin');
      assert.equal(bundled?.severity, 'information');
      assert.match(bundled?.message ?? '', /bundled with Packer 1\.9\.0/);
      assert.equal(packerLint(['--packer-version', 'latest', 'web'], dir).status, 2);
    } finally {
      cleanup(dir);
    }
  });

  it('without pluginFolder, the plugins are read where Packer looks (PACKER_PLUGIN_PATH)', () => {
    const dir = tempTree({
      'web/main.pkr.hcl': `${DECLARED_AMAZON}\n${SOURCE_ONLY}`,
      '.packer-lint.json': JSON.stringify({ packerVersion: '1.11.0' }),
    });
    fs.mkdirSync(path.join(dir, 'empty'));
    try {
      // The test helper's folder holds the amazon plugin: nothing to say.
      assert.deepEqual(jsonReport(packerLint(['-f', 'json', 'web'], dir))[0]?.messages, []);
      const empty = packerLint(['-f', 'json', 'web'], dir, { PACKER_PLUGIN_PATH: path.join(dir, 'empty') });
      const missing = jsonReport(empty)[0]?.messages.find((m) => m.ruleId === 'missing-plugin');
      assert.equal(missing?.severity, 'error');
      assert.match(missing?.message ?? '', new RegExp(`none is installed in ${path.join(dir, 'empty')}`));
      // A folder that does not exist: packer init never ran on this machine, which says nothing of the templates.
      const absent = packerLint(['-f', 'json', 'web'], dir, { PACKER_PLUGIN_PATH: path.join(dir, 'absent') });
      assert.equal(
        jsonReport(absent)[0]?.messages.find((m) => m.ruleId === 'missing-plugin'),
        undefined,
      );
    } finally {
      cleanup(dir);
    }
  });
});
