import type { PackageManager } from './packageManagers';

export type DistroFamily =
  | 'debian'
  | 'ubuntu'
  | 'amazon-linux-1'
  | 'amazon-linux-2'
  | 'amazon-linux-2023'
  | 'rhel'
  | 'centos'
  | 'rocky'
  | 'alma'
  | 'oracle'
  | 'fedora'
  | 'photon'
  | 'suse'
  | 'alpine'
  | 'arch'
  | 'windows'
  | 'freebsd'
  | 'openbsd';

export interface ImageFamilyGuess {
  family: DistroFamily;
  /** Major release where known: "22.04", "12", "7", "2023", "3.19"... */
  version?: string;
  /** Plain words for messages: "Amazon Linux 2", "Ubuntu 22.04", "CentOS 7". */
  label: string;
  /** What the guess was read from, for messages: `source_ami_filter name "amzn2-ami-hvm*" and owner "amazon"`. */
  evidence: string;
  /** Path of the deciding value inside the builder's configuration; array elements as "0", "1"... */
  evidencePath: string[];
  /** Package tools this image certainly has. */
  packageManagers: PackageManager[];
  /** Package tools it may or may not have (depends on the release or on what the image adds): never report these. */
  uncertainManagers: PackageManager[];
  /** Set for a variant that changes the tools, e.g. "ubi-minimal" (microdnf only), "stream" (CentOS Stream). */
  variant?: string;
}

export type ManagerAvailability = 'available' | 'missing' | 'unknown';

/** The leading number of a release ("22.04" -> 22, "15 SP5" -> 15). */
export function majorVersion(version: string | undefined): number | undefined {
  if (version === undefined) return undefined;
  const m = /^(\d+)/.exec(version);
  return m ? Number(m[1]) : undefined;
}
