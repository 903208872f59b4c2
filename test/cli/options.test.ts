/**
 * Every option of `packer-lint`, through the real bundle on real files: discovery, exit codes,
 * --max-warnings, --quiet, --rule, the configuration file, -var and -var-file, --output-file,
 * colours, --help and --version.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanup, FIXTURES, jsonReport, packerLint, rulesByFile, tempTree, WEB } from './cliSupport';

const CLEAN_JSON = `{
  "builders": [
    {
      "type": "amazon-ebs",
      "ami_name": "web",
      "instance_type": "t3.micro",
      "region": "us-east-1",
      "ssh_username": "ec2-user",
      "source_ami": "ami-123"
    }
  ]
}
`;

const LAB = fs.readFileSync(path.join(FIXTURES, 'lab', 'packer_configuration.json'), 'utf8');

describe('packer-lint options', () => {
  let dir: string;
  before(() => {
    dir = tempTree({
      'web/main.pkr.hcl': WEB,
      'web/prod.pkrvars.hcl': 'region = "eu-west-1"\n',
      'clean.json': CLEAN_JSON,
      'lab/template.json': LAB,
      'package.json': '{ "name": "not-a-template" }\n',
      'node_modules/dep/template.json': LAB,
      '.hidden/template.json': LAB,
    });
  });
  after(() => cleanup(dir));

  it('finds templates as the editor does: HCL2 files by name, legacy JSON by content, no node_modules or hidden folders', () => {
    const run = packerLint(['-f', 'json'], dir);
    assert.deepEqual(Object.keys(rulesByFile(jsonReport(run), dir)).sort(), [
      'clean.json',
      'lab/template.json',
      'web/main.pkr.hcl',
      'web/prod.pkrvars.hcl',
    ]);
  });

  it('follows a symbolic link inside the tree once, and none that leaves it', () => {
    const outside = tempTree({ 'elsewhere.json': LAB });
    const tree = tempTree({ 'real/clean.json': CLEAN_JSON });
    try {
      fs.symlinkSync(path.join(tree, 'real'), path.join(tree, 'alias'));
      fs.symlinkSync(outside, path.join(tree, 'out'));
      fs.symlinkSync(tree, path.join(tree, 'real', 'loop'));
      const files = jsonReport(packerLint(['-f', 'json'], tree)).map((r) => path.relative(tree, r.filePath));
      assert.ok(!files.some((f) => f.startsWith('out')), files.join());
      assert.equal(files.length, 1, files.join());
      assert.match(files[0] ?? '', /^(real|alias)\/clean\.json$/);
    } finally {
      cleanup(outside);
      cleanup(tree);
    }
  });

  it('exits 0 without errors, 1 with errors, 2 on a usage error or a missing path (checking the rest)', () => {
    assert.equal(packerLint(['clean.json', 'web'], dir).status, 0);
    assert.equal(packerLint(['lab'], dir).status, 1);
    const unknown = packerLint(['--no-such-option'], dir);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown option --no-such-option/);
    const missing = packerLint(['-f', 'json', 'nowhere', 'lab'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nowhere: no such file or folder/);
    assert.equal(jsonReport(missing)[0]?.errorCount, 6, 'the readable file is still checked');
  });

  it('--max-warnings: warnings fail only past the limit', () => {
    assert.equal(packerLint(['web'], dir).status, 0);
    assert.equal(packerLint(['--max-warnings', '1', 'web'], dir).status, 0);
    const over = packerLint(['--max-warnings=0', 'web'], dir);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /too many warnings \(1, at most 0 allowed\)/);
    assert.equal(packerLint(['--max-warnings', 'many', 'web'], dir).status, 2);
  });

  it('--quiet reports errors only', () => {
    const loud = jsonReport(packerLint(['-f', 'json', 'lab'], dir))[0];
    const quiet = jsonReport(packerLint(['-f', 'json', '--quiet', 'lab'], dir))[0];
    assert.ok(loud?.messages.some((m) => m.severity === 'warning'));
    assert.ok(quiet?.messages.length !== 0 && quiet?.messages.every((m) => m.severity === 'error'));
    assert.equal(packerLint(['--quiet', '--max-warnings', '0', 'web'], dir).status, 0);
  });

  it('--rule sets a severity or turns a rule off; an unknown rule or severity is a usage error', () => {
    const off = jsonReport(packerLint(['-f', 'json', '--rule', 'smart-quotes=off', 'lab'], dir))[0];
    assert.ok(!off?.messages.some((m) => m.ruleId === 'smart-quotes'));
    const raised = packerLint(['-f', 'json', '--rule=variable-not-set=error', 'web'], dir);
    assert.equal(raised.status, 1);
    assert.equal(jsonReport(raised)[0]?.messages[0]?.severity, 'error');
    assert.match(packerLint(['--rule', 'no-such-rule=off'], dir).stderr, /there is no rule "no-such-rule"/);
    assert.equal(packerLint(['--rule', 'smart-quotes=loud'], dir).status, 2);
  });

  it('reads .packer-lint.json above the current folder; --rule wins over it; a broken file is reported', () => {
    const project = tempTree({
      '.packer-lint.json': JSON.stringify({ rules: { 'variable-not-set': 'error', 'smart-quotes': 'off' } }),
      'sub/web/main.pkr.hcl': WEB,
    });
    try {
      const cwd = path.join(project, 'sub');
      assert.equal(packerLint(['web'], cwd).status, 1);
      assert.equal(packerLint(['--rule', 'variable-not-set=warning', 'web'], cwd).status, 0);
      fs.writeFileSync(path.join(project, 'other.json'), JSON.stringify({ rules: { 'variable-not-set': 'off' } }));
      const explicit = jsonReport(packerLint(['-f', 'json', '--config', '../other.json', 'web'], cwd));
      assert.deepEqual(explicit[0]?.messages, []);
      fs.writeFileSync(
        path.join(project, '.packer-lint.json'),
        '{ "rules": { "variable-not-set": "loud" }, "extra": 1 }',
      );
      const broken = packerLint(['web'], cwd);
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, /"rules\.variable-not-set" must be one of/);
      assert.match(broken.stderr, /unknown key "extra"/);
    } finally {
      cleanup(project);
    }
  });

  it("-var, -var-file and the configuration file's varFiles set variables as Packer takes them", () => {
    const unset = (args: string[], cwd = dir) =>
      jsonReport(packerLint(['-f', 'json', ...args, 'web/main.pkr.hcl'], cwd))[0]?.messages.map((m) => m.ruleId);
    assert.deepEqual(unset([]), ['variable-not-set']);
    assert.deepEqual(unset(['-var', 'region=eu-west-1']), []);
    assert.deepEqual(unset(['-var=region=eu-west-1']), []);
    assert.deepEqual(unset(['-var-file=web/prod.pkrvars.hcl']), []);
    assert.deepEqual(unset(['--var-file', 'web/prod.pkrvars.hcl']), []);
    assert.deepEqual(unset(['-var', 'other=1']), ['variable-not-set']);
    fs.writeFileSync(path.join(dir, 'vars.json'), '{ "region": "eu-west-1" }');
    assert.deepEqual(unset(['-var-file', 'vars.json']), []);
    fs.writeFileSync(path.join(dir, '.packer-lint.json'), JSON.stringify({ varFiles: ['web/prod.pkrvars.hcl'] }));
    try {
      assert.deepEqual(unset([]), []);
    } finally {
      fs.rmSync(path.join(dir, '.packer-lint.json'));
      fs.rmSync(path.join(dir, 'vars.json'));
    }
    const missing = packerLint(['-var-file', 'none.pkrvars.hcl', 'web'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /none\.pkrvars\.hcl: the var file cannot be read/);
    assert.equal(packerLint(['-var', 'novalue', 'web'], dir).status, 2);
  });

  it('undefined-variable in a legacy template is not reported for a variable the command line gives', () => {
    const template = tempTree({
      't.json':
        '{ "builders": [{ "type": "null", "communicator": "none" }], "provisioners": [{ "type": "shell-local", "inline": ["echo {{user `build_id`}}"] }] }\n',
    });
    try {
      const rules = (args: string[]) =>
        jsonReport(packerLint(['-f', 'json', ...args, 't.json'], template))[0]?.messages.map((m) => m.ruleId);
      assert.ok(rules([])?.includes('undefined-variable'));
      assert.ok(!rules(['-var', 'build_id=7'])?.includes('undefined-variable'));
    } finally {
      cleanup(template);
    }
  });

  it('--output-file writes the report there; colours only on request or on a terminal', () => {
    const run = packerLint(['-f', 'sarif', '-o', 'reports/out.sarif', 'lab'], dir);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(
      (JSON.parse(fs.readFileSync(path.join(dir, 'reports', 'out.sarif'), 'utf8')) as { version: string }).version,
      '2.1.0',
    );
    assert.doesNotMatch(packerLint(['lab'], dir).stdout, /\u001b\[/);
    assert.match(packerLint(['--color', 'lab'], dir).stdout, /\u001b\[31/);
  });

  it('stylish shows each finding with its rule id, a code frame with the span underlined, and a summary', () => {
    const out = packerLint(['web'], dir).stdout;
    assert.match(out, /^web\/main\.pkr\.hcl$/m);
    assert.match(out, /^ {2}10:10 {2}warning {2}The variable "region" has no default.* {2}variable-not-set$/m);
    assert.match(out, /^ {4}> 10 \| variable "region" \{$/m);
    assert.match(out, /^ {9}\| {10}\^{8}$/m);
    assert.match(out, /✖ 1 problem \(0 errors, 1 warning\) in 2 files/);
  });

  it('--help names every option; --version prints the package version', () => {
    const help = packerLint(['--help'], dir);
    assert.equal(help.status, 0);
    for (const option of [
      '--format',
      '--output-file',
      '--quiet',
      '--color',
      '--no-color',
      '--fix',
      '--fix-dry-run',
      '--check-format',
      '--format-write',
      '--config',
      '--rule',
      '-var',
      '-var-file',
      '--packer-version',
      '--max-warnings',
      '--help',
      '--version',
      'stylish',
      'json',
      'sarif',
      'github',
      'junit',
    ])
      assert.ok(help.stdout.includes(option), option);
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    assert.equal(packerLint(['--version'], dir).stdout.trim(), version.version);
  });
});
