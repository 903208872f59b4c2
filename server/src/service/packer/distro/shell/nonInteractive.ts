import type { PackageManager } from '../facts/packageManagers';

/** A flag that stops `manager` from asking for confirmation. */
function isYes(manager: PackageManager, flag: string): boolean {
  switch (manager) {
    case 'apt':
    case 'apt-get':
    case 'aptitude':
      // -qq implies -y for apt-get.
      return /^(?:-y|--yes|--assume-yes|--force-yes|-qq|-q=?2|--quiet=2)$/.test(flag) || /^-[a-z]*y[a-z]*$/.test(flag);
    case 'yum':
    case 'dnf':
    case 'microdnf':
    case 'tdnf':
      return flag === '-y' || flag === '--assumeyes' || /^-[a-z]*y[a-z]*$/.test(flag);
    case 'zypper':
      return flag === '-n' || flag === '--non-interactive' || flag === '-y' || flag === '--no-confirm';
    case 'pacman':
      return flag === '--noconfirm';
    case 'amazon-linux-extras':
    case 'add-apt-repository':
    case 'yum-config-manager':
      return flag === '-y' || flag === '--yes' || flag === '--assumeyes';
    default:
      return false;
  }
}

/** Whether the invocation runs without stopping to ask; apk never asks unless told to. */
export function isNonInteractive(manager: PackageManager, flags: readonly string[]): boolean {
  if (manager === 'apk') return !flags.some((f) => f === '-i' || f === '--interactive');
  return flags.some((f) => isYes(manager, f));
}
