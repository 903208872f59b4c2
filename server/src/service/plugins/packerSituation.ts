/**
 * What the plugin rules know of the machine: the Packer in use and the installed plugins. Both may
 * be unknown (a command line without a plugin folder, an editor that passed no Packer version): a
 * rule then says only what holds on any Packer, never a failure it cannot be sure of.
 */
import type { ComponentKind } from '../schema/schemaTypes';
import { settingVersionRange, type VersionRange } from '../schema/pluginFacts';
import type { InstalledPlugins } from './installedPlugins';
import { parseVersion, type Version } from './versions';

/** The releases of a plugin a setting exists in; injectable so that rules can be tested on any data. */
export type SettingVersionRanges = (
  kind: ComponentKind,
  type: string,
  path: readonly string[],
) => VersionRange | undefined;

export interface PackerSituation {
  /** The Packer in use; undefined when unknown. */
  readonly packerVersion: Version | undefined;
  /** The plugin folder as Packer reads it; undefined when the host cannot read it. */
  readonly installed: InstalledPlugins | undefined;
  readonly settingRanges: SettingVersionRanges;
}

/** What a host supplies: each is asked at every validation, so it should cache. */
export interface PackerEnvironment {
  /** The Packer the editor found (`packer version`), when it ran it. */
  readonly detectedPackerVersion?: () => string | undefined;
  readonly installedPlugins?: () => InstalledPlugins | undefined;
  readonly settingRanges?: SettingVersionRanges;
}

export const unknownSituation: PackerSituation = {
  packerVersion: undefined,
  installed: undefined,
  settingRanges: (kind, type, path) => settingVersionRange(kind, type, path),
};

/** The setting (a version chosen to simulate) wins over the version the editor detected. */
export function situationOf(environment: PackerEnvironment, configuredVersion: string | undefined): PackerSituation {
  const text = configuredVersion || environment.detectedPackerVersion?.();
  return {
    packerVersion: text === undefined ? undefined : parseVersion(text),
    installed: environment.installedPlugins?.(),
    settingRanges: environment.settingRanges ?? unknownSituation.settingRanges,
  };
}
