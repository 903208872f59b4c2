import type { ImageFamilyGuess } from '../facts/families';
import { literalText } from '../names/literalText';
import { readFileLocation } from '../names/fileLocation';
import { block, namedValues, quote, type Config } from './config';
import { guessFrom, makeGuess, readAll } from './guess';

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
 * Windows installers often come from names that say nothing (a bare "install.iso"), but the
 * guest OS type then still says Windows. Linux guest types ("Ubuntu_64", "otherlinux") say too
 * little about the release to be worth reading.
 */
function detectGuestOsWindows(config: Config): ImageFamilyGuess | undefined {
  for (const key of ['guest_os_type', 'guest_os']) {
    const v = config[key];
    if (typeof v === 'string' && literalText(v) === v && /^win|windows/i.test(v)) {
      return makeGuess({ family: 'windows' }, `${key} ${quote(v)}`, [key]);
    }
  }
  return undefined;
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
  return detectGuestOsWindows(config);
}
