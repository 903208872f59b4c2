/**
 * Plugins as Packer resolves them, over a real connection to the real server, with real plugin
 * folders (binaries named as Packer names them, with correct SHA-256 files): the lab on a simulated
 * Packer 1.11 with no plugins, the missing-plugin finding that `packer init` (a plugin appearing in
 * the folder) clears without a restart, and the Packer version the editor passes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { applyAction } from '../support/edits';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';
import { pluginBySource } from '../../server/src/service/schema/pluginFacts';
import { installPlugin, makePluginFolder, removePluginFolder } from '../support/pluginFolders';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');
const LAB_JSON = fs.readFileSync(path.join(FIXTURES, 'lab', 'packer_configuration.json'), 'utf8');
const AMAZON = 'github.com/hashicorp/amazon';
const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));
const has = (code: string) => (diagnostics: Diagnostic[]) => codes(diagnostics).includes(code);
const lacks = (code: string) => (diagnostics: Diagnostic[]) => !codes(diagnostics).includes(code);

async function fixAll(client: LspTestClient, uri: string): Promise<CodeAction> {
  const [action] = await client.codeActions(uri, START, [], ['source.fixAll.packer']);
  assert.ok(action, 'a fix-all action');
  return action;
}

interface Session {
  client: LspTestClient;
  /** The server's plugin folder (PACKER_PLUGIN_PATH). */
  plugins: string;
  /** Where the templates of the block stand. */
  work: string;
}

/** For one describe block: a server with a plugin folder of its own (filled by `install`) and a work folder. */
function session(options: {
  settings?: unknown;
  packerVersion?: string | null;
  install?: (folder: string) => void;
}): Session {
  const current = {} as Session;
  before(async () => {
    current.plugins = makePluginFolder();
    options.install?.(current.plugins);
    current.work = fs.mkdtempSync(path.join(os.tmpdir(), 'plugins-work-'));
    current.client = await LspTestClient.start(
      options.settings ?? {},
      {},
      {
        env: { PACKER_PLUGIN_PATH: current.plugins },
        ...(options.packerVersion !== undefined && { packerVersion: options.packerVersion }),
      },
    );
  });
  after(async () => {
    await current.client.stop();
    removePluginFolder(current.plugins);
    fs.rmSync(current.work, { recursive: true, force: true });
  });
  return current;
}

describe('plugins: the lab on a simulated Packer 1.11 with no plugin installed', () => {
  const s = session({ settings: { packerVersion: '1.11.0' } });

  it('reports on the legacy JSON template what Packer 1.11 will print, with the two actions', async () => {
    const uri = `file://${s.work}/packer_configuration.json`;
    const diagnostics = await s.client.open(uri, 'packer-json', LAB_JSON);
    const missing = diagnostics.filter((d) => d.code === 'plugin-not-installed');
    assert.equal(missing.length, 1);
    const [finding] = missing as [Diagnostic];
    assert.equal(finding.severity, 1);
    assert.match(
      messageText(finding),
      /The builder amazon-ebs is unknown by Packer, and is likely part of a plugin that is not installed/,
    );
    const actions = await s.client.codeActions(uri, finding.range, [finding], ['quickfix']);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred, a.command?.command, a.command?.arguments]),
      [
        [`Install the amazon plugin (packer plugins install ${AMAZON})`, true, 'packer.installPlugin', [uri, AMAZON]],
        ['Convert the template to HCL2', false, 'packer.convertToHcl', [uri]],
      ],
    );
    await s.client.close(uri);
  });

  it('converts to HCL2 that declares amazon, and fix-all leaves it declared; only packer init remains', async () => {
    const jsonUri = `file://${s.work}/packer_configuration.json`;
    await s.client.open(jsonUri, 'packer-json', LAB_JSON);
    const converted = await s.client.request<{ text: string }>('packer/convertToHcl', { uri: jsonUri });
    assert.match(
      converted.text,
      /required_plugins \{\n {4}amazon = \{\n {6}source {2}= "github\.com\/hashicorp\/amazon"\n {6}version = "~> 1"/,
    );
    const uri = `file://${s.work}/packer_configuration.pkr.hcl`;
    let text = converted.text;
    let diagnostics = await s.client.open(uri, 'packer', text);
    for (
      let round = 0;
      round < 5 && diagnostics.some((d) => d.severity === 1 && d.code !== 'missing-plugin');
      round++
    ) {
      text = applyAction(text, uri, await fixAll(s.client, uri));
      diagnostics = await s.client.change(uri, text);
    }
    assert.match(text, /required_plugins \{\n {4}amazon = \{/);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 1).map((d) => `${String(d.code)}: ${messageText(d)}`),
      [
        `missing-plugin: Missing plugin ${AMAZON} ~> 1: none is installed in ${s.plugins}; packer init would install 1.8.2. Packer stops with "Missing plugins"; run Packer: Init.`,
      ],
    );
    await s.client.close(uri);
    await s.client.close(jsonUri);
  });

  it('reports the HCL2 lab, which declares nothing, as Packer 1.11 would stop on it, and fix-all declares amazon', async () => {
    const lab = fs.readFileSync(path.join(FIXTURES, 'lab-hcl', 'packer.pkr.hcl'), 'utf8');
    const uri = `file://${s.work}/hcl/packer.pkr.hcl`;
    const diagnostics = await s.client.open(uri, 'packer', lab);
    const undeclared = diagnostics.filter((d) => d.code === 'undeclared-plugin');
    assert.deepEqual(
      undeclared.map((d) => [d.severity, messageText(d)]),
      [
        [
          1,
          'Packer 1.11.0 bundles no plugin, and the amazon plugin that brings builder "amazon-ebs" is not installed: the build stops with "Unknown source type amazon-ebs". Declare it in required_plugins (source "github.com/hashicorp/amazon") so that `packer init` installs it, then run Packer: Init.',
        ],
      ],
    );
    const fixed = applyAction(lab, uri, await fixAll(s.client, uri));
    assert.ok(
      fixed.startsWith(
        'packer {\n  required_plugins {\n    amazon = {\n      source  = "github.com/hashicorp/amazon"\n      version = "~> 1"\n    }\n  }\n}\n',
      ),
      fixed.slice(0, 200),
    );
    const after = await s.client.change(uri, fixed);
    assert.ok(lacks('undeclared-plugin')(after));
    assert.ok(has('missing-plugin')(after));
    await s.client.close(uri);
  });
});

