/**
 * The Packer a `packer-lint` run checks for, given to the language service as the editor gives it
 * (`PackerEnvironment`): the Packer version from `--packer-version` or the configuration file (there
 * is no `packer version` to run: the templates may target another machine's Packer), and the
 * plugins installed in the configuration's plugin folder, else where Packer itself looks
 * (`PACKER_PLUGIN_PATH`, the config folder), read once for the whole run. A folder found by Packer's rules
 * that does not exist is not read: a lint job often runs where `packer init` never ran, and "every plugin
 * is missing" would be true of that machine only, not of the templates.
 */
import * as fs from 'node:fs';
import type { InstalledPlugins } from '../service/plugins/installedPlugins';
import type { PackerEnvironment } from '../service/plugins/packerSituation';
import { packerPluginFolder, readPluginFolder } from '../pluginFolderDisk';

export interface RunPacker {
  packerVersion: string | undefined;
  /** The configuration's plugin folder (absolute); undefined to follow Packer's rules. */
  pluginFolder: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

export function runPackerEnvironment(packer: RunPacker): PackerEnvironment {
  let installed: { plugins: InstalledPlugins | undefined } | undefined;
  return {
    detectedPackerVersion: () => packer.packerVersion,
    installedPlugins: () => {
      if (installed === undefined) {
        const found =
          packer.pluginFolder !== undefined ? { folder: packer.pluginFolder } : packerPluginFolder(packer.env);
        const named = packer.pluginFolder !== undefined;
        installed = {
          plugins:
            'folder' in found && (named || isDirectory(found.folder)) ? readPluginFolder(found.folder) : undefined,
        };
      }
      return installed.plugins;
    },
  };
}

function isDirectory(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
