import type { PackageManager } from '../facts/packageManagers';
import { ownValue } from '../ownValue';
import type { PackageCommand } from './types';

/** The package that brings each manager, where a script may install it before using it. */
const PROVIDED_BY: Readonly<Record<string, readonly PackageManager[]>> = {
  snapd: ['snap'],
  dnf: ['dnf'],
  microdnf: ['microdnf'],
  rpm: ['rpm'],
  dpkg: ['dpkg'],
  aptitude: ['aptitude'],
  'yum-utils': ['yum-config-manager'],
  'dnf-utils': ['yum-config-manager'],
  'software-properties-common': ['add-apt-repository'],
  zypper: ['zypper'],
  yum: ['yum'],
};

/**
 * Package managers that earlier invocations in the same script install (`apt-get install -y
 * rpm`, `yum install -y dnf`, `apt install snapd`): a later use of them is not a mismatch.
 */
export function managersInstalledBy(commands: PackageCommand[]): Set<PackageManager> {
  const out = new Set<PackageManager>();
  for (const c of commands) {
    if (c.subcommand !== 'install') continue;
    for (const p of c.packages) for (const m of ownValue(PROVIDED_BY, p) ?? []) out.add(m);
  }
  return out;
}
