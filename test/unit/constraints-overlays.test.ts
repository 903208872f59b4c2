/**
 * The hand-written constraint overlays (schemas/constraints/): each file has the shape the schema
 * generator reads and cites its source, and the rules say what the plugins' Prepare() says on
 * small configurations (each checked with Debian's packer 1.6.6 where it bundles the component).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { violations, type Config, type Constraints } from '../../scripts/constraints/evaluate';

const DIR = path.resolve(__dirname, '..', '..', '..', 'schemas', 'constraints');
const FIELDS = new Set([
  'always_required',
  'one_of_required',
  'exactly_one_of',
  'mutually_exclusive',
  'together',
  'requires',
  'value_rules',
  'enum',
  'iso',
  'communicator',
  'source',
]);
const SOURCE_RE = /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S/;

function overlay(id: string): Constraints {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${id}.json`), 'utf8')) as Constraints;
}

const rulesBroken = (id: string, config: Config) => violations(overlay(id), config).map((v) => `${v.rule} ${v.detail}`);

describe('constraint overlay files', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));
  it('cover the fourteen components read from Prepare()', () => assert.equal(files.length, 14));
  for (const file of files) {
    it(`${file}: known fields, a kind prefix and a cited source`, () => {
      assert.match(file, /^(builder|provisioner|post-processor|data-source)\.[a-z0-9-]+\.json$/);
      const c = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Record<string, unknown>;
      for (const field of Object.keys(c)) assert.ok(FIELDS.has(field), `unknown field ${field}`);
      assert.match(String(c['source']), SOURCE_RE);
      const comm = c['communicator'] as Record<string, unknown> | undefined;
      if (comm) assert.match(String(comm['source']), SOURCE_RE);
    });
  }
});

const PROXMOX = { node: 'pve', ssh_username: 'root' };

describe('constraint overlays on small configurations', () => {
  it('proxmox-iso: a boot_iso block alone is enough', () => {
    assert.deepEqual(
      rulesBroken('builder.proxmox-iso', { ...PROXMOX, boot_iso: [{ iso_file: 'local:iso/a.iso' }] }),
      [],
    );
  });
  it('proxmox-iso: some ISO must be given, and the node', () => {
    assert.deepEqual(rulesBroken('builder.proxmox-iso', { ssh_username: 'root' }), [
      'always_required node',
      'one_of_required iso_file, iso_url, iso_urls, boot_iso',
    ]);
  });
  it('proxmox-iso: a downloaded ISO needs a checksum and a storage, unless boot_iso says them', () => {
    const url = { ...PROXMOX, iso_url: 'https://example.com/a.iso' };
    assert.deepEqual(rulesBroken('builder.proxmox-iso', url), [
      'requires iso_url without iso_checksum or boot_iso',
      'requires iso_url without iso_storage_pool or boot_iso',
    ]);
    assert.deepEqual(rulesBroken('builder.proxmox-iso', { ...url, boot_iso: { iso_checksum: 'none' } }), []);
    assert.deepEqual(
      rulesBroken('builder.proxmox-iso', { ...url, iso_checksum: 'none', iso_storage_pool: 'local', iso_file: 'x' }),
      ['mutually_exclusive iso_file with iso_url|iso_urls'],
    );
  });
  it('proxmox: every disk needs a storage pool and every adapter a bridge', () => {
    assert.deepEqual(
      rulesBroken('builder.proxmox-clone', {
        ...PROXMOX,
        clone_vm: 't',
        disks: [{ storage_pool: 'local-lvm' }, { disk_size: '5G' }],
        network_adapters: { model: 'virtio' },
      }),
      ['requires disks block without storage_pool', 'requires network_adapters block without bridge'],
    );
  });
  it('proxmox-clone: exactly one source machine', () => {
    assert.deepEqual(rulesBroken('builder.proxmox-clone', PROXMOX), ['exactly_one_of 0 of clone_vm, clone_vm_id']);
    assert.deepEqual(rulesBroken('builder.proxmox-clone', { ...PROXMOX, clone_vm: 'a', clone_vm_id: 101 }), [
      'exactly_one_of 2 of clone_vm, clone_vm_id',
    ]);
  });
  it('the ssh communicator needs ssh_username; winrm needs winrm_username; none needs neither', () => {
    const droplet = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
    assert.deepEqual(rulesBroken('builder.digitalocean', droplet), ['communicator.required_when_ssh ssh_username']);
    assert.deepEqual(rulesBroken('builder.digitalocean', { ...droplet, communicator: 'winrm' }), [
      'communicator.required_when_winrm winrm_username',
    ]);
    assert.deepEqual(rulesBroken('builder.digitalocean', { ...droplet, communicator: 'none' }), []);
    assert.deepEqual(rulesBroken('builder.digitalocean', { ...droplet, communicator: '{{user `c`}}' }), []);
  });
  it('hcloud: an image filter needs a selector and excludes image', () => {
    const server = { location: 'nbg1', server_type: 'cx22', ssh_username: 'root' };
    assert.deepEqual(rulesBroken('builder.hcloud', { ...server, image_filter: { most_recent: true } }), [
      'requires image_filter block without with_selector',
    ]);
    assert.deepEqual(
      rulesBroken('builder.hcloud', { ...server, image: 'debian-12', image_filter: { with_selector: ['a=b'] } }),
      ['exactly_one_of 2 of image, image_filter'],
    );
  });
  it('vmware-iso: the SDK ISO rules', () => {
    assert.deepEqual(rulesBroken('builder.vmware-iso', { ssh_username: 'u', iso_url: 'a.iso' }), [
      'iso.always_required iso_checksum',
    ]);
  });
  it('hyperv-vmcx: the ISO rules only apply when an ISO is given', () => {
    assert.deepEqual(rulesBroken('builder.hyperv-vmcx', { ssh_username: 'u', clone_from_vm_name: 'base' }), []);
    assert.deepEqual(rulesBroken('builder.hyperv-vmcx', { ssh_username: 'u', clone_from_vm_name: 'b', iso_url: 'a' }), [
      'iso.always_required iso_checksum',
    ]);
  });
  it('parallels-iso: a tools flavor unless the tools mode is given; enums compare exactly', () => {
    const vm = { ssh_username: 'u', iso_url: 'a.iso', iso_checksum: 'none' };
    assert.deepEqual(rulesBroken('builder.parallels-iso', vm), [
      'one_of_required parallels_tools_flavor, parallels_tools_mode',
    ]);
    assert.deepEqual(rulesBroken('builder.parallels-iso', { ...vm, parallels_tools_mode: 'disable' }), []);
    assert.deepEqual(rulesBroken('builder.parallels-iso', { ...vm, parallels_tools_mode: 'Disable' }), [
      'enum parallels_tools_mode = Disable',
    ]);
    assert.deepEqual(rulesBroken('builder.parallels-iso', { ...vm, parallels_tools_mode: '${var.mode}' }), []);
  });
  it('goss: tests are required; windows-update requires nothing', () => {
    assert.deepEqual(rulesBroken('provisioner.goss', { format: 'junit' }), ['always_required tests']);
    assert.deepEqual(rulesBroken('provisioner.windows-update', {}), []);
  });
});
