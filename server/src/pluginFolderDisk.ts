/**
 * Packer's plugin folder read from disk, for every host (the language server, packer-lint): where
 * Packer looks (its own rules, from the environment) and what is installed there. The service
 * decides what counts as installed; this only lists, reads checksum files and hashes binaries.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import {
  readInstalledPlugins,
  type InstalledPlugins,
  type PluginFolderReader,
} from './service/plugins/installedPlugins';
import { pluginFolder, type PluginFolder } from './service/plugins/pluginFolder';

/** The folder Packer would read plugins from, with this process's platform. */
export function packerPluginFolder(env: Readonly<Record<string, string | undefined>>): PluginFolder {
  return pluginFolder({ env, platform: process.platform, isDirectory });
}

/** The plugins installed in `folder` for this machine's platform (none when it does not exist). */
export function readPluginFolder(folder: string): InstalledPlugins {
  return readInstalledPlugins(folder, diskPluginReader, { platform: process.platform, arch: process.arch });
}

export const diskPluginReader: PluginFolderReader = {
  listEntries(absolutePath) {
    try {
      return fs
        .readdirSync(absolutePath, { withFileTypes: true })
        .flatMap((entry): { name: string; kind: 'file' | 'directory' }[] => {
          if (entry.isDirectory()) return [{ name: entry.name, kind: 'directory' }];
          return entry.isFile() || entry.isSymbolicLink() ? [{ name: entry.name, kind: 'file' }] : [];
        });
    } catch {
      return undefined;
    }
  },
  readText(absolutePath) {
    try {
      return fs.statSync(absolutePath).size < 4096 ? fs.readFileSync(absolutePath, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  sha256: hashOf,
};

/** Plugin binaries are tens of megabytes: their digest is kept while size and time stay the same. */
const digests = new Map<string, { key: string; digest: string }>();

function hashOf(absolutePath: string): string | undefined {
  try {
    const stat = fs.statSync(absolutePath);
    const key = `${stat.size}:${stat.mtimeMs}`;
    const known = digests.get(absolutePath);
    if (known?.key === key) return known.digest;
    const digest = createHash('sha256').update(fs.readFileSync(absolutePath)).digest('hex');
    digests.set(absolutePath, { key, digest });
    return digest;
  } catch {
    return undefined;
  }
}

export function isDirectory(absolutePath: string): boolean {
  try {
    return fs.statSync(absolutePath).isDirectory();
  } catch {
    return false;
  }
}
