import type { DistroFamily } from './families';

/** The name people use for a release, for messages. */
export function labelFor(family: DistroFamily, version: string | undefined, variant: string | undefined): string {
  const v = version !== undefined ? ` ${version}` : '';
  switch (family) {
    case 'debian':
      return `Debian${v}`;
    case 'ubuntu':
      return `Ubuntu${v}`;
    case 'amazon-linux-1':
      return 'Amazon Linux 1 (Amazon Linux AMI)';
    case 'amazon-linux-2':
      return 'Amazon Linux 2';
    case 'amazon-linux-2023':
      return 'Amazon Linux 2023';
    case 'rhel':
      return variant === 'ubi-minimal' ? `Red Hat UBI${v} minimal` : `Red Hat Enterprise Linux${v}`;
    case 'centos':
      return variant === 'stream' ? `CentOS Stream${v}` : `CentOS${v}`;
    case 'rocky':
      return `Rocky Linux${v}`;
    case 'alma':
      return `AlmaLinux${v}`;
    case 'oracle':
      return `Oracle Linux${v}`;
    case 'fedora':
      return `Fedora${v}`;
    case 'photon':
      return `Photon OS${v}`;
    case 'suse':
      if (variant === 'opensuse-leap') return `openSUSE Leap${v}`;
      if (variant === 'opensuse-tumbleweed') return 'openSUSE Tumbleweed';
      if (variant === 'opensuse') return `openSUSE${v}`;
      return `SUSE Linux Enterprise${v}`;
    case 'alpine':
      return `Alpine Linux${v}`;
    case 'arch':
      return 'Arch Linux';
    case 'windows':
      // Server releases are years; desktop ones (10, 11) are not.
      return version !== undefined && /^20\d\d/.test(version) ? `Windows Server ${version}` : `Windows${v}`;
    case 'freebsd':
      return `FreeBSD${v}`;
    case 'openbsd':
      return `OpenBSD${v}`;
  }
}

/** Plain-words name of a family with no release, e.g. for messages about a bare family. */
export function familyLabel(family: DistroFamily, version?: string): string {
  return labelFor(family, version, undefined);
}
