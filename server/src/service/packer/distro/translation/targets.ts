/** Where a rewrite comes from and goes to: the package naming a family uses and the tool to write. */
import { majorVersion, type DistroFamily, type ImageFamilyGuess } from '../facts/families';
import { dialectOf, type Dialect, type PackageManager } from '../facts/packageManagers';

/** Families that name packages alike. */
export type Side = 'deb' | 'rpm' | 'suse' | 'alpine' | 'arch';
export type Tool = 'apt-get' | 'yum' | 'dnf' | 'tdnf' | 'zypper' | 'apk' | 'pacman';
type Amazon = 'al1' | 'al2' | 'al2023';

export interface Target {
  tool: Tool;
  side: Side;
  amazon?: Amazon;
}

/** The tool a knowledgeable person uses on each family. */
export function targetOf(t: ImageFamilyGuess | DistroFamily): Target | undefined {
  const family = typeof t === 'string' ? t : t.family;
  const version = typeof t === 'string' ? undefined : t.version;
  const variant = typeof t === 'string' ? undefined : t.variant;
  const major = majorVersion(version);
  switch (family) {
    case 'debian':
    case 'ubuntu':
      return { tool: 'apt-get', side: 'deb' };
    case 'amazon-linux-1':
      return { tool: 'yum', side: 'rpm', amazon: 'al1' };
    case 'amazon-linux-2':
      return { tool: 'yum', side: 'rpm', amazon: 'al2' };
    case 'amazon-linux-2023':
      return { tool: 'dnf', side: 'rpm', amazon: 'al2023' };
    case 'rhel':
    case 'centos':
    case 'oracle':
      // UBI minimal has only microdnf, which no writer here speaks.
      if (variant === 'ubi-minimal') return undefined;
      // yum works on every release (an alias of dnf from 8 on); dnf only from 8.
      return { tool: variant === 'stream' || (major !== undefined && major >= 8) ? 'dnf' : 'yum', side: 'rpm' };
    case 'rocky':
    case 'alma':
    case 'fedora':
      return { tool: 'dnf', side: 'rpm' };
    case 'photon':
      return { tool: 'tdnf', side: 'rpm' };
    case 'suse':
      return { tool: 'zypper', side: 'suse' };
    case 'alpine':
      return { tool: 'apk', side: 'alpine' };
    case 'arch':
      return { tool: 'pacman', side: 'arch' };
    default:
      return undefined;
  }
}

/** Amazon Linux 2 Extras topics are named apart from packages, so they are a naming side of their own when read. */
export type SourceSide = Side | 'extras';

const SIDE_OF_DIALECT: Partial<Record<Dialect, SourceSide>> = {
  apt: 'deb',
  yum: 'rpm',
  zypper: 'suse',
  apk: 'alpine',
  pacman: 'arch',
  extras: 'extras',
};

/**
 * The package naming a source command uses; undefined for tools whose commands are never
 * rewritten (dpkg, rpm, snap, apt-key work on files, keys or stores with no equivalent).
 */
export function sourceSide(manager: PackageManager): SourceSide | undefined {
  const dialect = dialectOf(manager);
  return dialect && SIDE_OF_DIALECT[dialect];
}
