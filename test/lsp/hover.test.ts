/**
 * Hover over a real stdio connection, in both template formats: a legacy JSON template, and an
 * HCL2 folder on disk where a variable is declared in one file, set in an `*.auto.pkrvars.hcl`
 * and hovered in a third file.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';

const VARIABLES = `variable "region" {
  type        = string
  default     = "us-east-1"
  description = "The AWS region to build in."
}
`;

const AUTO_VARS = `region = "eu-central-1"
`;

const SOURCES = `source "amazon-ebs" "web" {
  region        = var.region
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ami_name      = "web-\${formatdate("YYYYMMDD", timestamp())}"
  ssh_username  = "ec2-user"
}

build {
  sources = ["source.amazon-ebs.web"]
}
`;

const TEMPLATE = `{
  "variables": { "version": "1.0" },
  "builders": [
    {
      "type": "docker",
      "image": "ubuntu:24.04",
      "commit": true
    }
  ],
  "provisioners": [
    { "type": "shell", "inline": ["echo {{user \`version\`}} {{timestamp}}"] }
  ]
}
`;

/** The position of the first `word` in `text`, `within` characters in. */
function positionOf(text: string, word: string, within = 1): Position {
  const offset = text.indexOf(word) + within;
  assert.ok(offset >= within, word);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

function markdown(hover: Hover | null): string {
  assert.ok(hover !== null, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

describe('hover over the LSP connection', () => {
  let client: LspTestClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const hover = (name: string, position: Position) =>
    client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri(name) }, position });

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hover-'));
    fs.writeFileSync(path.join(folder, 'variables.pkr.hcl'), VARIABLES);
    fs.writeFileSync(path.join(folder, 'prod.auto.pkrvars.hcl'), AUTO_VARS);
    fs.writeFileSync(path.join(folder, 'sources.pkr.hcl'), SOURCES);
    fs.writeFileSync(path.join(folder, 'template.json'), TEMPLATE);
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows an HCL2 variable declared in one file and set in an auto var file', async () => {
    await client.open(uri('sources.pkr.hcl'), 'packer', SOURCES);
    const result = await hover('sources.pkr.hcl', positionOf(SOURCES, 'var.region', 5));
    const text = markdown(result);
    assert.match(text, /\*\*var\.region\*\* · variable · `string`/);
    assert.match(text, /The AWS region to build in\./);
    assert.match(text, /declared in `variables\.pkr\.hcl:1`, default `"us-east-1"`/);
    assert.match(text, /set to `"eu-central-1"` in `prod\.auto\.pkrvars\.hcl:1` \(loaded automatically\)/);
    assert.match(text, /`PKR_VAR_region`/);
    assert.deepEqual(result?.range, {
      start: positionOf(SOURCES, 'var.region', 0),
      end: positionOf(SOURCES, 'var.region', 'var.region'.length),
    });
  });

  it('sees the editor’s unsaved text of the var file', async () => {
    await client.open(uri('prod.auto.pkrvars.hcl'), 'packer-vars', AUTO_VARS);
    await client.change(uri('prod.auto.pkrvars.hcl'), 'region = "ap-south-1"\n');
    const text = markdown(await hover('sources.pkr.hcl', positionOf(SOURCES, 'var.region', 5)));
    assert.match(text, /set to `"ap-south-1"`/);
    const onAssignment = markdown(await hover('prod.auto.pkrvars.hcl', { line: 0, character: 2 }));
    assert.match(onAssignment, /The AWS region to build in\./);
  });

  it('shows HCL2 settings, functions and sources', async () => {
    const setting = markdown(await hover('sources.pkr.hcl', positionOf(SOURCES, 'source_ami ', 2)));
    assert.match(setting, /\*\*Required\*\* unless `source_ami_filter` is set\./);
    const fn = markdown(await hover('sources.pkr.hcl', positionOf(SOURCES, 'formatdate', 3)));
    assert.match(fn, /formatdate\(/);
    const source = markdown(await hover('sources.pkr.hcl', positionOf(SOURCES, '"source.amazon-ebs.web"', 4)));
    assert.match(source, /Declared in `sources\.pkr\.hcl:1`/);
  });

  it('shows legacy JSON settings, variables and functions', async () => {
    await client.open(uri('template.json'), 'json', TEMPLATE);
    const commit = markdown(await hover('template.json', positionOf(TEMPLATE, '"commit"', 2)));
    assert.match(commit, /\*\*commit\*\* · `bool` — setting of the `docker` builder/);
    assert.match(commit, /set exactly one of `commit`, `discard` and `export_path`/);
    const variable = markdown(await hover('template.json', positionOf(TEMPLATE, '{{user', 3)));
    assert.match(variable, /Default: `"1\.0"`/);
    const fn = markdown(await hover('template.json', positionOf(TEMPLATE, '{{timestamp', 4)));
    assert.match(fn, /timestamp/);
  });

  it('shows override keys, aliases, {{ .Field }} variables and type constraints', async () => {
    fs.mkdirSync(path.join(folder, 'runs'));
    const build = `variable "tags" {
  type = map(string)
}

build {
  sources = ["source.null.base"]
  source "source.null.base" {
    name = "quick"
  }
  provisioner "shell" {
    only            = ["null.quick"]
    execute_command = "{{ .Vars }} sh {{ .Path }}"
    override = {
      base = { pause_before = "1s" }
    }
  }
}
`;
    fs.writeFileSync(
      path.join(folder, 'runs', 'sources.pkr.hcl'),
      'source "null" "base" {\n  communicator = "none"\n}\n',
    );
    fs.writeFileSync(path.join(folder, 'runs', 'build.pkr.hcl'), build);
    await client.open(uri('runs/build.pkr.hcl'), 'packer', build);
    const key = markdown(await hover('runs/build.pkr.hcl', positionOf(build, 'base = {', 1)));
    assert.match(key, /`source\.null\.base` declared in `sources\.pkr\.hcl:1`/);
    const alias = markdown(await hover('runs/build.pkr.hcl', positionOf(build, 'null.quick', 6)));
    assert.match(alias, /runs `source\.null\.base` under the name `quick`/);
    const field = markdown(await hover('runs/build.pkr.hcl', positionOf(build, '.Path', 2)));
    assert.match(field, /path of the uploaded script/);
    const type = markdown(await hover('runs/build.pkr.hcl', positionOf(build, 'map(string)', 2)));
    assert.match(type, /The value must be a map of strings \(keyed by strings\)\./);
  });

  it('answers null where there is nothing to say, and for documents it does not know', async () => {
    assert.equal(await hover('template.json', positionOf(TEMPLATE, '"ubuntu:24.04"', 3)), null);
    assert.equal(await hover('not-open.pkr.hcl', { line: 0, character: 0 }), null);
  });
});
