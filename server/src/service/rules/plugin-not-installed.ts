import { discoveredPlugins } from '../plugins/installedPlugins';
import { isInstallable } from '../plugins/componentPlugins';
import { isAtLeast, UNBUNDLED_SINCE } from '../plugins/packerReleases';
import { pluginOf } from '../schema/pluginFacts';
import type { Rule } from './rule';

export const INSTALL_PLUGIN_COMMAND = 'packer.installPlugin';
export const CONVERT_COMMAND = 'packer.convertToHcl';

/**
 * A legacy JSON template on Packer 1.10 or later, using a component of a plugin that is not
 * installed. JSON has no `required_plugins` and `packer init` refuses it, so nothing installs the
 * plugin: Packer (packer/core.go) stops with "The builder amazon-ebs is unknown by Packer, and is
 * likely part of a plugin that is not installed". Said only when the Packer in use is known.
 */
export const pluginNotInstalled: Rule = {
  meta: {
    id: 'plugin-not-installed',
    description:
      'A legacy JSON template using a plugin that is not installed, on Packer 1.10 or later (no bundled plugins).',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, packer, report }) {
    if (document.template === undefined || packer.packerVersion === undefined) return;
    if (!isAtLeast(packer.packerVersion, UNBUNDLED_SINCE)) return;
    const discovered = packer.installed === undefined ? undefined : discoveredPlugins(packer.installed);
    for (const component of document.components) {
      const { type, typeNode, kind } = component;
      if (type === undefined || typeNode === undefined || type.includes('{{')) continue;
      const plugin = pluginOf(kind, type);
      if (plugin === undefined || !isInstallable(plugin) || discovered?.has(plugin.name) === true) continue;
      const said = `The ${kind} ${type} is unknown by Packer, and is likely part of a plugin that is not installed.`;
      report({
        range: typeNode.range,
        severity: discovered === undefined ? 'warning' : 'error',
        message: `${discovered === undefined ? `Unless the ${plugin.name} plugin is installed, Packer ${packer.packerVersion.text} says: ` : `Packer ${packer.packerVersion.text} says: `}"${said}" Plugins are no longer bundled, and packer init does not read JSON: install it with \`packer plugins install ${plugin.source}\`, or convert the template to HCL2 and declare it in required_plugins.`,
        fixes: [
          {
            title: `Install the ${plugin.name} plugin (packer plugins install ${plugin.source})`,
            isPreferred: true,
            edits: [],
            command: { command: INSTALL_PLUGIN_COMMAND, arguments: [document.uri, plugin.source] },
          },
          {
            title: 'Convert the template to HCL2',
            edits: [],
            command: { command: CONVERT_COMMAND, arguments: [document.uri] },
          },
        ],
      });
    }
  },
};
