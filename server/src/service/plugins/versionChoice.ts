/**
 * The version of a plugin Packer would use. Packer's hcl2template `DetectPluginBinaries`: of the
 * installations that serve the source and satisfy the constraint, the highest (the list is sorted by
 * version; pre-releases sort below their release). The constraint is checked on the version without
 * its pre-release (`ListInstallations` checks `ver.Core()`), so `v1.2.0-dev` satisfies `>= 1.2.0`.
 * When nothing installed satisfies it, `packer init` would install the newest release that does.
 */
import type { PluginFacts } from '../schema/pluginFacts';
import { installationsOf, type InstalledPlugins, type Installation } from './installedPlugins';
import { compareVersions, coreOf, parseVersion, satisfies, type Constraint, type Version } from './versions';

export interface VersionInUse {
  readonly version: Version;
  /** `installed`: the binary Packer loads; `release`: what `packer init` would install. */
  readonly origin: 'installed' | 'release';
  readonly installation?: Installation;
}

export interface PluginVersions {
  /** Every installation of the source, lowest first. */
  readonly installed: readonly Installation[];
  /** Those the constraint admits. */
  readonly satisfying: readonly Installation[];
  readonly inUse: VersionInUse | undefined;
}

export function choosePluginVersion(
  source: string,
  constraints: readonly Constraint[],
  installed: InstalledPlugins | undefined,
  facts: PluginFacts | undefined,
): PluginVersions {
  const all = installed === undefined ? [] : installationsOf(installed, source);
  const satisfying = all.filter((i) => satisfies(coreOf(i.version), constraints));
  const chosen = satisfying.at(-1);
  if (chosen !== undefined)
    return {
      installed: all,
      satisfying,
      inUse: { version: chosen.version, origin: 'installed', installation: chosen },
    };
  const release = newestRelease(facts, constraints);
  return {
    installed: all,
    satisfying,
    inUse: release === undefined ? undefined : { version: release, origin: 'release' },
  };
}

/** The newest release of the plugin the constraint admits (remote installs skip pre-releases). */
export function newestRelease(facts: PluginFacts | undefined, constraints: readonly Constraint[]): Version | undefined {
  const releases = facts === undefined ? [] : releasesOf(facts);
  for (let i = releases.length - 1; i >= 0; i--) {
    const release = releases[i];
    if (release !== undefined && satisfies(release, constraints)) return release;
  }
  return undefined;
}

/**
 * A plugin's releases, parsed and sorted once per facts object: every component of every block
 * asks, and parsing the same tags again for each was a sixth of a large configuration's analysis.
 */
const parsedReleases = new WeakMap<PluginFacts, readonly Version[]>();

function releasesOf(facts: PluginFacts): readonly Version[] {
  let releases = parsedReleases.get(facts);
  if (releases === undefined) {
    releases = facts.releases
      .map((r) => parseVersion(r))
      .filter((v): v is Version => v !== undefined && v.prerelease === '')
      .sort(compareVersions);
    parsedReleases.set(facts, releases);
  }
  return releases;
}

/** "1.1.8 (installed)" or "1.2.0 (newest release)", for messages. */
export function describeInUse(inUse: VersionInUse): string {
  return `${inUse.version.text} (${inUse.origin === 'installed' ? 'installed' : 'the newest release allowed'})`;
}
