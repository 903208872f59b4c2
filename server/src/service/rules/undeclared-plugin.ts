import { discoveredPlugins } from '../plugins/installedPlugins';
import { classifyComponent } from '../plugins/componentPlugins';
import { isAtLeast, CONSTRUCTS_SINCE, UNBUNDLED_SINCE } from '../plugins/packerReleases';
import { packerRequirements, requiredPackerFloor } from '../plugins/requirements';
import { declarePluginEdit, majorConstraint } from '../plugins/requiredPluginsEdit';
import { newestRelease } from '../plugins/versionChoice';
import type { Finding } from '../types';
import type { Rule } from './rule';

/**
 * An HCL2 component whose plugin `required_plugins` does not declare. How loud depends on what
 * Packer would do: 1.10 and later bundle no plugin, so without an installed copy the build stops
 * ("Unknown source type"); with one, Packer still loads its highest version (discovery), but `packer
 * init` on another machine installs nothing for it. Before 1.10 the plugin is bundled.
 */
export const undeclaredPlugin: Rule = {
  meta: {
    id: 'undeclared-plugin',
    description:
      'A component whose plugin is not declared in required_plugins, so that packer init does not install it.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ document, packer, report }) {
    const hcl = document.hcl;
    if (hcl === undefined) return;
    const requirements = packerRequirements(hcl.configuration);
    const packerVersion = packer.packerVersion ?? requiredPackerFloor(requirements);
    // Packer before 1.7 has no required_plugins to add to.
    if (packerVersion !== undefined && !isAtLeast(packerVersion, CONSTRUCTS_SINCE.requiredPlugins)) return;
    const unbundled = packerVersion !== undefined && isAtLeast(packerVersion, UNBUNDLED_SINCE);
    const versionName = packer.packerVersion !== undefined ? `Packer ${packer.packerVersion.text}` : undefined;
    for (const component of document.components) {
      if (component.type === undefined || component.typeNode === undefined) continue;
      const found = classifyComponent({ kind: component.kind, type: component.type }, requirements, packer);
      if (found.status !== 'undeclared') continue;
      const { plugin } = found;
      const installed =
        packer.installed === undefined ? undefined : discoveredPlugins(packer.installed).get(plugin.name);
      const major = installed?.version.segments[0] ?? newestRelease(plugin, [])?.segments[0];
      const edit = declarePluginEdit(hcl.file, requirements, {
        name: plugin.name,
        source: plugin.source,
        version: major === undefined ? undefined : majorConstraint(major),
      });
      const declare = `declare it in required_plugins (source "${plugin.source}") so that \`packer init\` installs it`;
      let message: string;
      let severity: Finding['severity'];
      if (installed !== undefined) {
        message = `${component.kind} "${component.type}" comes from the ${plugin.name} plugin, which required_plugins does not declare: Packer loads the installed ${installed.version.text} here, but \`packer init\` on another machine (CI, a colleague's) installs nothing for it; ${declare}.`;
      } else if (unbundled) {
        const who = versionName ?? `Packer ${packerVersion?.text ?? UNBUNDLED_SINCE} and later (required_version)`;
        const stops = `the build stops with "Unknown ${sourceWord(component.kind)} type ${component.type}"`;
        const known = packer.installed !== undefined;
        message = `${who} bundles no plugin, and the ${plugin.name} plugin that brings ${component.kind} "${component.type}" is ${known ? 'not installed' : 'not declared in required_plugins'}: ${known ? stops : `unless it is installed, ${stops}`}. ${capitalised(declare)}, then run Packer: Init.`;
        // Certain only when the plugin folder was read.
        severity = known ? 'error' : 'warning';
      } else if (packerVersion !== undefined) {
        message = `${component.kind} "${component.type}" comes from the ${plugin.name} plugin, bundled with Packer ${packerVersion.text}; Packer 1.10 and later bundle no plugin and stop here unless it is installed: ${declare}.`;
        severity = 'information';
      } else {
        message = `${component.kind} "${component.type}" comes from the ${plugin.name} plugin, which required_plugins does not declare: Packer 1.10 and later stop with "Unknown ${sourceWord(component.kind)} type ${component.type}" unless it is installed; ${declare}.`;
      }
      report({
        range: component.typeNode.range,
        message,
        ...(severity !== undefined && { severity }),
        ...(edit !== undefined && {
          fixes: [{ title: `Declare the ${plugin.name} plugin in required_plugins`, isPreferred: true, edits: [edit] }],
        }),
      });
    }
  },
};

/** Packer calls a builder a "source" in HCL2 messages. */
function sourceWord(kind: string): string {
  return kind === 'builder' ? 'source' : kind;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
