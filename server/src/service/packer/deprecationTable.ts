/**
 * Which configuration keys Packer has deprecated, per component. Written by hand (not generated at
 * build time, never read at run time) from /work/shared/packer/components.json:
 *  - `deprecated_options.options` (packer-plugin-sdk template/config/deprecated_options.go): glob
 *    patterns on a plugin id (the builder id, e.g. `mitchellh.amazonebs`) -> keys;
 *  - per component, `deprecated_removed_keys` (listed and gone from the config struct: Packer fails
 *    with "Deprecated configuration key") and the keys marked `deprecated: true` (listed, still
 *    accepted, e.g. `ssh_wait_timeout`, `spot_price_auto_product`, docker-tag's `tag`).
 *
 * Additions, each marked `+` below:
 *  - builders whose `builder_id` the facts file lacks: virtualbox-ovf/-vm share
 *    `mitchellh.virtualbox`, the vsphere builders `jetbrains.vsphere`, azure-chroot is
 *    `azure.chroot` (read from the plugins' sources). A listed key that is still in such a
 *    builder's struct counts only when it is undocumented, so vsphere-clone's real `network` and
 *    `disk_size` are not flagged;
 *  - builders the facts file does not describe but `deprecated_options` names by plugin id
 *    (`MSOpenTech.hyperv`, `packer.parallels`, `hashicorp.scaleway`), with the builder types that
 *    `packer fix` looks for;
 *  - what only `packer fix` knows: `galaxycommand` in ansible-local (the SDK lists it for
 *    `ansible`) and azure-chroot's `shared_image_destination.exlude_from_latest`.
 *
 * Every builder also has the nine keys of the `*` pattern (`ALL_BUILDERS`); `keys` lists the
 * builder's own on top of those. `functions` are template functions, not keys (`clean_ami_name`,
 * `clean_image_name`): the SDK lists them with the keys and `packer fix` renames them inside string
 * values. `stranded` are deprecated keys whose replacement this component does not accept (checked
 * against the component's keys in the facts file): they are reported without a rewrite.
 */

export interface DeprecationEntry {
  /** Deprecated top-level keys (for builders: in addition to `ALL_BUILDERS`). */
  keys: readonly string[];
  functions?: readonly string[];
  stranded?: readonly string[];
  /** Deprecated keys inside a nested block: block key -> keys. */
  nested?: Readonly<Record<string, readonly string[]>>;
}

const ISO = ['iso_checksum_type', 'iso_checksum_url', 'iso_md5'];
/** Port forwarding: only VirtualBox and QEMU builders have `host_port_min` and friends. */
const PORTS = ['ssh_host_port_max', 'ssh_host_port_min', 'ssh_skip_nat_mapping'];
const SSH = ['ssh_disable_agent', 'ssh_key_path', 'ssh_wait_timeout'];

/** The `*` pattern of `deprecated_options`: every builder, including ones not listed below. */
export const ALL_BUILDERS: readonly string[] = [...ISO, ...PORTS, ...SSH];

/** A builder missing from the table gets `ALL_BUILDERS`; these have no mechanical fix there. */
export const UNKNOWN_BUILDER_STRANDED: readonly string[] = PORTS;

const AMAZON = [
  'enhanced_networking',
  'shutdown_behaviour',
  'spot_price_auto_product',
  'ssh_private_ip',
  'temporary_security_group_source_cidr',
];
const VSPHERE = ['disk_eagerly_scrub', 'disk_size', 'disk_thin_provisioned', 'network', 'networkCard', 'network_card'];
const HYPERV = ['clone_from_vmxc_path', 'cpu', 'ram_size', 'vhd_temp_path'];
const PARALLELS = ['guest_os_distribution', 'headless', 'parallels_tools_host_path'];