describe('plugins: the plugin folder is watched', () => {
  const TEMPLATE = `packer {
  required_plugins {
    amazon = {
      source  = "${AMAZON}"
      version = ">= 1.2.0"
    }
  }
}

source "amazon-ebs" "web" {
  region        = "us-east-1"
  ami_name      = "web"
  instance_type = "t3.micro"
  source_ami    = "ami-123"
  ssh_username  = "admin"
}

build {
  sources = ["source.amazon-ebs.web"]
}
`;
  const s = session({ packerVersion: '1.11.2' });

  it('clears the missing-plugin finding when the plugin is installed, and shows it again when it is removed', async () => {
    const uri = `file://${s.work}/web.pkr.hcl`;
    const first = await s.client.open(uri, 'packer', TEMPLATE);
    const missing = first.find((d) => d.code === 'missing-plugin');
    assert.ok(missing, codes(first).join(', '));
    const actions = await s.client.codeActions(uri, missing.range, [missing], ['quickfix']);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred, a.command?.command, a.command?.arguments, a.edit]),
      [['Run packer init in this folder', true, 'packer.init', [uri], undefined]],
    );

    // An older version does not satisfy ">= 1.2.0": still missing, now saying what is installed.
    const older = s.client.nextDiagnostics(
      uri,
      (d) => d.some((x) => /installed 1\.1\.0 does not satisfy/.test(messageText(x))),
      'older version seen',
    );
    installPlugin(s.plugins, { source: AMAZON, version: '1.1.0' });
    await older;

    const cleared = s.client.nextDiagnostics(uri, lacks('missing-plugin'), 'plugin installed');
    const binary = installPlugin(s.plugins, { source: AMAZON, version: '1.2.0' });
    assert.deepEqual(codes((await cleared).filter((d) => d.severity === 1)), []);

    const back = s.client.nextDiagnostics(uri, has('missing-plugin'), 'plugin removed');
    fs.rmSync(binary);
    fs.rmSync(`${binary}_SHA256SUM`);
    await back;
    await s.client.close(uri);
  });

  it('does not count a binary whose checksum file does not match', async () => {
    const uri = `file://${s.work}/other.pkr.hcl`;
    await s.client.open(uri, 'packer', TEMPLATE);
    const noticed = s.client.nextDiagnostics(uri, () => true, 'folder read again');
    installPlugin(s.plugins, { source: AMAZON, version: '1.3.0', checksum: 'f'.repeat(64) });
    installPlugin(s.plugins, { source: AMAZON, version: '1.4.0-dev', checksum: null });
    const diagnostics = await noticed;
    // Neither 1.3.0 (wrong digest) nor 1.4.0-dev (no checksum file) counts: only 1.1.0 is installed.
    assert.match(
      messageText(diagnostics.find((d) => d.code === 'missing-plugin')),
      /: the installed 1\.1\.0 does not satisfy it;/,
    );
    await s.client.close(uri);
  });
});

