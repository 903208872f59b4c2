import { literalText } from './literalText';
import { NONE, familyReading, type NameReading } from './nameReading';
import { readImageName } from './readImageName';

/**
 * Reads a hypervisor's guest OS type: VMware `ubuntu-64`, `centos8-64`, vSphere `rhel9_64Guest`,
 * Parallels `ubuntu`, VirtualBox `RedHat_64`. The type is a hardware profile that users often leave
 * at an older release (a `centos7-64` machine installing Rocky 9) or pick from a neighbour (Rocky
 * under `centos-64`), so only the family is kept, never the release; `other*` types say nothing.
 */
export function readGuestOsType(value: string): NameReading {
  if (literalText(value) !== value) return NONE;
  const name = value
    .trim()
    .replace(/Guest$/, '')
    .replace(/[-_]?64$/, '');
  if (/^other/i.test(name)) return NONE;
  const reading = readImageName(name);
  if (reading.kind !== 'family') return reading;
  const { family, variant } = reading.hit;
  return familyReading(variant === undefined ? { family } : { family, variant });
}
