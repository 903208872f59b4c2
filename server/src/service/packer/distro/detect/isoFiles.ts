import type { ImageFamilyGuess } from '../facts/families';
import { readFileLocation } from '../names/fileLocation';
import { readGuestOsType } from '../names/guestOsType';
import { block, namedValues, type Config } from './config';
import { guessFrom, readAll } from './guess';

const ISO_KEYS = ['iso_url', 'iso_urls', 'iso_paths', 'iso_file'] as const;

export const ISO_BUILDERS = new Set([
  'qemu',
  'virtualbox-iso',
  'vmware-iso',
  'vsphere-iso',
  'parallels-iso',
  'hyperv-iso',
  'proxmox-iso',
  'proxmox',
  'utm-iso',
  'cloudstack',
]);

/**
 * The guest OS type when the ISO's name says nothing (a bare "install.iso", a variable): VMware
 * `ubuntu-64`, Parallels `debian`, VirtualBox `RedHat_64`. Only its family counts (see readGuestOsType).
 */
function detectGuestOs(config: Config): ImageFamilyGuess | undefined {
  return guessFrom(readAll(namedValues(config, ['guest_os_type', 'guest_os']), readGuestOsType)) ?? undefined;
}

/** Builders that install from an ISO: the ISO's names first, then the guest OS type. */
export function detectFromIso(type: string, config: Config): ImageFamilyGuess | undefined {
  const values = namedValues(config, ISO_KEYS, [], true);
  const bootIso = block(config['boot_iso']); // proxmox-iso
  if (bootIso) values.push(...namedValues(bootIso, ISO_KEYS, ['boot_iso'], true));
  const byIso = guessFrom(readAll(values, readFileLocation));
  if (byIso !== undefined) return byIso ?? undefined;
  // qemu booting a disk image: iso_url is that image, and the guest type may be stale.
  if (type === 'qemu' && config['disk_image'] === true) return undefined;
  return detectGuestOs(config);
}
