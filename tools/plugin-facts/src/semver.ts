/**
 * Stable release tags and their order: `vX.Y.Z`, or `X.Y.Z` as a few plugins tag their releases
 * (Kamatera 0.6.x); no pre-release or build suffix.
 */

export type Version = readonly [number, number, number];

/** The version of a stable release tag, or undefined for a pre-release or any other tag. */
export function parseReleaseTag(tag: string): Version | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(tag);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The stable release tags among `tags`, ascending; of `v1.2.3` and `1.2.3`, the first. */
export function releaseTags(tags: readonly string[]): string[] {
  const byVersion = new Map<string, { tag: string; version: Version }>();
  for (const tag of tags) {
    const version = parseReleaseTag(tag);
    if (!version) continue;
    const key = version.join('.');
    if (!byVersion.has(key) || tag.startsWith('v')) byVersion.set(key, { tag, version });
  }
  return [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version)).map((t) => t.tag);
}
