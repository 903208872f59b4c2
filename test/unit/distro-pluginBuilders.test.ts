/**
 * The image's distribution read from the plugin builders: Proxmox ISO files and clone templates,
 * hypervisor guest OS types, cloud image slugs and names, Tart images. Table-driven: what each
 * setting says, and where the reading must stay quiet.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  detectImageFamily,
  isManagerAvailable,
  type DistroFamily,
} from '../../server/src/service/packer/distro/imageFamily';

interface Reads {
  name: string;
  type: string;
  config: Record<string, unknown>;
  family: DistroFamily;
  version?: string;
  path: string[];
}

const READS: Reads[] = [
  // Proxmox
  {
    name: 'proxmox-iso iso_file on a storage',
    type: 'proxmox-iso',
    config: { iso_file: 'local:iso/ubuntu-24.04.1-live-server-amd64.iso' },
    family: 'ubuntu',
    version: '24.04',
    path: ['iso_file'],
  },
  {
    name: 'proxmox-iso iso_url',
    type: 'proxmox-iso',
    config: { iso_url: 'https://download.rockylinux.org/pub/rocky/9/isos/x86_64/Rocky-9.4-x86_64-minimal.iso' },
    family: 'rocky',
    version: '9',
    path: ['iso_url'],
  },
  {
    name: 'proxmox-iso boot_iso block (HCL2 decoded as a list of one object)',
    type: 'proxmox-iso',
    config: { boot_iso: [{ iso_file: 'local:iso/debian-12.7.0-amd64-netinst.iso', unmount: true }] },
    family: 'debian',
    version: '12',
    path: ['boot_iso', 'iso_file'],
  },
  {
    name: 'proxmox-clone template name',
    type: 'proxmox-clone',
    config: { clone_vm: 'ubuntu-2204-cloudinit-template' },
    family: 'ubuntu',
    path: ['clone_vm'],
  },
  // Guest OS types, when the ISO name says nothing
  {
    name: 'VMware ubuntu-64',
    type: 'vmware-iso',
    config: { iso_url: '{{user `iso_url`}}', guest_os_type: 'ubuntu-64' },
    family: 'ubuntu',
    path: ['guest_os_type'],
  },
  {
    name: 'VMware centos8-64 keeps the family only',
    type: 'vmware-iso',
    config: { iso_url: '${var.iso_url}', guest_os_type: 'centos8-64' },
    family: 'centos',
    version: undefined,
    path: ['guest_os_type'],
  },
  {
    name: 'vSphere-style rhel9_64Guest',
    type: 'vmware-iso',
    config: { iso_url: 'http://example.com/install.iso', guest_os_type: 'rhel9_64Guest' },
    family: 'rhel',
    path: ['guest_os_type'],
  },
  {
    name: 'Parallels debian',
    type: 'parallels-iso',
    config: { iso_url: '{{user `mirror`}}/{{user `iso_name`}}', guest_os_type: 'debian' },
    family: 'debian',
    path: ['guest_os_type'],
  },
  {
    name: 'VirtualBox RedHat_64',
    type: 'virtualbox-iso',
    config: { iso_url: '{{user `iso_url`}}', guest_os_type: 'RedHat_64' },
    family: 'rhel',
    path: ['guest_os_type'],
  },
  {
    name: 'the ISO name wins over the guest type',
    type: 'vmware-iso',
    config: { iso_url: 'https://example.com/AlmaLinux-9.4-x86_64-dvd.iso', guest_os_type: 'centos-64' },
    family: 'alma',
    path: ['iso_url'],
  },
  // Cloud image slugs
  {
    name: 'DigitalOcean slug',
    type: 'digitalocean',
    config: { image: 'ubuntu-24-04-x64' },
    family: 'ubuntu',
    version: '24.04',
    path: ['image'],
  },
  {
    name: 'DigitalOcean Rocky slug',
    type: 'digitalocean',
    config: { image: 'rockylinux-9-x64' },
    family: 'rocky',
    version: '9',
    path: ['image'],
  },
  {
    name: 'Hetzner ubuntu-24.04',
    type: 'hcloud',
    config: { image: 'ubuntu-24.04' },
    family: 'ubuntu',
    version: '24.04',
    path: ['image'],
  },
  {
    name: 'Hetzner debian-12',
    type: 'hcloud',
    config: { image: 'debian-12' },
    family: 'debian',
    version: '12',
    path: ['image'],
  },
  {
    name: 'Hetzner fedora-40',
    type: 'hcloud',
    config: { image: 'fedora-40' },
    family: 'fedora',
    version: '40',
    path: ['image'],
  },
  // OpenStack and Oracle
  {
    name: 'OpenStack source_image_name',
    type: 'openstack',
    config: { source_image_name: 'Ubuntu 22.04 Jammy' },
    family: 'ubuntu',
    version: '22.04',
    path: ['source_image_name'],
  },
  {
    name: 'OpenStack external_source_image_url',
    type: 'openstack',
    config: {
      external_source_image_url: 'https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-generic-amd64.qcow2',
    },
    family: 'debian',
    version: '12',
    path: ['external_source_image_url'],
  },
  {
    name: 'OpenStack image filter name',
    type: 'openstack',
    config: { source_image_filter: { filters: { name: 'CentOS-Stream-9' }, most_recent: true } },
    family: 'centos',
    path: ['source_image_filter', 'filters', 'name'],
  },
  {
    name: 'Oracle base_image_filter',
    type: 'oracle-oci',
    config: { base_image_filter: { operating_system: 'Oracle Linux', operating_system_version: '8' } },
    family: 'oracle',
    version: '8',
    path: ['base_image_filter', 'operating_system'],
  },
  // Tart and Hyper-V clones
  {
    name: 'Tart vm_base_name OCI image',
    type: 'tart-cli',
    config: { vm_base_name: 'ghcr.io/cirruslabs/ubuntu:latest' },
    family: 'ubuntu',
    path: ['vm_base_name'],
  },
  {
    name: 'Tart from_iso',
    type: 'tart-cli',
    config: { from_iso: ['cidata.iso', 'ubuntu-22.04.5-live-server-arm64.iso'] },
    family: 'ubuntu',
    version: '22.04',
    path: ['from_iso'],
  },
  {
    name: 'UTM bundle path',
    type: 'utm-utm',
    config: { source_path: 'output/debian-12-arm64.utm' },
    family: 'debian',
    version: '12',
    path: ['source_path'],
  },
  {
    name: 'Hyper-V clone by VM name',
    type: 'hyperv-vmcx',
    config: { clone_from_vm_name: 'debian-12-base' },
    family: 'debian',
    version: '12',
    path: ['clone_from_vm_name'],
  },
];

const QUIET: Array<{ name: string; type: string; config: Record<string, unknown> }> = [
  {
    name: 'VMware otherlinux guest',
    type: 'vmware-iso',
    config: { iso_url: 'install.iso', guest_os_type: 'otherlinux-64' },
  },
  { name: 'vSphere otherLinux64Guest', type: 'vmware-iso', config: { guest_os_type: 'otherLinux64Guest' } },
  { name: 'guest type from a variable', type: 'vmware-iso', config: { guest_os_type: '{{user `guest_os_type`}}' } },
  { name: 'macOS guest', type: 'parallels-iso', config: { guest_os_type: 'macosx' } },
  {
    name: 'Tart macOS image',
    type: 'tart-cli',
    config: { vm_base_name: 'ghcr.io/cirruslabs/macos-sonoma-base:latest' },
  },
  { name: 'Tart local VM name', type: 'tart-cli', config: { vm_base_name: 'my-base' } },
  { name: 'DigitalOcean image id', type: 'digitalocean', config: { image: '123456789' } },
  { name: 'Hetzner image from a variable', type: 'hcloud', config: { image: '${var.image}' } },
  { name: 'Proxmox clone by id', type: 'proxmox-clone', config: { clone_vm_id: 9000 } },
  { name: 'Proxmox template with a plain name', type: 'proxmox-clone', config: { clone_vm: 'golden-template' } },
];

describe('detectImageFamily: plugin builders', () => {
  for (const row of READS) {
    it(row.name, () => {
      const guess = detectImageFamily(row.type, row.config);
      assert.ok(guess, `no guess for ${row.name}`);
      assert.equal(guess.family, row.family);
      if ('version' in row) assert.equal(guess.version, row.version);
      assert.deepEqual(guess.evidencePath.slice(0, row.path.length), row.path);
    });
  }
  for (const row of QUIET) {
    it(`says nothing: ${row.name}`, () => assert.equal(detectImageFamily(row.type, row.config), undefined));
  }

  it('a guest type without a release leaves dnf in doubt on CentOS', () => {
    const guess = detectImageFamily('vmware-iso', { guest_os_type: 'centos7-64' });
    assert.ok(guess);
    assert.equal(isManagerAvailable('dnf', guess), true, 'CentOS 8 has dnf: not a sure mismatch');
    assert.equal(isManagerAvailable('apt-get', guess), false);
  });
});
