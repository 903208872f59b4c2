/**
 * The constraint overlays against the real Packer: for components that Debian's packer 1.6.6
 * bundles, a small valid template passes both the overlay and `packer validate`, and each template
 * that breaks one rule is rejected by both, with Packer's own words. Rules that only later plugin
 * releases enforce are listed in schemas/constraints/README.md and are not tried here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { violations, type Config, type Constraints } from '../../scripts/constraints/evaluate';
import { packerAvailable, packerValidate } from '../support/packerCli';

const DIR = path.resolve(__dirname, '..', '..', '..', 'schemas', 'constraints');

interface Case {
  /** Settings added to (or, when undefined, taken from) the component's valid base. */
  change: Record<string, unknown>;
  /** The overlay's finding, as `rule detail`. */
  rule: string;
  /** What packer 1.6.6 says. */
  packer: RegExp;
}

interface Component {
  type: string;
  base: Config;
  cases: Case[];
}

const PROXMOX = { node: 'pve', username: 'u', password: 'p', proxmox_url: 'https://pve:8006/api2/json' };

const COMPONENTS: Component[] = [
  {
    type: 'proxmox-iso',
    base: { ...PROXMOX, ssh_username: 'root', iso_file: 'local:iso/a.iso' },
    cases: [
      { change: { node: undefined }, rule: 'always_required node', packer: /node must be specified/ },
      {
        change: { iso_file: undefined },
        rule: 'one_of_required iso_file, iso_url, iso_urls, boot_iso',
        packer: /either iso_file or iso_url/,
      },
      {
        change: { iso_file: undefined, iso_url: 'http://x/a.iso', iso_checksum: 'none' },
        rule: 'requires iso_url without iso_storage_pool or boot_iso',
        packer: /iso_storage_pool must also be specified/,
      },
      {
        change: { iso_file: undefined, iso_url: 'http://x/a.iso', iso_storage_pool: 'local' },
        rule: 'requires iso_url without iso_checksum or boot_iso',
        packer: /A checksum must be specified/,
      },
      {
        change: { disks: [{ disk_size: '5G', storage_pool_type: 'lvm', format: 'raw' }] },
        rule: 'requires disks block without storage_pool',
        packer: /disks\[0\]\.storage_pool must be specified/,
      },
      {
        change: { network_adapters: [{ model: 'virtio' }] },
        rule: 'requires network_adapters block without bridge',
        packer: /network_adapters\[0\]\.bridge must be specified/,
      },
      {
        change: { ssh_username: undefined },
        rule: 'communicator.required_when_ssh ssh_username',
        packer: /An ssh_username must be specified/,
      },
    ],
  },
  {
    type: 'vmware-iso',
    base: { iso_url: 'http://x/a.iso', iso_checksum: 'none', ssh_username: 'u', shutdown_command: 'halt' },
    cases: [
      { change: { iso_checksum: undefined }, rule: 'iso.always_required iso_checksum', packer: /checksum must be/ },
      {
        change: { iso_urls: ['http://y/a.iso'] },
        rule: 'iso.mutually_exclusive iso_url with iso_urls',
        packer: /Only one of iso_url or iso_urls/,
      },
      {
        change: { communicator: 'winrm' },
        rule: 'communicator.required_when_winrm winrm_username',
        packer: /winrm_username must be specified/,
      },
    ],
  },
  {
    type: 'vmware-vmx',
    base: { source_path: __filename, ssh_username: 'u', shutdown_command: 'halt' },
    cases: [{ change: { source_path: undefined }, rule: 'always_required source_path', packer: /source_path/ }],
  },
  {
    type: 'hyperv-iso',
    base: { iso_url: 'http://x/a.iso', iso_checksum: 'none', ssh_username: 'u', shutdown_command: 'halt' },
    cases: [
      {
        change: { iso_url: undefined },
        rule: 'iso.one_of_required iso_url, iso_urls',
        packer: /One of iso_url or iso_urls/,
      },
      {
        change: { use_fixed_vhd_format: true },
        rule: 'requires use_fixed_vhd_format without skip_compaction',
        packer: /Fixed VHD disks do not support compaction/,
      },
      {
        change: { use_fixed_vhd_format: true, skip_compaction: true, differencing_disk: true },
        rule: 'mutually_exclusive differencing_disk with use_fixed_vhd_format',
        packer: /not supported with differencing disks/,
      },
    ],
  },
  {
    type: 'hyperv-vmcx',
    base: { clone_from_vmcx_path: os.tmpdir(), ssh_username: 'u', shutdown_command: 'halt' },
    cases: [
      {
        change: { clone_from_vmcx_path: undefined },
        rule: 'one_of_required clone_from_vm_name, clone_from_vmcx_path',
        packer: /clone_from_vm_name must be specified/,
      },
      { change: { iso_url: 'http://x/a.iso' }, rule: 'iso.always_required iso_checksum', packer: /checksum must be/ },
    ],
  },
  {
    type: 'parallels-iso',
    base: {
      iso_url: 'http://x/a.iso',
      iso_checksum: 'none',
      ssh_username: 'u',
      parallels_tools_flavor: 'lin',
      shutdown_command: 'halt',
    },
    cases: [
      {
        change: { parallels_tools_flavor: undefined },
        rule: 'one_of_required parallels_tools_flavor, parallels_tools_mode',
        packer: /parallels_tools_flavor must be specified/,
      },
      {
        change: { parallels_tools_mode: 'bogus' },
        rule: 'enum parallels_tools_mode = bogus',
        packer: /parallels_tools_mode is invalid/,
      },
      { change: { disk_type: 'thin' }, rule: 'enum disk_type = thin', packer: /disk_type can only be/ },
      {
        change: { hard_drive_interface: 'nvme' },
        rule: 'enum hard_drive_interface = nvme',
        packer: /hard_drive_interface can only be/,
      },
    ],
  },
  {
    type: 'digitalocean',
    base: { api_token: 't', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', ssh_username: 'root' },
    cases: [
      { change: { region: undefined }, rule: 'always_required region', packer: /region is required/ },
      { change: { size: undefined }, rule: 'always_required size', packer: /size is required/ },
      { change: { image: undefined }, rule: 'always_required image', packer: /image is required/ },
      {
        change: { user_data: 'a', user_data_file: __filename },
        rule: 'mutually_exclusive user_data with user_data_file',
        packer: /only one of user_data or user_data_file/,
      },
      {
        change: { vpc_uuid: 'x' },
        rule: 'requires vpc_uuid without private_networking',
        packer: /private networking should be enabled to use vpc_uuid/,
      },
    ],
  },
  {
    type: 'hcloud',
    base: { token: 't', location: 'nbg1', server_type: 'cx22', image: 'debian-12', ssh_username: 'root' },
    cases: [
      { change: { location: undefined }, rule: 'always_required location', packer: /location is required/ },
      { change: { server_type: undefined }, rule: 'always_required server_type', packer: /server type is required/ },
      {
        change: { image: undefined },
        rule: 'exactly_one_of 0 of image, image_filter',
        packer: /image or image_filter is required/,
      },
      {
        change: { image_filter: { with_selector: ['a=b'] } },
        rule: 'exactly_one_of 2 of image, image_filter',
        packer: /only one of image or image_filter/,
      },
      {
        change: { image: undefined, image_filter: { most_recent: true } },
        rule: 'requires image_filter block without with_selector',
        packer: /with_selector is required/,
      },
    ],
  },
];

function overlay(type: string): Constraints {
  return JSON.parse(fs.readFileSync(path.join(DIR, `builder.${type}.json`), 'utf8')) as Constraints;
}

function applied(base: Config, change: Record<string, unknown>): Config {
  const config: Config = { ...base };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) delete config[key];
    else config[key] = value;
  }
  return config;
}

function validate(type: string, config: Config): { status: number | null; output: string } {
  return packerValidate(JSON.stringify({ builders: [{ type, ...config }] }, null, 2), 'template.json');
}

const skip = packerAvailable() ? false : 'packer is not installed';

describe('constraint overlays agree with packer 1.6.6', { skip }, () => {
  for (const component of COMPONENTS) {
    const constraints = overlay(component.type);
    it(`${component.type}: the base template passes both`, () => {
      assert.deepEqual(violations(constraints, component.base), []);
      const result = validate(component.type, component.base);
      assert.equal(result.status, 0, result.output);
    });
    for (const c of component.cases) {
      it(`${component.type}: ${c.rule}`, () => {
        const config = applied(component.base, c.change);
        assert.deepEqual(
          violations(constraints, config).map((v) => `${v.rule} ${v.detail}`),
          [c.rule],
        );
        const result = validate(component.type, config);
        assert.notEqual(result.status, 0);
        assert.match(result.output, c.packer);
      });
    }
  }
});
