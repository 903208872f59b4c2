/**
 * Which package tools each family's images have. "Uncertain" tools depend on the release or on
 * what the image adds; rules must never report them, so a tool goes there whenever in doubt.
 */
import { majorVersion, type DistroFamily, type ImageFamilyGuess, type ManagerAvailability } from './families';
import { isPackageManager, type PackageManager } from './packageManagers';

export interface Tools {
  available: PackageManager[];
  uncertain: PackageManager[];
}

const DEB_TOOLS: readonly PackageManager[] = ['apt', 'apt-get', 'apt-cache', 'dpkg'];
/** Fedora, Amazon Linux 2023 and Enterprise Linux 8+: yum is an alias of dnf there. */
const DNF_TOOLS: readonly PackageManager[] = ['dnf', 'yum', 'rpm'];
const DNF_UNCERTAIN: readonly PackageManager[] = ['microdnf', 'yum-config-manager', 'snap'];

// Fresh arrays on every call: they end up in guesses that callers own.
function tools(available: readonly PackageManager[], uncertain: readonly PackageManager[]): Tools {
  return { available: [...available], uncertain: [...uncertain] };
}

/** The tools of a family, given what is known of its release. */
export function toolsFor(family: DistroFamily, version: string | undefined, variant: string | undefined): Tools {
  const major = majorVersion(version);
  switch (family) {
    case 'ubuntu':
      return tools([...DEB_TOOLS, 'apt-key', 'add-apt-repository', 'snap'], ['aptitude', 'rpm']);
    case 'debian':
      // apt-key is gone from Debian 13 on.
      return major !== undefined && major < 13
        ? tools([...DEB_TOOLS, 'apt-key'], ['aptitude', 'add-apt-repository', 'snap', 'rpm'])
        : tools(DEB_TOOLS, ['apt-key', 'aptitude', 'add-apt-repository', 'snap', 'rpm']);
    case 'amazon-linux-1':
      return tools(['yum', 'rpm'], ['yum-config-manager', 'snap']);
    case 'amazon-linux-2':
      return tools(['yum', 'rpm', 'amazon-linux-extras'], ['yum-config-manager', 'snap']);
    case 'amazon-linux-2023':
    case 'fedora':
      return tools(DNF_TOOLS, DNF_UNCERTAIN);
    case 'rhel':
    case 'centos':
    case 'oracle':
    case 'rocky':
    case 'alma': {
      if (variant === 'ubi-minimal') return tools(['microdnf', 'rpm'], []);
      const modern =
        family === 'rocky' || family === 'alma' || variant === 'stream' || (major !== undefined && major >= 8);
      if (modern) return tools(DNF_TOOLS, DNF_UNCERTAIN);
      if (major !== undefined) return tools(['yum', 'rpm'], ['yum-config-manager', 'microdnf', 'snap']);
      // No release known: dnf may or may not be there (CentOS 7 has none, 8 does).
      return tools(['yum', 'rpm'], ['dnf', 'microdnf', 'yum-config-manager', 'snap']);
    }
    case 'photon':
      return tools(['tdnf', 'rpm'], ['yum', 'dnf']);
    case 'suse':
      return tools(['zypper', 'rpm'], ['dnf', 'snap']);
    case 'alpine':
      return tools(['apk'], []);
    case 'arch':
      return tools(['pacman'], ['snap']);
    case 'windows':
    case 'freebsd':
    case 'openbsd':
      return tools([], []);
  }
}

function toolsOf(target: ImageFamilyGuess | DistroFamily): Tools {
  if (typeof target === 'string') return toolsFor(target, undefined, undefined);
  return { available: target.packageManagers, uncertain: target.uncertainManagers };
}

/**
 * Whether `manager` is on the image: 'missing' only when sure. A manager this module does not
 * know (pip, npm, brew...) is 'unknown'. Pass the guess (not just its family) when you have it:
 * it knows the release (CentOS 7 has no dnf; CentOS 8 does).
 */
export function managerAvailability(manager: string, target: ImageFamilyGuess | DistroFamily): ManagerAvailability {
  if (!isPackageManager(manager)) return 'unknown';
  const { available, uncertain } = toolsOf(target);
  if (available.includes(manager)) return 'available';
  if (uncertain.includes(manager)) return 'unknown';
  return 'missing';
}

/**
 * False only when `manager` is certainly absent from the image (report then); true when it is
 * there or when it cannot be told. yum counts as present on Amazon Linux 2023 and RHEL 8+ (an
 * alias of dnf); rpm on every rpm-based family; dnf is absent on Amazon Linux 2 and CentOS 7.
 */
export function isManagerAvailable(manager: string, target: ImageFamilyGuess | DistroFamily): boolean {
  return managerAvailability(manager, target) !== 'missing';
}

/** The package tools an image certainly has (empty for Windows and the BSDs). */
export function applicableManagers(target: ImageFamilyGuess | DistroFamily): PackageManager[] {
  return [...toolsOf(target).available];
}
