/**
 * The plugin folder as the server reads it, with real folders (binaries named as Packer names them,
 * with correct SHA-256 files): watched, so that installing or removing a plugin updates the open
 * files' diagnostics without a restart, including the first install that creates the folder.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';
import { installPlugin } from '../support/pluginFolders';
import { AMAZON, codes, has, lacks, session } from '../support/pluginSession';

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
