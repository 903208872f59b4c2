/**
 * `packer/configurations` over a real stdio connection, on a real folder: an HCL2 configuration with a
 * named build, a variable file chosen by the client, auto-loaded variables, a sensitive variable,
 * `required_plugins` and a data source; a legacy template; files that are no configuration. With a
 * real plugin folder: installing a plugin changes the answer, and the server tells the client to ask.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ConfigurationsResult, PackerConfiguration } from '../../server/src/service/features/configurations/types';
import { LspTestClient, withBound } from '../support/lspClient';
import { installPlugin, makePluginFolder, removePluginFolder } from '../support/pluginFolders';

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

describe('packer/configurations: installed and missing plugins follow the plugin folder', () => {
  let client: LspTestClient;
  let root: string;
  let plugins: string;
  const ask = () => client.request<ConfigurationsResult>('packer/configurations', {});
  const web = async () => {
    const found = (await ask()).configurations.find((c) => c.uri === pathToFileURL(path.join(root, 'web')).href);
    assert.ok(found, 'the web folder is a configuration');
    return found;
  };
  /** How many `packer/configurationsChanged` the server sent: a client answers each by asking again. */
  let changes = 0;
  let wake: (() => void) | undefined;
  const changeAfter = (seen: number, what: string) =>
    withBound(
      new Promise<void>((resolve) => {
        const check = () => (changes > seen ? resolve() : (wake = check));
        check();
      }),
      what,
    );

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'configurations-plugins-'));
    plugins = makePluginFolder();
    fs.mkdirSync(path.join(root, 'web'));
    // docker is not declared: Packer loads it only when discovery finds an installed binary.
    const text = `${CONFIG}\nsource "docker" "box" {\n  image  = "ubuntu"\n  commit = true\n}\n`;
    fs.writeFileSync(path.join(root, 'web', 'main.pkr.hcl'), text);
    client = await LspTestClient.start(
      {},
      {
        workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
        capabilities: { workspace: { configuration: true, workspaceFolders: true } },
      },
      // A Packer that reads required_plugins: before 1.7 the fields stay absent (unknown).
      { env: { PACKER_PLUGIN_PATH: plugins }, packerVersion: '1.11.2' },
    );
    client.connection.onNotification('packer/configurationsChanged', () => {
      changes += 1;
      wake?.();
    });
  });
  after(async () => {
    await client.stop();
    removePluginFolder(plugins);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('says the declared plugin is missing, then installed once a satisfying version is in the folder', async () => {
    const installedOf = (c: PackerConfiguration) => c.sources.map((s) => [s.type, s.plugin?.installed]);
    const before = await web();
    assert.deepEqual([before.plugins.installed, before.plugins.missing], [[], ['amazon']]);
    assert.deepEqual(installedOf(before), [
      ['amazon-ebs', false],
      ['null', undefined],
      ['docker', false],
    ]);

    // 1.1.0 does not satisfy ">= 1.2.0": still missing, as the missing-plugin rule says.
    let seen = changes;
    installPlugin(plugins, { source: 'github.com/hashicorp/amazon', version: '1.1.0' });
    await changeAfter(seen, 'older amazon installed');
    assert.deepEqual((await web()).plugins.missing, ['amazon']);

    seen = changes;
    installPlugin(plugins, { source: 'github.com/hashicorp/amazon', version: '1.2.0' });
    installPlugin(plugins, { source: 'github.com/hashicorp/docker', version: '1.0.8' });
    await changeAfter(seen, 'amazon 1.2.0 and docker installed');
    // A change may be told between the two installs: ask again after each until both are seen.
    seen = changes;
    let after = await web();
    while (after.sources.at(-1)?.plugin?.installed !== true) {
      await changeAfter(seen, 'docker installed');
      seen = changes;
      after = await web();
    }
    assert.deepEqual([after.plugins.installed, after.plugins.missing], [['amazon'], []]);
    assert.deepEqual(installedOf(after), [
      ['amazon-ebs', true],
      ['null', undefined],
      ['docker', true],
    ]);
  });
});
