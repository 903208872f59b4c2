/**
 * What plugin resolution says of an HCL2 folder's plugins, for `packer/configurations`: which
 * `required_plugins` entries an installed binary satisfies and which are missing (as the
 * `missing-plugin` rule decides), and whether each source's plugin is there (as Packer would load it:
 * the declared entry's versions, or discovery of an undeclared plugin's binary). Said only when the
 * plugin folder could be read, and not for a Packer before 1.7, which reads no `required_plugins` and
 * installs nothing (another rule says so); otherwise the fields stay absent and a client shows "unknown".
 */
import type { HclConfiguration } from '../../model/hcl/configuration';
import { classifyComponent, requirementVersions } from '../../plugins/componentPlugins';
import { discoveredPlugins, type InstalledPlugins } from '../../plugins/installedPlugins';
import type { PackerSituation } from '../../plugins/packerSituation';
import { CONSTRUCTS_SINCE, isAtLeast, UNBUNDLED_SINCE } from '../../plugins/packerReleases';
import { packerRequirements } from '../../plugins/requirements';

export interface FolderPluginStatus {
  installed: string[];
  missing: string[];
}

export function folderPluginStatus(
  configuration: HclConfiguration,
  packer: PackerSituation,
): FolderPluginStatus | undefined {
  const installed = knownInstalled(packer);
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
  const installed = knownInstalled(packer);
  if (installed === undefined) return undefined;
  const found = classifyComponent({ kind: 'builder', type }, packerRequirements(configuration), packer);
  if (found.status === 'declared') return found.versions.satisfying.length > 0;
  if (found.status !== 'undeclared') return undefined;
  if (discoveredPlugins(installed).has(found.plugin.name)) return true;
  // Packer before 1.10 brings the plugin bundled: not missing, and no installed copy either.
  return packer.packerVersion !== undefined && !isAtLeast(packer.packerVersion, UNBUNDLED_SINCE) ? undefined : false;
}

/** The plugin folder, when it was read and the Packer in use (if known) reads `required_plugins`. */
function knownInstalled(packer: PackerSituation): InstalledPlugins | undefined {
  if (packer.packerVersion !== undefined && !isAtLeast(packer.packerVersion, CONSTRUCTS_SINCE.requiredPlugins))
    return undefined;
  return packer.installed;
}
