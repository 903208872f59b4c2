/**
 * The `required_plugins` of a converted template: every plugin its builders, provisioners and
 * post-processors come from, as `packer hcl2_upgrade` writes it (command/hcl2_upgrade.go,
 * `generateRequiredPluginsBlock`: sorted by source, each with its source and a `~> MAJOR`
 * constraint). The name is the plugin's own, so that the component types stay as they are.
 */
import type { LegacyTemplate } from '../model/legacyTemplate';
import { isInstallable } from '../plugins/componentPlugins';
import { CONSTRUCTS_SINCE, isAtLeast } from '../plugins/packerReleases';
import type { Version } from '../plugins/versions';
import { majorConstraint } from '../plugins/requiredPluginsEdit';
import { newestRelease } from '../plugins/versionChoice';
import { pluginOf, type PluginFacts } from '../schema/pluginFacts';
import { attribute, block, expression, quoted, type HclItem } from './hclWriter';

export function requiredPluginsBlock(template: LegacyTemplate): HclItem | undefined {
  const plugins = new Map<string, PluginFacts>();
  for (const component of [...template.builders, ...template.provisioners, ...template.postProcessors]) {
    const plugin = component.type === undefined ? undefined : pluginOf(component.kind, component.type);
    if (plugin !== undefined && isInstallable(plugin)) plugins.set(plugin.source, plugin);
  }
  if (plugins.size === 0) return undefined;
  const entries = [...plugins.values()]
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
    .map((plugin) => {
      // hcl2_upgrade writes "~> 1" for every plugin; the newest release's major is what `packer init` gets today.
      const major = newestRelease(plugin, [])?.segments[0] ?? 1;
      return attribute(plugin.name, {
        kind: 'object',
        entries: [
          { key: 'source', value: expression(quoted(plugin.source)) },
          { key: 'version', value: expression(quoted(majorConstraint(major))) },
        ],
      });
    });
  return block('required_plugins', [], entries);
}

/**
 * The converted `packer` block: `required_version` (from `min_packer_version`) and `required_plugins`,
 * unless the Packer in use is known to predate `required_plugins` (it would refuse the block).
 */
export function withRequiredPlugins(
  packer: HclItem | undefined,
  template: LegacyTemplate,
  packerVersion: Version | undefined,
  warnings: string[],
): HclItem | undefined {
  const plugins = requiredPluginsBlock(template);
  if (plugins === undefined) return packer;
  if (packerVersion !== undefined && !isAtLeast(packerVersion, CONSTRUCTS_SINCE.requiredPlugins)) {
    warnings.push(
      `required_plugins was not written: Packer ${packerVersion.text} does not read it (it arrived in ${CONSTRUCTS_SINCE.requiredPlugins}), and bundles the plugins this template uses.`,
    );
    return packer;
  }
  if (packer?.kind === 'block') return { ...packer, body: [...packer.body, plugins] };
  return block('packer', [], [plugins]);
}
