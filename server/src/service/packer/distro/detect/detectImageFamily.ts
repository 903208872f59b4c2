/**
 * Works out which operating-system family a builder starts from, using only what the builder's
 * configuration says (AMI name filters and owners, cloud image families, Docker images, Vagrant
 * boxes, ISO file names...). Pure functions over plain values: no I/O, no editor types.
 *
 * The guiding rule is to stay quiet when unsure: a guess is only returned when the evidence names
 * one family plainly, because a wrong guess turns into a wrong diagnostic. Values made of template
 * calls (`{{ user `x` }}`) or HCL expressions (`${var.x}`) only count through their literal parts.
 */
import type { ImageFamilyGuess } from '../facts/families';
import { readFileLocation } from '../names/fileLocation';
import { readDockerImage } from '../names/dockerImage';
import { detectAmazon } from './amazon';
import { detectAzure } from './azure';
import { quote, stringAt, type Config } from './config';
import { detectGoogle } from './google';
import { makeGuess } from './guess';
import { ISO_BUILDERS, detectFromIso } from './isoFiles';
import { detectOpenStack, detectOracleCloud } from './nestedFilters';
import { detectSimple } from './simple';

/** A container image reference: Docker's `image`, Tart's `vm_base_name` (an OCI image of a VM). */
function detectImageReference(config: Config, key: string): ImageFamilyGuess | undefined {
  const image = stringAt(config, key);
  if (image === undefined) return undefined;
  const r = readDockerImage(image);
  return r.kind === 'family' ? makeGuess(r.hit, `${key} ${quote(image)}`, [key]) : undefined;
}

/** Tart clones `vm_base_name` (`ghcr.io/cirruslabs/ubuntu:latest`) or installs from `from_iso`. */
function detectTart(config: Config): ImageFamilyGuess | undefined {
  return detectImageReference(config, 'vm_base_name') ?? detectSimple(config, ['from_iso'], readFileLocation);
}

/** Hyper-V clones a machine named by `clone_from_vm_name`, or exported to `clone_from_vmcx_path`. */
function detectHypervClone(config: Config): ImageFamilyGuess | undefined {
  return (
    detectSimple(config, ['clone_from_vm_name']) ?? detectSimple(config, ['clone_from_vmcx_path'], readFileLocation)
  );
}

/**
 * The operating-system family a builder starts from, or undefined when its configuration does not
 * say so plainly. `builderType` is the source/builder type ("amazon-ebs", "docker"...); `config`
 * its settings as plain values (nested blocks as objects, or as one-element arrays of objects).
 * Also accepts the `amazon-ami` data source's settings with builderType "amazon-ami".
 */
export function detectImageFamily(builderType: string, config: Record<string, unknown>): ImageFamilyGuess | undefined {
  const type = builderType.toLowerCase();
  // amazon-import uploads a disk image; it has no source AMI to read.
  if (type.startsWith('amazon-') && type !== 'amazon-import') return detectAmazon(type, config);
  if (type === 'googlecompute') return detectGoogle(config);
  if (type.startsWith('azure-')) return detectAzure(type, config);
  if (type === 'docker') return detectImageReference(config, 'image');
  if (ISO_BUILDERS.has(type)) return detectFromIso(type, config);
  switch (type) {
    case 'vagrant':
    case 'virtualbox-ovf':
    case 'virtualbox-vm':
    case 'vmware-vmx':
    case 'parallels-pvm':
    case 'utm-utm':
      return detectSimple(config, ['source_path'], readFileLocation);
    case 'lxd':
    case 'incus':
    case 'digitalocean':
    case 'hcloud':
    case 'linode':
    case 'scaleway':
      return detectSimple(config, ['image']);
    case 'vsphere-clone':
      return detectSimple(config, ['template']);
    case 'proxmox-clone':
      return detectSimple(config, ['clone_vm']);
    case 'hyperv-vmcx':
      return detectHypervClone(config);
    case 'tart-cli':
      return detectTart(config);
    case 'alicloud-ecs':
      return detectSimple(config, ['source_image']);
    case 'openstack':
      return detectOpenStack(config);
    case 'oracle-oci':
      return detectOracleCloud(config);
    default:
      return undefined;
  }
}
