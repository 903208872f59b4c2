/** Packer situations for rule tests: a Packer version, installed plugins, setting version ranges. */
import type { InstalledPlugins } from '../../server/src/service/plugins/installedPlugins';
import {
  unknownSituation,
  type PackerSituation,
  type SettingVersionRanges,
} from '../../server/src/service/plugins/packerSituation';
import { parseVersion } from '../../server/src/service/plugins/versions';

export interface SituationSpec {
  packer?: string;
  /** `github.com/hashicorp/amazon@1.2.0` entries; undefined: the plugin folder is not known. */
  installed?: string[];
  /** `builder/proxmox-iso/boot_iso` to its range. */
  ranges?: Record<string, { since?: string; until?: string; absentIn?: string[] }>;
}

export function situation(spec: SituationSpec): PackerSituation {
  const settingRanges: SettingVersionRanges =
    spec.ranges === undefined
      ? unknownSituation.settingRanges
      : (kind, type, path) => spec.ranges?.[`${kind}/${type}/${path.join('/')}`] ?? {};
  return {
    packerVersion: spec.packer === undefined ? undefined : parseVersion(spec.packer),
    installed: spec.installed === undefined ? undefined : installed(spec.installed),
    settingRanges,
  };
}

function installed(entries: string[]): InstalledPlugins {
  const installations = entries.map((entry) => {
    const [source = '', versionText = ''] = entry.split('@');
    const version = parseVersion(versionText);
    if (version === undefined) throw new Error(`bad version in ${entry}`);
    const name = source.split('/').at(-1) ?? '';
    return { name, version, api: 'x5.0', path: `/plugins/${source}/${name}`, relativeFolder: source };
  });
  return { folder: '/plugins', installations };
}
