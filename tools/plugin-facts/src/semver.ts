/** Stable release tags (`vX.Y.Z`, no pre-release or build suffix) and their order. */

export type Version = readonly [number, number, number];

/** The version of a stable release tag, or undefined for a pre-release or any other tag. */
export function parseReleaseTag(tag: string): Version | undefined {
  const match = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The stable release tags among `tags`, ascending. */
export function releaseTags(tags: readonly string[]): string[] {
  return tags
    .map((tag) => ({ tag, version: parseReleaseTag(tag) }))
    .filter((t): t is { tag: string; version: Version } => t.version !== undefined)
    .sort((a, b) => compareVersions(a.version, b.version))
    .map((t) => t.tag);
}