/** Keyed `<kind>/<type>`; the comment names the plugin id the globs were matched against. */
export const DEPRECATION_TABLE: Readonly<Record<string, DeprecationEntry>> = {
  // packer.file
  'builder/file': { keys: [], stranded: ALL_BUILDERS },
  // fnoeding.null
  'builder/null': { keys: [], stranded: [...ISO, ...PORTS] },
  // mitchellh.amazon.chroot
  'builder/amazon-chroot': {
    keys: AMAZON,
    functions: ['clean_ami_name'],
    stranded: [
      ...ISO,
      ...PORTS,
      ...SSH,
      'shutdown_behaviour',
      'ssh_private_ip',
      'temporary_security_group_source_cidr',
    ],
  },
  // mitchellh.amazonebs
  'builder/amazon-ebs': {
    keys: AMAZON,
    functions: ['clean_ami_name'],
    stranded: [...ISO, ...PORTS],
  },
  // mitchellh.amazon.ebssurrogate
  'builder/amazon-ebssurrogate': {
    keys: AMAZON,
    functions: ['clean_ami_name'],
    stranded: [...ISO, ...PORTS],
  },
  // mitchellh.amazon.ebsvolume
  'builder/amazon-ebsvolume': {
    keys: AMAZON,
    functions: ['clean_ami_name'],
    stranded: [...ISO, ...PORTS],
  },
  // mitchellh.amazon.instance
  'builder/amazon-instance': {
    keys: AMAZON,
    functions: ['clean_ami_name'],
    stranded: [...ISO, ...PORTS],
  },
  // Azure.ResourceManagement.VMImage
  'builder/azure-arm': {
    keys: ['exlude_from_latest'],
    functions: ['clean_image_name'],
    stranded: [...ISO, ...PORTS, 'exlude_from_latest'],
  },
  // Azure.ResourceManagement.VMImage
  'builder/azure-dtl': {
    keys: ['exlude_from_latest'],
    functions: ['clean_image_name'],
    stranded: [...ISO, ...PORTS, 'exlude_from_latest'],
  },
  // + azure.chroot; the nested key is the azure-exclude_from_latest fixer's
  'builder/azure-chroot': {
    keys: [],
    stranded: [...ISO, ...PORTS, ...SSH],
    nested: { shared_image_destination: ['exlude_from_latest'] },
  },
  // packer.docker
  'builder/docker': { keys: ['login_email'], stranded: [...ISO, ...PORTS] },
  // packer.googlecompute
  'builder/googlecompute': {
    keys: [],
    functions: ['clean_image_name'],
    stranded: [...ISO, ...PORTS],
  },
  // transcend.qemu
  'builder/qemu': { keys: [] },
  // vagrant
  'builder/vagrant': { keys: [], stranded: PORTS },
  // mitchellh.virtualbox
  'builder/virtualbox-iso': { keys: ['guest_additions_attach'] },
  // + mitchellh.virtualbox
  'builder/virtualbox-ovf': { keys: ['guest_additions_attach'], stranded: ISO },
  // + mitchellh.virtualbox
  'builder/virtualbox-vm': { keys: ['guest_additions_attach'], stranded: ISO },
  // + jetbrains.vsphere
  'builder/vsphere-iso': { keys: VSPHERE, stranded: PORTS },
  // + jetbrains.vsphere; `network` and `disk_size` are current settings of vsphere-clone
  'builder/vsphere-clone': {
    keys: ['disk_eagerly_scrub', 'disk_thin_provisioned', 'networkCard', 'network_card'],
    stranded: [...ISO, ...PORTS, 'disk_eagerly_scrub', 'disk_thin_provisioned', 'networkCard', 'network_card'],
  },
  // + jetbrains.vsphere
  'builder/vsphere-supervisor': { keys: VSPHERE, stranded: [...ISO, ...PORTS, ...VSPHERE] },
  // + MSOpenTech.hyperv
  'builder/hyperv-iso': { keys: HYPERV, stranded: [...PORTS, 'clone_from_vmxc_path'] },
  // + MSOpenTech.hyperv
  'builder/hyperv-vmcx': { keys: HYPERV, stranded: PORTS },
  // + packer.parallels
  'builder/parallels-iso': { keys: PARALLELS, stranded: PORTS },
  // + packer.parallels
  'builder/parallels-pvm': { keys: PARALLELS, stranded: [...ISO, ...PORTS] },
  // + hashicorp.scaleway
  'builder/scaleway': { keys: ['access_key'], stranded: [...ISO, ...PORTS] },

  // ansible
  'provisioner/ansible': { keys: ['galaxycommand'] },
  // + only `packer fix` knows this one
  'provisioner/ansible-local': { keys: ['galaxycommand'] },

  // packer.post-processor.amazon-import matches `*amazon*`; it has none of the replacements
  'post-processor/amazon-import': {
    keys: AMAZON,
    stranded: ['enhanced_networking', 'shutdown_behaviour', 'ssh_private_ip', 'temporary_security_group_source_cidr'],
  },
  'post-processor/docker-import': { keys: ['login_email'] },
  'post-processor/docker-tag': { keys: ['tag'] },
  'post-processor/manifest': { keys: ['filename'] },
};

/** Old builder type names (`packer fix` renames the type itself, a separate fix). */
export const BUILDER_TYPE_ALIASES: Readonly<Record<string, string>> = {
  virtualbox: 'virtualbox-iso',
};
