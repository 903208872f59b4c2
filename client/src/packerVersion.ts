/** Packer's version as `packer version` prints it, and comparisons against the versions features need. */

export interface PackerVersion {
  major: number;
  minor: number;
  patch: number;
  /** `dev`, `beta1`...: printed after a dash. */
  prerelease?: string;
  /** As printed, e.g. `1.6.6`. */
  text: string;
}

/** Reads `Packer v1.6.6` (first line of `packer version`; newer releases add an upgrade notice after it). */
export function parsePackerVersion(output: string): PackerVersion | undefined {
  const match = /Packer v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.]+))?/.exec(output);
  if (!match) return undefined;
  const [, major = '0', minor = '0', patch = '0', prerelease] = match;
  const version: PackerVersion = {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    text: `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}`,
  };
  if (prerelease) version.prerelease = prerelease;
  return version;
}

/** Whether `version` is at least `minimum` (`"1.7.0"`). A prerelease counts as its release. */
export function isAtLeast(version: PackerVersion, minimum: string): boolean {
  const parts = minimum.split('.').map(Number);
  const wanted = [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
  const have = [version.major, version.minor, version.patch];
  for (let i = 0; i < 3; i++) {
    const h = have[i] ?? 0;
    const w = wanted[i] ?? 0;
    if (h !== w) return h > w;
  }
  return true;
}