describe('plugins: the first packer init creates the plugin folder', () => {
  let client: LspTestClient;
  let home: string;
  before(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-home-'));
    // No PACKER_PLUGIN_PATH: Packer's own choice, ~/.config/packer/plugins, which does not exist yet.
    client = await LspTestClient.start(
      {},
      {},
      { env: { PACKER_PLUGIN_PATH: '', HOME: home }, packerVersion: '1.11.2' },
    );
  });
  after(async () => {
    await client.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('watches the nearest existing folder until the plugin folder appears, then reads it', async () => {
    const uri = `file://${home}/work/web.pkr.hcl`;
    const text = `packer {\n  required_plugins {\n    amazon = {\n      source  = "${AMAZON}"\n      version = "~> 1"\n    }\n  }\n}\n`;
    const first = await client.open(uri, 'packer', text);
    const plugins = path.join(home, '.config', 'packer', 'plugins');
    assert.ok(
      first.some((d) => d.code === 'missing-plugin' && messageText(d).includes(`none is installed in ${plugins}`)),
    );
    const cleared = client.nextDiagnostics(uri, lacks('missing-plugin'), 'the plugin folder created with amazon in it');
    installPlugin(plugins, { source: AMAZON, version: '1.8.2' });
    await cleared;
    await client.close(uri);
  });
});

describe('plugins: the Packer version the editor passes', () => {
  const s = session({ packerVersion: null });

  it('claims no Packer 1.10 failure until the editor says which Packer runs the template', async () => {
    const uri = `file://${s.work}/packer_configuration.json`;
    const unknown = await s.client.open(uri, 'packer-json', LAB_JSON);
    assert.ok(lacks('plugin-not-installed')(unknown));
    const told = s.client.nextDiagnostics(uri, has('plugin-not-installed'), 'after packer/packerVersion');
    await s.client.connection.sendNotification('packer/packerVersion', { version: '1.12.0' });
    const diagnostics = await told;
    assert.match(messageText(diagnostics.find((d) => d.code === 'plugin-not-installed')), /^Packer 1\.12\.0 says/);
    const bundled = s.client.nextDiagnostics(uri, lacks('plugin-not-installed'), 'back to a bundling Packer');
    await s.client.connection.sendNotification('packer/packerVersion', { version: '1.9.4' });
    await bundled;
    await s.client.close(uri);
  });
});

describe('plugins: hover and completion in required_plugins', () => {
  const TEXT = `packer {
  required_plugins {
    aws = {
      source  = "${AMAZON}"
      version = "~> 1.1"
    }
  }
}
`;
  const s = session({
    packerVersion: '1.11.0',
    install: (folder) => {
      for (const version of ['1.1.0', '1.2.0-dev', '2.0.0']) installPlugin(folder, { source: AMAZON, version });
    },
  });

  it('shows the source, the constraint, the installed versions, the one used and the components under the entry’s name', async () => {
    const uri = `file://${s.work}/plugins.pkr.hcl`;
    await s.client.open(uri, 'packer', TEXT);
    const hover = await s.client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 5 },
    });
    const text = hover?.contents.value ?? '';
    assert.match(text, /^\*\*aws\*\*: plugin `github\.com\/hashicorp\/amazon`/);
    assert.match(text, /Version constraint: `~> 1\.1`/);
    assert.ok(text.includes(`Installed: 1.1.0, 1.2.0-dev, 2.0.0, in \`${s.plugins}\``), text);
    assert.match(text, /Used: \*\*1\.2\.0-dev\*\*, the highest installed version the constraint allows/);
    assert.match(text, /`aws-ebs` \(builder\)/);
    await s.client.close(uri);
  });

  it('completes the versions the plugin has released inside version = ""', async () => {
    const uri = `file://${s.work}/versions.pkr.hcl`;
    const text = TEXT.replace('"~> 1.1"', '""');
    await s.client.open(uri, 'packer', text);
    const list = await s.client.request<{ items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 17 },
    });
    const newest = pluginBySource(AMAZON)?.releases.at(-1);
    const labels = list.items.map((i) => i.label);
    assert.equal(labels[0], '~> 1');
    assert.ok(labels.includes(`>= ${String(newest)}`), labels.join(', '));
    await s.client.close(uri);
  });
});

