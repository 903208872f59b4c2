/**
 * `.packer-lint.json`: the loader and the JSON Schema that VS Code completes the file with agree on
 * what is valid, paths are resolved against the file's folder, and package.json registers the schema.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { CONFIG_FILE_NAME, readConfig } from '../../server/src/config/projectConfig';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'packer-lint.schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false }).compile(schema);
const FILE = path.join(path.sep, 'project', CONFIG_FILE_NAME);

const VALID = [
  {},
  { $schema: './node_modules/packer-vscode/schemas/packer-lint.schema.json' },
  { rules: { 'smart-quotes': 'off', 'deprecated-setting': 'info', 'unknown-setting': 'warn' } },
  { varFiles: ['vars/prod.pkrvars.hcl', 'common.json'], vars: { region: 'eu-west-1' } },
  { pluginFolder: 'plugins', packerVersion: '1.11.2' },
  { packerVersion: 'v1.10' },
];

const INVALID = [
  [],
  { rules: { 'smart-quotes': 'loud' } },
  { rules: { 'smart-quotes': 2 } },
  { varFiles: 'prod.pkrvars.hcl' },
  { vars: { count: 3 } },
  { pluginFolder: 7 },
  { packerVersion: 'latest' },
  { extends: 'other.json' },
];

describe('.packer-lint.json', () => {
  it('the schema and the loader accept the same files', () => {
    for (const example of VALID) {
      assert.ok(validate(example), JSON.stringify(example));
      assert.deepEqual(readConfig(example, FILE).problems, [], JSON.stringify(example));
    }
    for (const example of INVALID) {
      assert.ok(!validate(example), JSON.stringify(example));
      assert.notEqual(readConfig(example, FILE).problems.length, 0, JSON.stringify(example));
    }
  });

  it("resolves paths against the file's folder and normalises severities", () => {
    const config = readConfig(
      {
        rules: { 'smart-quotes': 'warn', x: 'INFO' },
        varFiles: ['vars/a.pkrvars.hcl'],
        pluginFolder: '../plugins',
        packerVersion: 'v1.9.4',
      },
      FILE,
    );
    assert.deepEqual(config.rules, { 'smart-quotes': 'warning', x: 'information' });
    assert.deepEqual(config.varFiles, [path.join(path.sep, 'project', 'vars', 'a.pkrvars.hcl')]);
    assert.equal(config.pluginFolder, path.join(path.sep, 'plugins'));
    assert.equal(config.packerVersion, '1.9.4');
  });

  it('is registered for VS Code (jsonValidation) and shipped in the .vsix', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { jsonValidation: Array<{ fileMatch: string; url: string }> };
    };
    assert.deepEqual(manifest.contributes.jsonValidation, [
      { fileMatch: CONFIG_FILE_NAME, url: './schemas/packer-lint.schema.json' },
    ]);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/packer-lint\.schema\.json$/m);
  });
});
