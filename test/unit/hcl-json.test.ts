/**
 * `*.pkr.json` and `*.pkrvars.json`: HCL's JSON syntax converted to the HCL tree, with ranges into
 * the JSON text, so the folder model and the rules read them like `*.pkr.hcl` files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseDocument } from '../../server/src/service/document';
import { findProblems, severityOf } from '../../server/src/service/features/validation';
import { FolderModel } from '../../server/src/service/model/hcl/folder';
import { parseHclFile } from '../../server/src/service/model/hcl/hclFile';
import type { Attribute, Block, Body, Range } from '../../server/src/service/parsing/hcl/ast';
import { references } from '../../server/src/service/parsing/hcl/walk';
import { defaultSettings } from '../../server/src/service/settings';
import type { Finding } from '../../server/src/service/types';
import { findingsOf } from '../support/ruleTester';
import { PACKER, packerAvailable } from '../support/packerCli';
import { CORPUS } from '../support/corpusPath';

function convert(text: string, name = 'main.pkr.json') {
  const file = parseHclFile(`file:///test/${name}`, text);
  assert.ok(file !== undefined);
  return file;
}

const slice = (text: string, range: Range) => text.slice(range.start, range.end);
const blocks = (body: Body, type?: string) =>
  body.items.filter((i): i is Block => i.kind === 'block' && (type === undefined || i.type === type));
const attribute = (body: Body, name: string) =>
  body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === name);

function only<T>(items: readonly T[]): T {
  assert.equal(items.length, 1);
  return items[0] as T;
}

describe('hcl-json: conversion', () => {
  it('reads top-level blocks with their labels, skipping "//" comments', () => {
    const text = `{
  "//": "a comment",
  "variable": { "region": { "type": "string", "default": "us-east-1" } },
  "source": { "amazon-ebs": { "a": { "region": "x" }, "b": { "region": "y" } } },
  "locals": { "n": 1 },
  "packer": { "required_version": ">= 1.6" }
}`;
    const file = convert(text);
    assert.deepEqual(file.diagnostics, []);
    assert.deepEqual(
      file.body.items.map((i) => (i.kind === 'block' ? [i.type, ...i.labels.map((l) => l.value)].join(' ') : i.name)),
      ['variable region', 'source amazon-ebs a', 'source amazon-ebs b', 'locals', 'packer'],
    );
    const variable = only(blocks(file.body, 'variable'));
    assert.equal(slice(text, variable.typeRange), 'variable');
    assert.equal(slice(text, variable.labels[0]!.range), '"region"');
    assert.equal(slice(text, attribute(variable.body, 'default')!.nameRange), 'default');
    assert.equal(slice(text, attribute(variable.body, 'default')!.expression.range), '"us-east-1"');
    const [a, b] = blocks(file.body, 'source');
    assert.equal(slice(text, a!.range), '"a": { "region": "x" }');
    assert.equal(slice(text, b!.body.range), '{ "region": "y" }');
    assert.equal(slice(text, b!.openBraceRange), '{');
    assert.equal(slice(text, b!.closeBraceRange!), '}');
    const locals = only(blocks(file.body, 'locals'));
    assert.deepEqual(attribute(locals.body, 'n')!.expression, {
      kind: 'number',
      value: 1,
      raw: '1',
      range: { start: text.indexOf('1 }'), end: text.indexOf('1 }') + 1 },
    });
  });

  it('reads a build: labelled children, arrays of blocks, post-processors chains', () => {
    const text = `{
  "build": {
    "sources": ["source.null.x"],
    "provisioner": [
      { "shell-local": { "inline": ["echo 1"] } },
      { "shell-local": { "inline": ["echo 2"] } }
    ],
    "post-processors": [
      { "post-processor": { "manifest": {} } },
      { "post-processor": { "checksum": { "checksum_types": ["md5"] } } }
    ],
    "source": { "source.null.x": { "name": "renamed" } }
  }
}`;
    const file = convert(text);
    assert.deepEqual(file.diagnostics, []);
    const build = only(blocks(file.body, 'build'));
    assert.deepEqual(
      build.body.items.map((i) => (i.kind === 'block' ? `${i.type}:${i.labels.map((l) => l.value).join()}` : i.name)),
      [
        'sources',
        'provisioner:shell-local',
        'provisioner:shell-local',
        'post-processors:',
        'post-processors:',
        'source:source.null.x',
      ],
    );
    const chains = blocks(build.body, 'post-processors');
    assert.equal(only(blocks(chains[1]!.body)).labels[0]!.value, 'checksum');
    const sources = attribute(build.body, 'sources')!.expression;
    assert.equal(sources.kind, 'tuple');
    assert.equal(slice(text, sources.range), '["source.null.x"]');
  });

  it('reads a component setting as a block when its schema says so, else as an attribute', () => {
    const text = `{
  "source": { "amazon-ebs": { "x": {
    "launch_block_device_mappings": [ { "device_name": "/dev/sda1" }, { "device_name": "/dev/sdb" } ],
    "tags": { "Name": "base", "\${var.k}": "v" },
    "encrypt_boot": true,
    "kms_key_id": null
  } } }
}`;
    const file = convert(text);
    const source = only(blocks(file.body, 'source'));
    const mappings = blocks(source.body, 'launch_block_device_mappings');
    assert.equal(mappings.length, 2);
    assert.ok(slice(text, mappings[0]!.range).startsWith('"launch_block_device_mappings"'));
    assert.equal(slice(text, mappings[1]!.range), '{ "device_name": "/dev/sdb" } ]');
    const tags = attribute(source.body, 'tags')!.expression;
    assert.equal(tags.kind, 'object');
    if (tags.kind !== 'object') return;
    assert.deepEqual(
      tags.items.map((i) => i.key.name),
      ['Name', undefined],
    );
    assert.equal(slice(text, tags.items[0]!.key.range), '"Name"');
    assert.equal(attribute(source.body, 'encrypt_boot')!.expression.kind, 'bool');
    assert.equal(attribute(source.body, 'kms_key_id')!.expression.kind, 'null');
  });

  it('reads strings as templates, ranges inside the JSON string, escapes mapped', () => {
    const text = `{ "locals": {
  "a": "x-\${var.region}-y",
  "b": "\\"q\\" \\u00e9 \${local.a}",
  "c": "%{ if var.on }yes%{ endif }",
  "d": "$\${not.a.reference}"
} }`;
    const file = convert(text);
    assert.deepEqual(file.diagnostics, []);
    const locals = only(blocks(file.body, 'locals'));
    const refs = (name: string): string[] =>
      references(attribute(locals.body, name)!.expression).map((r) => slice(text, r.range));
    assert.deepEqual(refs('a'), ['var.region']);
    assert.deepEqual(refs('b'), ['local.a']);
    assert.deepEqual(refs('c'), ['var.on']);
    assert.deepEqual(refs('d'), []);
    const b = attribute(locals.body, 'b')!.expression;
    assert.equal(b.kind, 'template');
    if (b.kind !== 'template') return;
    const literal = b.parts[0]!;
    assert.equal(literal.kind === 'templateLiteral' && literal.value, '"q" é ');
    assert.equal(slice(text, literal.range), '\\"q\\" \\u00e9 ');
    assert.equal(slice(text, b.range), '"\\"q\\" \\u00e9 ${local.a}"');
  });

  it('reads every key of a variable file as an attribute', () => {
    const text = '{ "region": "eu-west-1", "tags": { "a": "b" }, "//": "note" }';
    const file = convert(text, 'x.auto.pkrvars.json');
    assert.equal(file.role, 'auto-vars');
    assert.deepEqual(
      file.body.items.map((i) => [i.kind, i.kind === 'attribute' ? i.name : i.type]),
      [
        ['attribute', 'region'],
        ['attribute', 'tags'],
      ],
    );
  });

  it('reports a value of the wrong type where a block is expected', () => {
    const text = '{ "variable": { "x": "oops" } }';
    const file = convert(text);
    const diagnostic = only(file.diagnostics);
    assert.equal(diagnostic.summary, 'Incorrect JSON value type');
    assert.equal(slice(text, diagnostic.range), '"oops"');
  });
});

describe('hcl-json: a folder of .pkr.json and .pkr.hcl files', () => {
  const variablesJson = `{
  "variable": { "region": { "type": "string", "default": "us-east-1" } },
  "locals": { "greeting": "hello \${var.region}" }
}`;
  const buildHcl = `source "null" "x" {
  communicator = "none"
}
build {
  sources = ["source.null.x"]
  provisioner "shell-local" {
    inline = ["echo \${var.regoin} \${local.greeting}"]
  }
}
`;

  it('finds a typo in a .pkr.hcl against a .pkr.json declaration', () => {
    const findings = findingsOf('undefined-reference', buildHcl, 'file:///test/build.pkr.hcl', {
      '/test/build.pkr.hcl': buildHcl,
      '/test/variables.pkr.json': variablesJson,
    });
    const finding = only(findings);
    assert.match(finding.message, /no variable "regoin".*did you mean "region" \(variables\.pkr\.json\)/);
  });

  it('finds a typo in a .pkr.json against a .pkr.hcl declaration, at the reference in the string', () => {
    const hcl = 'variable "region" {\n  default = "x"\n}\n';
    const json = '{ "locals": { "a": "at \\"${var.regoin}\\"" } }';
    const findings = findingsOf('undefined-reference', json, 'file:///test/locals.pkr.json', {
      '/test/locals.pkr.json': json,
      '/test/variables.pkr.hcl': hcl,
    });
    const finding = only(findings);
    assert.match(finding.message, /no variable "regoin".*did you mean "region" \(variables\.pkr\.hcl\)/);
    assert.equal(slice(json, finding.range), 'regoin');
    const edits = finding.fixes?.[0]?.edits ?? [];
    assert.deepEqual(edits, [{ range: finding.range, newText: 'region' }]);
  });

  it('checks an auto .pkrvars.json against the declarations', () => {
    const vars = '{ "regoin": "eu-west-1" }';
    const findings = findingsOf('undeclared-variable-in-varfile', vars, 'file:///test/x.auto.pkrvars.json', {
      '/test/x.auto.pkrvars.json': vars,
      '/test/variables.pkr.json': variablesJson,
    });
    assert.match(only(findings).message, /regoin/);
  });

  it('reports JSON recoveries through the JSON rules, as HCL2', () => {
    const text = '{ "locals": { "a": \u201cb\u201d, } }';
    const uri = 'file:///test/t.pkr.json';
    const files = { '/test/t.pkr.json': text };
    assert.equal(findingsOf('smart-quotes', text, uri, files).length, 1);
    assert.equal(findingsOf('trailing-comma', text, uri, files).length, 1);
    assert.equal(findingsOf('legacy-json-template', text, uri, files).length, 0);
  });

  it('says once that a legacy template cannot be a .pkr.json file', () => {
    const text = '{ "builders": [{ "type": "null" }], "provisioners": [{ "type": "shell-local" }] }';
    const uri = 'file:///test/t.pkr.json';
    const all = allFindings(text, uri, { '/test/t.pkr.json': text });
    const finding = only(all.filter((f) => f.severity !== 'hint'));
    assert.equal(finding.ruleId, 'hcl-syntax');
    assert.match(finding.message, /No argument or block type is named "builders".*hcl2_upgrade/);
  });
});

function allFindings(code: string, uri: string, files: Record<string, string>): Finding[] {
  const listDirectory = (dir: string) =>
    Object.keys(files)
      .filter((p) => path.dirname(p) === dir)
      .map((p) => path.basename(p));
  const folders = new FolderModel({ listDirectory, readText: (p) => files[p], openText: () => undefined });
  const document = analyseDocument({ uri, version: 1, languageId: 'packer-json', text: code }, folders);
  return findProblems(document, { readText: (p) => files[p], listDirectory });
}

/** Analyses a file of a real folder on disk, as the server does. */
function analyseOnDisk(file: string): { findings: Finding[]; errors: Finding[] } {
  const read = (p: string) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined);
  const listDirectory = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : undefined);
  const folders = new FolderModel({ listDirectory, readText: read, openText: () => undefined });
  const uri = pathToFileURL(file).href;
  const document = analyseDocument(
    { uri, version: 1, languageId: 'packer-json', text: fs.readFileSync(file, 'utf8') },
    folders,
  );
  assert.equal(document.format, 'hcl');
  const findings = findProblems(document, { readText: read, listDirectory });
  return { findings, errors: findings.filter((f) => severityOf(f, defaultSettings) === 'error') };
}