describe('plugins: the other findings over the connection, in both syntaxes', () => {
  const s = session({
    packerVersion: '1.12.0',
    install: (folder) => {
      installPlugin(folder, { source: AMAZON, version: '1.3.0' });
    },
  });

  const preferredFix = async (uri: string, diagnostic: Diagnostic): Promise<CodeAction> => {
    const actions = await s.client.codeActions(uri, diagnostic.range, [diagnostic], ['quickfix']);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, actions.map((a) => a.title).join(', '));
    return preferred[0] as CodeAction;
  };

  it('wrong-plugin-source: the tutorial’s vsphere source for amazon-ebs, fixed to the amazon source', async () => {
    const uri = `file://${s.work}/tutorial/aws.pkr.hcl`;
    const text = `packer {\n  required_plugins {\n    amazon = {\n      version = ">= 1.0.0"\n      source  = "github.com/hashicorp/vsphere"\n    }\n  }\n}\n\nsource "amazon-ebs" "ubuntu" {\n  region = "us-west-2"\n}\n`;
    const diagnostics = await s.client.open(uri, 'packer', text);
    const wrong = diagnostics.find((d) => d.code === 'wrong-plugin-source');
    assert.ok(wrong, codes(diagnostics).join(', '));
    assert.equal(wrong.severity, 1);
    const fixed = applyAction(text, uri, await preferredFix(uri, wrong));
    assert.ok(fixed.includes('source  = "github.com/hashicorp/amazon"'), fixed);
    assert.ok(lacks('wrong-plugin-source')(await s.client.change(uri, fixed)));
    await s.client.close(uri);
  });

  it('duplicate-required-plugin: the same entry twice in a file, the copy removed', async () => {
    const uri = `file://${s.work}/dup/plugins.pkr.hcl`;
    const entry = `    amazon = {\n      source  = "${AMAZON}"\n      version = "~> 1"\n    }\n`;
    const text = `packer {\n  required_plugins {\n${entry}${entry}  }\n}\n`;
    const diagnostics = await s.client.open(uri, 'packer', text);
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-required-plugin');
    assert.ok(duplicate);
    assert.equal(duplicate.range.start.line, 6);
    assert.equal(
      applyAction(text, uri, await preferredFix(uri, duplicate)),
      `packer {\n  required_plugins {\n${entry}  }\n}\n`,
    );
    await s.client.close(uri);
  });

  it('newer-packer-feature: a function of Packer 1.13 on Packer 1.12', async () => {
    const uri = `file://${s.work}/fn/locals.pkr.hcl`;
    const diagnostics = await s.client.open(uri, 'packer', 'locals {\n  ok = startswith("ab", "a")\n}\n');
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'newer-packer-feature').map((d) => [d.severity, messageText(d)]),
      [[2, 'The function `startswith` arrived in Packer 1.13.0; the Packer in use is 1.12.0.']],
    );
    await s.client.close(uri);
  });

  it('reads required_plugins in HCL2’s JSON syntax: missing and undeclared plugins in a *.pkr.json file', async () => {
    const uri = `file://${s.work}/json/web.pkr.json`;
    const text = JSON.stringify(
      {
        packer: { required_plugins: { docker: { source: 'github.com/hashicorp/docker', version: '~> 1' } } },
        source: { 'amazon-ebs': { web: { region: 'us-east-1' } } },
      },
      null,
      2,
    );
    const diagnostics = await s.client.open(uri, 'packer-json', text);
    const missing = diagnostics.find((d) => d.code === 'missing-plugin');
    assert.match(messageText(missing), /^Missing plugin github\.com\/hashicorp\/docker ~> 1: none is installed/);
    const undeclared = diagnostics.find((d) => d.code === 'undeclared-plugin');
    // amazon is installed (1.3.0): Packer loads it, but packer init elsewhere would not install it.
    assert.equal(undeclared?.severity, 2);
    assert.match(messageText(undeclared), /Packer loads the installed 1\.3\.0 here/);
    await s.client.close(uri);
  });
});
