/**
 * A setting the plugin version in use lacks, from the plugin facts (`x-packer-since` in the
 * schemas), over a real connection with a real plugin folder: proxmox 1.1.8 installed, `boot_iso`
 * added in 1.2.0. The fix raises the constraint; `packer init` (a newer binary appearing) settles it.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyAction } from '../support/edits';
import { messageText } from '../support/messageText';
import { installPlugin } from '../support/pluginFolders';
import { codes, lacks, session } from '../support/pluginSession';

const PROXMOX = 'github.com/hashicorp/proxmox';

const text = (constraint: string) => `packer {
  required_plugins {
    proxmox = {
      source  = "${PROXMOX}"
      version = "${constraint}"
    }
  }
}

source "proxmox-iso" "debian" {
  proxmox_url = "https://pve.example.com:8006/api2/json"
  node        = "pve"
  boot_iso {
    iso_file = "local:iso/debian-12.iso"
  }
}
`;

describe('plugins: a setting the plugin version in use lacks, from the plugin facts', () => {
  const s = session({
    packerVersion: '1.11.2',
    install: (folder) => {
      installPlugin(folder, { source: PROXMOX, version: '1.1.8' });
    },
  });

  it('says boot_iso needs proxmox 1.2.0 while 1.1.8 is installed, raises the constraint, and packer init settles it', async () => {
    const uri = `file://${s.work}/debian.pkr.hcl`;
    let current = text('~> 1.1');
    const diagnostics = await s.client.open(uri, 'packer', current);
    const needs = diagnostics.find((d) => d.code === 'setting-needs-newer-plugin');
    assert.ok(needs, codes(diagnostics).join(', '));
    assert.equal(
      messageText(needs),
      '`boot_iso` needs proxmox 1.2.0 or later; the version in use is 1.1.8 (installed).',
    );
    const [fix] = (await s.client.codeActions(uri, needs.range, [needs], ['quickfix'])).filter((a) => a.isPreferred);
    assert.equal(fix?.title, 'Require proxmox ~> 1.2');
    current = applyAction(current, uri, fix);
    assert.equal(current, text('~> 1.2'));
    // 1.1.8 no longer satisfies the constraint: packer init would install a 1.2 release.
    const raised = await s.client.change(uri, current);
    assert.ok(lacks('setting-needs-newer-plugin')(raised), codes(raised).join(', '));
    assert.match(
      messageText(raised.find((d) => d.code === 'missing-plugin')),
      /the installed 1\.1\.8 does not satisfy it/,
    );
    const settled = s.client.nextDiagnostics(uri, lacks('missing-plugin'), 'proxmox 1.2.4 installed');
    installPlugin(s.plugins, { source: PROXMOX, version: '1.2.4' });
    const plugin = ['missing-plugin', 'setting-needs-newer-plugin', 'undeclared-plugin', 'wrong-plugin-source'];
    assert.deepEqual(
      codes(await settled).filter((code) => plugin.includes(code)),
      [],
    );
    await s.client.close(uri);
  });
});
