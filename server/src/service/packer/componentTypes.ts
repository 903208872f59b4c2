/**
 * Every component type a template may name, per kind: the ones we have schemas for, plus the ones
 * that Packer 1.6.6 bundles or that well-known plugins provide (from ../shared/packer facts:
 * `observed_packer_1_6_6`). A type in this list without a schema is real: its settings are simply
 * not checked. A type in no list is probably a typo, or a plugin we do not know.
 */
import { listComponentTypes } from '../schema/schemaStore';
import type { ComponentKind } from '../schema/schemaTypes';

const withoutSchema: Record<ComponentKind, string[]> = {
  builder: [
    'alicloud-ecs',
    'cloudstack',
    'digitalocean',
    'hcloud',
    'hyperv-iso',
    'hyperv-vmcx',
    'jdcloud',
    'lxc',
    'lxd',
    'ncloud',
    'oneandone',
    'openstack',
    'oracle-classic',
    'oracle-oci',
    'parallels-iso',
    // From the parallels plugin (Apple silicon images), as chef/bento's required_plugins use it.
    'parallels-ipsw',
    'parallels-pvm',
    'profitbricks',
    'proxmox',
    'proxmox-clone',
    'proxmox-iso',
    'scaleway',
    'tencentcloud-cvm',
    'triton',
    'vmware-iso',
    'vmware-vmx',
    'linode',
    'ucloud-uhost',
    'yandex',
    'hyperone',
    'azure-chroot',
  ],
  provisioner: [
    'chef-client',
    'chef-solo',
    'converge',
    'inspec',
    'puppet-masterless',
    'puppet-server',
    'salt-masterless',
  ],
  'post-processor': [
    'alicloud-import',
    'digitalocean-import',
    'exoscale-import',
    'ucloud-import',
    'yandex-export',
    'yandex-import',
  ],
  'data-source': [],
};

const cache = new Map<ComponentKind, Set<string>>();

export function knownComponentTypes(kind: ComponentKind): Set<string> {
  let known = cache.get(kind);
  if (known === undefined) {
    known = new Set([...listComponentTypes(kind), ...withoutSchema[kind]]);
    cache.set(kind, known);
  }
  return known;
}
