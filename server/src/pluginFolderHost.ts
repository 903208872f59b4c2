/**
 * The server's side of plugin resolution: reads Packer's plugin folder from disk (the service
 * decides what counts as installed), caches the result until the folder changes, and watches it so
 * that `packer init` or `packer plugins install` in a terminal refreshes the diagnostics.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  readInstalledPlugins,
  type InstalledPlugins,
  type PluginFolderReader,
} from './service/plugins/installedPlugins';
import { pluginFolder } from './service/plugins/pluginFolder';

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

function isDirectory(absolutePath: string): boolean {
  try {
    return fs.statSync(absolutePath).isDirectory();
  } catch {
    return false;
  }
}

export class PluginFolderHost {
  private cached: InstalledPlugins | undefined;
  private watcher: fs.FSWatcher | undefined;
  private watched: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  /** `onChange` runs once the folder has settled after a change. */
  constructor(private readonly onChange: () => void) {}

  /** The installed plugins, or undefined when Packer would have no plugin folder either. */
  installed(): InstalledPlugins | undefined {
    if (this.cached !== undefined) return this.cached;
    const found = pluginFolder({ env: process.env, platform: process.platform, isDirectory });
    if (!('folder' in found)) return undefined;
    this.cached = readInstalledPlugins(found.folder, diskPluginReader, {
      platform: process.platform,
      arch: process.arch,
    });
    this.watch(found.folder);
    return this.cached;
  }

  dispose(): void {
    this.watcher?.close();
    this.watcher = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  /**
   * Watches the plugin folder, or while it does not exist yet, its nearest existing parent (for the
   * first `packer init`, which creates it).
   */
  private watch(folder: string): void {
    let target = folder;
    while (!isDirectory(target) && path.dirname(target) !== target) target = path.dirname(target);
    const recursive = target === folder;
    if (this.watched === `${target}:${recursive}`) return;
    this.watcher?.close();
    this.watched = `${target}:${recursive}`;
    try {
      this.watcher = fs.watch(target, { recursive, persistent: false }, () => this.changed());
      this.watcher.on('error', () => this.changed());
    } catch {
      this.watcher = undefined;
    }
  }

  private changed(): void {
    // One install writes a binary and then its checksum file: read the folder once both are there.
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.cached = undefined;
      this.onChange();
    }, 150);
  }
}
