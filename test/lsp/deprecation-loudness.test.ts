/**
 * As loud as Packer, over a real stdio connection: a deprecated key that today's component no
 * longer has is an error (Packer stops with "Deprecated configuration key"), one it still accepts
 * a warning; a rewrite that today's plugin contradicts is not offered (scaleway's `access_key`);
 * and a component Packer removed (`atlas`) is an error naming the release. Debian's packer 1.6.6
 * confirms the two failures where it can.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';
import { packerAvailable, packerValidate } from '../support/packerCli';

const QEMU = `{
      "type": "qemu",
      "iso_url": "http://example.com/debian.iso",
      "iso_checksum": "none",
      "iso_checksum_type": "none",
      "ssh_username": "packer",
      "ssh_wait_timeout": "20m"
    }`;

const TEMPLATE = `{
  "builders": [
    ${QEMU},
    {
      "type": "hyperv-iso",
      "iso_url": "http://example.com/windows.iso",
      "iso_checksum": "none",
      "ram_size": 4096,
      "communicator": "winrm",
      "winrm_username": "vagrant"
    },
    {
      "type": "scaleway",
      "access_key": "{{user \`scw_access_key\`}}",
      "secret_key": "{{user \`scw_secret_key\`}}",
      "project_id": "{{user \`scw_project\`}}",
      "zone": "fr-par-1",
      "image": "ubuntu_jammy",
      "commercial_type": "DEV1-S",
      "ssh_username": "root"
    },
    {
      "type": "parallels-pvm",
      "source_path": "base.pvm",
      "parallels_tools_flavor": "lin",
      "guest_os_distribution": "ubuntu",
      "ssh_username": "parallels"
    }
  ],
  "post-processors": [{ "type": "atlas", "artifact": "acme/base", "artifact_type": "vagrant.box" }]
}
`;

const URI = 'file:///project/loud.json';

const keyAt = (diagnostic: Diagnostic) => {
  const line = TEMPLATE.split('\n')[diagnostic.range.start.line] ?? '';
  return line.slice(diagnostic.range.start.character, diagnostic.range.end.character);
};

describe('as loud as Packer', () => {
  let client: LspTestClient;
  let diagnostics: Diagnostic[];

  before(async () => {
    client = await LspTestClient.start();
    diagnostics = await client.open(URI, 'packer-json', TEMPLATE);
  });
  after(async () => {
    await client.stop();
  });

  it('makes a key the component no longer has an error, and keeps a still accepted one a warning', () => {
    const deprecated = diagnostics
      .filter((d) => d.code === 'deprecated-setting')
      .map((d) => [keyAt(d), d.severity === 1 ? 'error' : 'warning']);
    assert.deepEqual(deprecated, [
      ['"iso_checksum_type"', 'error'],
      ['"ssh_wait_timeout"', 'warning'],
      ['"ram_size"', 'error'],
      ['"guest_os_distribution"', 'error'],
    ]);
    const ram = diagnostics.find((d) => keyAt(d) === '"ram_size"');
    assert.equal(
      messageText(ram),
      '`ram_size` was renamed to `memory`. Packer no longer accepts it and stops with an error.',
    );
  });

  it('offers the packer fix rewrite only where today’s component has its target', async () => {
    const ram = diagnostics.find((d) => keyAt(d) === '"ram_size"');
    const guest = diagnostics.find((d) => keyAt(d) === '"guest_os_distribution"');
    assert.ok(ram !== undefined && guest !== undefined);
    const ramFixes = await client.codeActions(URI, ram.range, [ram], ['quickfix']);
    assert.deepEqual(
      ramFixes.map((a) => [a.title, a.isPreferred]),
      [['Use "memory" (as packer fix does)', true]],
    );
    assert.deepEqual(await client.codeActions(URI, guest.range, [guest], ['quickfix']), []);
    assert.match(messageText(guest), /parallels-pvm builder has no such setting: remove it/);
  });

  it('says nothing of scaleway’s access_key, which the current plugin requires', () => {
    assert.equal(
      diagnostics.some((d) => keyAt(d) === '"access_key"'),
      false,
    );
  });

  it('names the release that removed the atlas post-processor', () => {
    const removed = diagnostics.filter((d) => d.code === 'removed-component');
    assert.equal(removed.length, 1);
    assert.equal(removed[0]?.severity, 1);
    assert.match(messageText(removed[0]), /^The "atlas" post-processor was removed in Packer 1\.3\.0/);
    assert.equal(
      diagnostics.some((d) => d.code === 'unknown-component-type' && keyAt(d) === '"atlas"'),
      false,
      'one finding for one mistake',
    );
  });
});

describe('Packer 1.6.6 agrees', { skip: !packerAvailable() && 'packer is not installed' }, () => {
  it('stops on iso_checksum_type and accepts ssh_wait_timeout', () => {
    const rejected = packerValidate(`{ "builders": [${QEMU}] }`, 'qemu.json');
    assert.equal(rejected.status, 1);
    assert.match(rejected.output, /Deprecated configuration key: 'iso_checksum_type'/);
    const accepted = packerValidate(
      `{ "builders": [${QEMU.replace(/\s*"iso_checksum_type": "none",/, '')}] }`,
      'qemu.json',
    );
    assert.equal(accepted.status, 0, accepted.output);
  });

  it('stops on the atlas post-processor', () => {
    const result = packerValidate(
      '{ "builders": [{ "type": "null", "communicator": "none" }], "post-processors": [{ "type": "atlas", "artifact": "a/b", "artifact_type": "x" }] }',
      'atlas.json',
    );
    assert.equal(result.status, 1);
    assert.match(result.output, /Unknown post-processor atlas/);
  });
});