describe('hcl-json: the corpus', { skip: !fs.existsSync(path.join(CORPUS, 'INDEX.tsv')) }, () => {
  const entries = fs.existsSync(path.join(CORPUS, 'INDEX.tsv'))
    ? fs
        .readFileSync(path.join(CORPUS, 'INDEX.tsv'), 'utf8')
        .split('\n')
        .map((line) => line.split('\t'))
        .filter((cells) => cells[4] === 'hcl2-json' || cells[4] === 'pkrvars-json')
        .map((cells) => cells[0] ?? '')
    : [];

  it('has the HCL JSON files', () => assert.ok(entries.length >= 2));

  for (const entry of entries) {
    it(`${entry}: analysed without an error`, () => {
      const { findings, errors } = analyseOnDisk(path.join(CORPUS, entry));
      assert.deepEqual(
        errors.map((f) => `${f.ruleId}: ${f.message}`),
        [],
      );
      // These test fixtures share folders with other templates: their sources are declared twice.
      assert.ok(findings.every((f) => f.ruleId === 'duplicate-source'));
    });
  }
});

describe('hcl-json: packer validate agrees', { skip: !packerAvailable() }, () => {
  const files: Record<string, string> = {
    'variables.pkr.json': `{
  "//": "the variables of this build",
  "variable": {
    "region": { "type": "string", "default": "us-east-1" },
    "names": { "type": "list(string)", "default": ["a", "b"] }
  },
  "locals": { "greeting": "hello \${var.region}" }
}
`,
    'build.pkr.json': `{
  "source": { "null": { "example": { "communicator": "none" } } },
  "build": {
    "sources": ["source.null.example"],
    "provisioner": [
      { "shell-local": { "inline": ["echo \${local.greeting}", "echo \\"\${var.region}\\" %{ if var.region != \\"\\" }set%{ endif }"] } }
    ],
    "post-processor": { "manifest": { "output": "m.json" } }
  }
}
`,
  };

  function validate(dir: string): { status: number | null; output: string } {
    const result = spawnSync(PACKER, ['validate', '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, HOME: dir, PACKER_CONFIG_DIR: dir, CHECKPOINT_DISABLE: '1' },
      timeout: 60_000,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  function withFolder(contents: Record<string, string>, check: (dir: string) => void): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkr-json-'));
    try {
      for (const [name, text] of Object.entries(contents)) fs.writeFileSync(path.join(dir, name), text);
      check(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('a valid .pkr.json folder: packer accepts it, we report nothing', () => {
    withFolder(files, (dir) => {
      const result = validate(dir);
      assert.equal(result.status, 0, result.output);
      for (const name of Object.keys(files)) assert.deepEqual(analyseOnDisk(path.join(dir, name)).findings, []);
    });
  });

  it('a reference typo in a JSON string: packer and we point at the same line', () => {
    const broken = {
      ...files,
      'build.pkr.json': (files['build.pkr.json'] ?? '').replace('local.greeting', 'local.greting'),
    };
    withFolder(broken, (dir) => {
      const result = validate(dir);
      assert.notEqual(result.status, 0);
      const packerColumns = /build\.pkr\.json:6,(\d+)-(\d+): Unsupported attribute/.exec(result.output);
      assert.ok(packerColumns !== null, result.output);
      const { errors } = analyseOnDisk(path.join(dir, 'build.pkr.json'));
      const finding = only(errors);
      const text = broken['build.pkr.json'];
      assert.equal(text.slice(0, finding.range.start).split('\n').length, 6);
      assert.equal(slice(text, finding.range), 'greting');
      // HCL's range is the step, `.greting`, in 1-based columns: ours is the name after the dot.
      const column = finding.range.start - text.lastIndexOf('\n', finding.range.start - 1);
      assert.deepEqual([Number(packerColumns[1]), Number(packerColumns[2])], [column - 1, column + 'greting'.length]);
    });
  });
});
