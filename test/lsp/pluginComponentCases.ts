/**
 * One row per plugin component family of the most used ones (the top 15 of the plugin inventory, and
 * the other member of the proxmox, vmware and hyperv families): a configuration Packer accepts, and the
 * mistakes each must be told about.
 */
import type { ComponentKind } from '../../server/src/service/schema/schemaTypes';

export interface PluginComponentCase {
  kind: Extract<ComponentKind, 'builder' | 'provisioner'>;
  type: string;
  /** settings of a valid configuration (strings, numbers, lists of strings) */
  valid: Readonly<Record<string, string | number | readonly string[]>>;
  /** a misspelt setting and the one it should suggest */
  typo: readonly [wrong: string, right: string];
  /** a setting and a value of the wrong type */
  wrongType: readonly [key: string, value: string];
  /** a block setting, written as an argument in HCL2 (`key = {}`) and as a string in JSON */
  block?: string;
  /** a map argument, written as a block in HCL2 */
  mapAsBlock?: string;
  /** a setting that completion offers inside the component's block */
  completes: string;
  /** a setting to hover, and what the hover must say */
  hover: readonly [key: string, says: RegExp];
}

export const PLUGIN_COMPONENT_CASES: readonly PluginComponentCase[] = [
  {
    kind: 'builder',
    type: 'proxmox-iso',
    valid: { node: 'pve', iso_file: 'local:iso/debian-12.iso', ssh_username: 'root' },
    typo: ['memry', 'memory'],
    wrongType: ['cores', 'lots'],
    block: 'network_adapters',
    completes: 'memory',
    hover: ['boot_iso', /Since proxmox 1\.2\.0/],
  },
  {
    kind: 'builder',
    type: 'proxmox-clone',
    valid: { node: 'pve', clone_vm: 'debian-12-template', ssh_username: 'root' },
    typo: ['full_clon', 'full_clone'],
    wrongType: ['cores', 'lots'],
    block: 'ipconfig',
    completes: 'clone_vm_id',
    hover: ['clone_vm', /\*\*Required\*\* unless `clone_vm_id` is set/],
  },
  {
    kind: 'builder',
    type: 'vmware-iso',
    valid: { iso_url: 'https://example.com/ubuntu.iso', iso_checksum: 'none', ssh_username: 'vagrant' },
    typo: ['tools_upload_flavour', 'tools_upload_flavor'],
    wrongType: ['disk_size', 'big'],
    mapAsBlock: 'vmx_data',
    completes: 'guest_os_type',
    hover: ['remote_host', /Removed after vmware 1\.2\.0/],
  },
  {
    kind: 'builder',
    type: 'vmware-vmx',
    valid: { source_path: 'base.vmx', ssh_username: 'vagrant' },
    typo: ['headles', 'headless'],
    wrongType: ['headless', 'maybe'],
    mapAsBlock: 'vmx_data',
    completes: 'linked',
    hover: ['tools_mode', /Since vmware 2\.0\.0/],
  },
  {
    kind: 'builder',
    type: 'digitalocean',
    valid: { image: 'ubuntu-24-04-x64', region: 'nyc3', size: 's-1vcpu-1gb', ssh_username: 'root' },
    typo: ['droplet_nme', 'droplet_name'],
    wrongType: ['ipv6', 'maybe'],
    completes: 'snapshot_name',
    hover: ['region', /\*\*Required\.\*\*/],
  },
  {
    kind: 'builder',
    type: 'openstack',
    valid: { image_name: 'web', flavor: 'm1.small', source_image_name: 'ubuntu-24.04', ssh_username: 'ubuntu' },
    typo: ['volume_nme', 'volume_name'],
    wrongType: ['volume_size', 'big'],
    block: 'source_image_filter',
    completes: 'networks',
    hover: ['flavor', /\*\*Required\.\*\*/],
  },
  {
    kind: 'builder',
    type: 'hcloud',
    valid: { location: 'fsn1', server_type: 'cx22', image: 'ubuntu-24.04', ssh_username: 'root' },
    typo: ['snapshot_nam', 'snapshot_name'],
    wrongType: ['skip_create_snapshot', 'maybe'],
    block: 'image_filter',
    completes: 'snapshot_labels',
    hover: ['server_type', /\*\*Required\.\*\*/],
  },
  {
    kind: 'provisioner',
    type: 'windows-update',
    valid: { update_limit: 25 },
    typo: ['serch_criteria', 'search_criteria'],
    wrongType: ['update_limit', 'many'],
    completes: 'filters',
    hover: ['update_limit', /`number`/],
  },
  {
    kind: 'builder',
    type: 'hyperv-iso',
    valid: { iso_url: 'https://example.com/win.iso', iso_checksum: 'none', ssh_username: 'vagrant' },
    typo: ['generaton', 'generation'],
    wrongType: ['generation', 'two'],
    completes: 'switch_name',
    hover: ['generation', /`number`/],
  },
  {
    kind: 'builder',
    type: 'hyperv-vmcx',
    valid: { clone_from_vm_name: 'base', ssh_username: 'vagrant' },
    typo: ['switch_nam', 'switch_name'],
    wrongType: ['cpus', 'x'],
    completes: 'clone_from_snapshot_name',
    hover: ['clone_from_vm_name', /\*\*Required\*\* unless `clone_from_vmcx_path` is set/],
  },
  {
    kind: 'builder',
    type: 'tart-cli',
    valid: { vm_base_name: 'ghcr.io/cirruslabs/macos-sonoma-base:latest', vm_name: 'my-vm', ssh_username: 'admin' },
    typo: ['cpu_cont', 'cpu_count'],
    wrongType: ['cpu_count', 'four'],
    completes: 'disk_size_gb',
    hover: ['vm_base_name', /`string`/],
  },
  {
    kind: 'builder',
    type: 'oracle-oci',
    valid: {
      availability_domain: 'aaaa:PHX-AD-1',
      shape: 'VM.Standard.E4.Flex',
      subnet_ocid: 'ocid1.subnet.oc1..x',
      base_image_ocid: 'ocid1.image.oc1..y',
      compartment_ocid: 'ocid1.compartment.oc1..z',
      ssh_username: 'opc',
    },
    typo: ['image_nme', 'image_name'],
    wrongType: ['disk_size', 'big'],
    block: 'shape_config',
    completes: 'image_name',
    hover: ['shape', /\*\*Required\.\*\*/],
  },
  {
    kind: 'builder',
    type: 'arm-image',
    valid: { iso_url: 'https://example.com/raspios.img.xz', iso_checksum: 'none' },
    typo: ['image_typ', 'image_type'],
    wrongType: ['target_image_size', 'big'],
    completes: 'qemu_binary',
    hover: ['image_type', /`string`/],
  },
  {
    kind: 'provisioner',
    type: 'goss',
    valid: { tests: ['goss.yaml'] },
    typo: ['skip_donwload', 'skip_download'],
    wrongType: ['debug', 'maybe'],
    completes: 'vars_file',
    hover: ['tests', /\*\*Required\.\*\*/],
  },
  {
    kind: 'builder',
    type: 'parallels-iso',
    valid: {
      iso_url: 'https://example.com/ubuntu.iso',
      iso_checksum: 'none',
      parallels_tools_flavor: 'lin',
      ssh_username: 'vagrant',
    },
    typo: ['skip_compactoin', 'skip_compaction'],
    wrongType: ['cpus', 'x'],
    completes: 'guest_os_type',
    hover: ['parallels_tools_flavor', /\*\*Required\*\*/],
  },
  {
    kind: 'builder',
    type: 'yandex',
    valid: { folder_id: 'b1gexample', source_image_family: 'ubuntu-2404-lts', ssh_username: 'ubuntu' },
    typo: ['instance_cors', 'instance_cores'],
    wrongType: ['instance_cores', 'many'],
    completes: 'zone',
    hover: ['folder_id', /Marked required in the plugin's source/],
  },
];
