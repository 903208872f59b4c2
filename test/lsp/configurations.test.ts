/**
 * `packer/configurations` over a real stdio connection, on a real folder: an HCL2 configuration with a
 * named build, a variable file chosen by the client, auto-loaded variables, a sensitive variable,
 * `required_plugins` and a data source; a legacy template; files that are no configuration.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ConfigurationsResult, PackerConfiguration } from '../../server/src/service/features/configurations/types';
import { LspTestClient } from '../support/lspClient';

const CONFIG = `packer {
  required_plugins {
    amazon = {
      version = ">= 1.2.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "region" {
  default = "eu-west-1"
}

variable "password" {
  default   = "hunter2"
  sensitive = true
}

variable "size" {
  type = string
}

data "amazon-ami" "ubuntu" {
  region = var.region
}

source "amazon-ebs" "web" {
  region = var.region
}

source "null" "local" {
  communicator = "none"
}

build {
  name    = "nightly"
  sources = ["source.amazon-ebs.web", "source.null.local"]
  provisioner "shell" {
    inline = ["echo hi"]
  }
  post-processor "manifest" {}
}
`;

const LEGACY = `{
  "variables": { "image": "ubuntu", "token": "abc" },
  "sensitive-variables": ["token"],
  "builders": [
    { "type": "docker", "name": "box", "image": "{{user \`image\`}}" },
    { "type": "null", "communicator": "none" }
  ],
  "provisioners": [{ "type": "shell-local", "inline": ["echo hi"] }]
}
`;

describe('packer/configurations over LSP', () => {
  let client: LspTestClient;
  let root: string;
  const file = (...parts: string[]) => path.join(root, ...parts);
  const uri = (...parts: string[]) => pathToFileURL(file(...parts)).href;
  const write = (text: string, ...parts: string[]) => {
    fs.mkdirSync(path.dirname(file(...parts)), { recursive: true });
    fs.writeFileSync(file(...parts), text);
  };
  const ask = (varFiles?: Record<string, string>) =>
    client.request<ConfigurationsResult>('packer/configurations', varFiles === undefined ? {} : { varFiles });
  const lineOf = (location: { range: { start: { line: number } } }) => location.range.start.line + 1;
  const find = (result: ConfigurationsResult, u: string): PackerConfiguration => {
    const found = result.configurations.find((c) => c.uri === u);
    assert.ok(found, `no configuration ${u} in ${result.configurations.map((c) => c.uri).join(', ')}`);
    return found;
  };

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'configurations-'));
    write(CONFIG, 'web', 'main.pkr.hcl');
    write('size = "small"\n', 'web', 'a.auto.pkrvars.hcl');
    write('size = "large"\nregion = "us-east-1"\n', 'web', 'prod.pkrvars.hcl');
    write(LEGACY, 'legacy', 'docker.json');
    write('{ "name": "not-packer" }', 'package.json');
    write('region = "x"\n', 'varsonly', 'only.pkrvars.hcl');
    client = await LspTestClient.startInWorkspace(root);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('lists one HCL2 folder and one legacy template, nothing else', async () => {
    const result = await ask();
    assert.deepEqual(
      result.configurations.map((c) => [c.kind, c.uri]),
      [
        ['legacy-json', uri('legacy', 'docker.json')],
        ['hcl2', pathToFileURL(file('web')).href],
      ],
    );
    assert.equal(result.truncated, false);
  });

  it('describes the HCL2 folder: files, sources with plugins, the build with -only values, data sources', async () => {
    const web = find(await ask(), pathToFileURL(file('web')).href);
    assert.deepEqual(web.files, [
      uri('web', 'a.auto.pkrvars.hcl'),
      uri('web', 'main.pkr.hcl'),
      uri('web', 'prod.pkrvars.hcl'),
    ]);
    assert.deepEqual(web.varFileCandidates, [uri('web', 'prod.pkrvars.hcl')]);
    assert.deepEqual(
      web.sources.map((s) => [s.type, s.name, s.plugin?.name, lineOf(s.location)]),
      [
        ['amazon-ebs', 'web', 'amazon', 27],
        ['null', 'local', undefined, 31],
      ],
    );
    const [build] = web.builds;
    assert.ok(build);
    assert.equal(build.name, 'nightly');
    assert.equal(lineOf(build.location), 35);
    // A named build's sources are selected by their full name.
    assert.deepEqual(
      build.sources.map((s) => [s.reference, s.only, lineOf(s.location), s.declaration && lineOf(s.declaration)]),
      [
        ['amazon-ebs.web', 'nightly.amazon-ebs.web', 37, 27],
        ['null.local', 'nightly.null.local', 37, 31],
      ],
    );
    assert.deepEqual(
      build.provisioners.map((p) => [p.type, lineOf(p.location)]),
      [['shell', 38]],
    );
    assert.deepEqual(
      build.postProcessors.map((p) => p.type),
      ['manifest'],
    );
    assert.deepEqual(
      web.dataSources.map((d) => [d.type, d.name, lineOf(d.location)]),
      [['amazon-ami', 'ubuntu', 23]],
    );
    assert.deepEqual(
      web.plugins.declared.map((p) => [p.name, p.source, p.version, lineOf(p.location)]),
      [['amazon', 'github.com/hashicorp/amazon', '>= 1.2.0', 3]],
    );
    // Installed and missing plugins are unknown here: the fields are absent, not empty.
    assert.equal(web.plugins.installed, undefined);
  });

  it('gives each variable the value a build would get, sensitive ones masked, with and without a var file', async () => {
    const folder = pathToFileURL(file('web')).href;
    const values = (c: PackerConfiguration) => c.variables.map((v) => [v.name, v.value, v.from]);
    const plain = find(await ask(), folder);
    assert.deepEqual(values(plain), [
      ['password', '(sensitive)', 'default'],
      ['region', '"eu-west-1"', 'default'],
      ['size', '"small"', 'a.auto.pkrvars.hcl'],
    ]);
    const prod = find(await ask({ [folder]: uri('web', 'prod.pkrvars.hcl') }), folder);
    assert.equal(prod.varFile, uri('web', 'prod.pkrvars.hcl'));
    assert.deepEqual(values(prod), [
      ['password', '(sensitive)', 'default'],
      ['region', '"us-east-1"', 'prod.pkrvars.hcl'],
      ['size', '"large"', 'prod.pkrvars.hcl'],
    ]);
    assert.ok(!JSON.stringify(prod).includes('hunter2'), 'the sensitive value never leaves the server');
  });

  it('describes the legacy template: builders as sources, one build with -only=NAME, masked variables', async () => {
    const legacy = find(await ask(), uri('legacy', 'docker.json'));
    assert.deepEqual(
      legacy.sources.map((s) => [s.type, s.name, s.plugin?.name]),
      [
        ['docker', 'box', 'docker'],
        ['null', 'null', undefined],
      ],
    );
    assert.deepEqual(
      legacy.builds[0]?.sources.map((s) => [s.only, lineOf(s.location)]),
      [
        ['box', 5],
        ['null', 6],
      ],
    );
    assert.deepEqual(
      legacy.builds[0]?.provisioners.map((p) => p.type),
      ['shell-local'],
    );
    assert.deepEqual(
      legacy.variables.map((v) => [v.name, v.value]),
      [
        ['image', '"ubuntu"'],
        ['token', '(sensitive)'],
      ],
    );
  });

  it('reads an open document’s unsaved text', async () => {
    const main = uri('web', 'main.pkr.hcl');
    await client.open(main, 'packer', `${CONFIG}\nsource "null" "extra" {}\n`);
    const web = find(await ask(), pathToFileURL(file('web')).href);
    assert.deepEqual(
      web.sources.map((s) => s.name),
      ['web', 'local', 'extra'],
    );
  });

  it('sees a folder created on disk without any file event (a whole folder copied in one go)', async () => {
    await ask();
    write('source "null" "late" {\n  communicator = "none"\n}\n', 'late', 'late.pkr.hcl');
    const late = find(await ask(), pathToFileURL(file('late')).href);
    assert.deepEqual(
      late.sources.map((s) => s.name),
      ['late'],
    );
    fs.rmSync(file('late'), { recursive: true });
    assert.ok(!(await ask()).configurations.some((c) => c.uri === pathToFileURL(file('late')).href));
  });
});
