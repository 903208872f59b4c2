/** A command-line package tool that provisioning scripts call. */
export type PackageManager =
  | 'apt'
  | 'apt-get'
  | 'aptitude'
  | 'apt-cache'
  | 'apt-key'
  | 'add-apt-repository'
  | 'dpkg'
  | 'yum'
  | 'yum-config-manager'
  | 'dnf'
  | 'microdnf'
  | 'tdnf'
  | 'rpm'
  | 'amazon-linux-extras'
  | 'apk'
  | 'zypper'
  | 'pacman'
  | 'snap';

/**
 * The package format a tool serves. Two formats in one `a || b` list mean the script falls back
 * from one distribution to another, so the format is what tells tools apart, not their names.
 */
export type Packaging = 'deb' | 'rpm' | 'apk' | 'zypper' | 'pacman' | 'snap';

/**
 * Tools that share a command-line syntax (options, verbs, -y): apt-get and aptitude read the
 * same options, dnf and microdnf those of yum. Tools with a syntax of their own and nothing to
 * share (apt-key, add-apt-repository) have none.
 */
export type Dialect = 'apt' | 'yum' | 'dpkg' | 'rpm' | 'extras' | 'apk' | 'zypper' | 'pacman' | 'snap';

interface ManagerFacts {
  packaging: Packaging;
  dialect?: Dialect;
}

// One table so that the grouping of tools is decided once, for the shell reader and the translator alike.
const FACTS: Record<PackageManager, ManagerFacts> = {
  apt: { packaging: 'deb', dialect: 'apt' },
  'apt-get': { packaging: 'deb', dialect: 'apt' },
  aptitude: { packaging: 'deb', dialect: 'apt' },
  'apt-cache': { packaging: 'deb', dialect: 'apt' },
  'apt-key': { packaging: 'deb' },
  'add-apt-repository': { packaging: 'deb' },
  dpkg: { packaging: 'deb', dialect: 'dpkg' },
  yum: { packaging: 'rpm', dialect: 'yum' },
  'yum-config-manager': { packaging: 'rpm', dialect: 'yum' },
  dnf: { packaging: 'rpm', dialect: 'yum' },
  microdnf: { packaging: 'rpm', dialect: 'yum' },
  tdnf: { packaging: 'rpm', dialect: 'yum' },
  rpm: { packaging: 'rpm', dialect: 'rpm' },
  'amazon-linux-extras': { packaging: 'rpm', dialect: 'extras' },
  apk: { packaging: 'apk', dialect: 'apk' },
  zypper: { packaging: 'zypper', dialect: 'zypper' },
  pacman: { packaging: 'pacman', dialect: 'pacman' },
  snap: { packaging: 'snap', dialect: 'snap' },
};

export const PACKAGE_MANAGERS: readonly PackageManager[] = Object.keys(FACTS) as PackageManager[];

const MANAGER_NAMES = new Set<string>(PACKAGE_MANAGERS);

/** Whether a command name is one of the tools this module knows (pip, npm, brew are not). */
export function isPackageManager(name: string): name is PackageManager {
  return MANAGER_NAMES.has(name);
}

export function packagingOf(manager: PackageManager): Packaging {
  return FACTS[manager].packaging;
}

export function dialectOf(manager: PackageManager): Dialect | undefined {
  return FACTS[manager].dialect;
}
