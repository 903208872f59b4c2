/**
 * Which settings name a file or folder on the machine that runs Packer, so that their values can
 * be links. Chosen by hand from the component facts: a key ending in `_file`, `_path` or `_dir`
 * is not enough, since many of those are paths inside the image (`remote_path`,
 * `staging_directory`, `guest_additions_path`), on a datastore (`iso_paths`), or places a build
 * writes to (`output_directory`, `inventory_directory`, `roles_path`). A wrong link is worse than
 * none, so those are left out.
 */
import { ownValue } from '../../packer/distro/ownValue';
import type { ComponentKind } from '../../schema/schemaTypes';

/** How a setting's value holds paths. */
export type PathShape =
  /** A path, or a list of paths (`script`/`scripts`, `floppy_files`). */
  | 'path'
  /** A path or a URL (`iso_url`): only a value that is not a remote URL can be a link. */
  | 'path-or-url'
  /** A map whose values are paths (googlecompute `metadata_files`). */
  | 'map-of-paths';

/** Credentials and certificates read from local files, by every component that has the key. */
const CREDENTIAL_FILES = [
  'account_file',
  'credentials_file',
  'shared_credentials_file',
  'client_cert_path',
  'kubeconfig_path',
];

/** Keys that mean a local path in every builder that has them. */
const BUILDER_PATHS: Record<string, PathShape> = {
  http_directory: 'path',
  floppy_files: 'path',
  floppy_dirs: 'path',
  cd_files: 'path',
  user_data_file: 'path',
  custom_data_file: 'path',
  startup_script_file: 'path',
  ssh_private_key_file: 'path',
  ssh_certificate_file: 'path',
  ssh_bastion_private_key_file: 'path',
  ssh_bastion_certificate_file: 'path',
  x509_cert_path: 'path',
  x509_key_path: 'path',
  efi_firmware_code: 'path',
  efi_firmware_vars: 'path',
  metadata_files: 'map-of-paths',
  iso_url: 'path-or-url',
  iso_urls: 'path-or-url',
  guest_additions_url: 'path-or-url',
  // vagrant: a box name, a URL or a local box; virtualbox-ovf: a local OVF/OVA or a URL.
  source_path: 'path-or-url',
};

/** Keys whose meaning depends on the component type. */
const TYPED_PATHS: Record<string, Record<string, PathShape>> = {
  'builder:file': { source: 'path' },
  // The vagrant builder's `template` is a Vagrantfile template (vsphere-clone's is a VM name).
  'builder:vagrant': { template: 'path' },
  'provisioner:shell': { script: 'path', scripts: 'path' },
  'provisioner:shell-local': { script: 'path', scripts: 'path' },
  'provisioner:powershell': { script: 'path', scripts: 'path' },
  'provisioner:windows-shell': { script: 'path', scripts: 'path' },
  // Only while uploading: see `isUpload`.
  'provisioner:file': { source: 'path', sources: 'path' },
  'provisioner:ansible': {
    playbook_file: 'path',
    galaxy_file: 'path',
    inventory_file: 'path',
    ssh_authorized_key_file: 'path',
    ssh_host_key_file: 'path',
  },
  'provisioner:ansible-local': {
    playbook_file: 'path',
    playbook_files: 'path',
    playbook_dir: 'path',
    playbook_paths: 'path',
    role_paths: 'path',
    collection_paths: 'path',
    group_vars: 'path',
    host_vars: 'path',
    galaxy_file: 'path',
    inventory_file: 'path',
  },
  'post-processor:shell-local': { script: 'path', scripts: 'path' },
  'post-processor:vagrant': { vagrantfile_template: 'path', include: 'path' },
};

/** How the setting `key` of a component holds local paths, or undefined when it holds none. */
export function pathShape(kind: ComponentKind, type: string | undefined, key: string): PathShape | undefined {
  if (type === undefined) return undefined;
  const forType = ownValue(TYPED_PATHS, `${kind}:${type}`);
  const typed = forType === undefined ? undefined : ownValue(forType, key);
  if (typed !== undefined) return typed;
  if (CREDENTIAL_FILES.includes(key)) return 'path';
  return kind === 'builder' ? ownValue(BUILDER_PATHS, key) : undefined;
}

/**
 * The file provisioner names a local source only when it uploads (the default); downloading, its
 * `source` is a path in the image. A `direction` that is computed is unknown: no link then.
 */
export function isUpload(direction: { type: string; value?: unknown } | undefined): boolean {
  if (direction === undefined) return true;
  return direction.type === 'string' && direction.value !== 'download';
}
