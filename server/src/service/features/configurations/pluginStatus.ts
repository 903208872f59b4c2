/**
 * What plugin resolution says of an HCL2 folder's plugins, for `packer/configurations`: which
 * `required_plugins` entries an installed binary satisfies and which are missing (as the
 * `missing-plugin` rule decides), and whether each source's plugin is there (as Packer would load it:
 * the declared entry's versions, or discovery of an undeclared plugin's binary). Said only when the
 * plugin folder could be read; otherwise the fields stay absent and a client shows "unknown".
 */
import type { HclConfiguration } from '../../model/hcl/configuration';
import { classifyComponent, requirementVersions } from '../../plugins/componentPlugins';
import { discoveredPlugins } from '../../plugins/installedPlugins';
import type { PackerSituation } from '../../plugins/packerSituation';
import { packerRequirements } from '../../plugins/requirements';

export interface FolderPluginStatus {
  installed: string[];
  missing: string[];
}

export function folderPluginStatus(
  configuration: HclConfiguration,
  packer: PackerSituation,
): FolderPluginStatus | undefined {
  const installed = packer.installed;
  if (installed === undefined) return undefined;
  const status: FolderPluginStatus = { installed: [], missing: [] };
  for (const requirement of packerRequirements(configuration).plugins) {
    const resolved = requirementVersions(requirement, installed);
    // An entry packer init cannot install (no source, unreadable version) is neither: other rules say why.
    if (resolved === undefined) continue;
    (resolved.versions.satisfying.length > 0 ? status.installed : status.missing).push(requirement.name);
  }
  return status;
}

/** Whether the plugin that brings a source type is installed; undefined when unknown or not a plugin's. */
export function sourcePluginInstalled(
  type: string,
  configuration: HclConfiguration,
  packer: PackerSituation,
): boolean | undefined {
  const installed = packer.installed;
  if (installed === undefined) return undefined;
  const found = classifyComponent({ kind: 'builder', type }, packerRequirements(configuration), packer);
  if (found.status === 'declared') return found.versions.satisfying.length > 0;
  if (found.status === 'undeclared') return discoveredPlugins(installed).has(found.plugin.name);
  return undefined;
}
