/**
 * package-manager-mismatch over a real LSP connection for builders of plugins: the image's
 * distribution read from a cloud image slug, a Proxmox ISO file and a guest OS type, in HCL2 and
 * in legacy JSON, with the preferred fix rewriting the command for that distribution.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyAction } from '../support/edits';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';

const HCL = `source "digitalocean" "web" {
  image        = "rockylinux-9-x64"
  region       = "nyc3"
  size         = "s-1vcpu-1gb"
  ssh_username = "root"
}

source "proxmox-iso" "base" {
  node         = "pve"
  ssh_username = "root"
  boot_iso {
    iso_file = "local:iso/debian-12.7.0-amd64-netinst.iso"
  }
}

build {
  sources = ["source.digitalocean.web"]

  provisioner "shell" {
    inline = ["sudo apt-get install -y nginx"]
  }
}

build {
  sources = ["source.proxmox-iso.base"]

  provisioner "shell" {
    inline = ["sudo yum install -y nginx"]
  }
}
`;

const JSON_TEMPLATE = `{
  "builders": [
    {
      "type": "vmware-iso",
      "iso_url": "{{user \`iso_url\`}}",
      "iso_checksum": "none",
      "guest_os_type": "ubuntu-64",
      "ssh_username": "vagrant"
    }
  ],
  "provisioners": [
    {
      "type": "shell",
      "inline": ["sudo yum install -y nginx"]
    }
  ]
}
`;

const mismatches = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'package-manager-mismatch');

describe('package-manager-mismatch on plugin builders', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function preferredFix(uri: string, text: string, d: Diagnostic): Promise<string> {
    const actions = await client.codeActions(uri, d.range, [d], ['quickfix']);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, messageText(d));
    return applyAction(text, uri, preferred[0] as (typeof preferred)[number]);
  }

  it('HCL2: reads a DigitalOcean slug and a Proxmox boot ISO, and fixes each command', async () => {
    const uri = 'file:///plugin-builders/build.pkr.hcl';
    const found = mismatches(await client.open(uri, 'packer', HCL));
    assert.equal(found.length, 2, found.map(messageText).join('\n'));
    const [onRocky, onDebian] = found as [Diagnostic, Diagnostic];
    assert.match(messageText(onRocky), /`apt-get` is not available on Rocky Linux 9.*image "rockylinux-9-x64"/);
    assert.match(messageText(onDebian), /`yum` is not available on Debian 12.*iso_file/);
    const fixedOnce = await preferredFix(uri, HCL, onRocky);
    assert.match(fixedOnce, /inline = \["sudo dnf install -y nginx"\]/);
    const remaining = mismatches(await client.change(uri, fixedOnce));
    assert.equal(remaining.length, 1);
    const fixed = await preferredFix(uri, fixedOnce, remaining[0] as Diagnostic);
    assert.match(fixed, /inline = \["sudo DEBIAN_FRONTEND=noninteractive apt-get install -y nginx"\]\n {2}\}\n\}\n$/);
    assert.deepEqual(mismatches(await client.change(uri, fixed)), []);
    await client.close(uri);
  });

  it('legacy JSON: reads a VMware guest OS type when the ISO comes from a variable', async () => {
    const uri = 'file:///plugin-builders-json/template.json';
    const found = mismatches(await client.open(uri, 'packer-json', JSON_TEMPLATE));
    const [onUbuntu, ...others] = found;
    assert.ok(onUbuntu);
    assert.equal(others.length, 0, found.map(messageText).join('\n'));
    assert.match(messageText(onUbuntu), /`yum` is not available on Ubuntu.*guest_os_type "ubuntu-64"/);
    const fixed = await preferredFix(uri, JSON_TEMPLATE, onUbuntu);
    assert.match(fixed, /"inline": \["sudo DEBIAN_FRONTEND=noninteractive apt-get install -y nginx"\]/);
    assert.deepEqual(mismatches(await client.change(uri, fixed)), []);
    await client.close(uri);
  });
});
