/**
 * The server's side of plugin resolution: reads Packer's plugin folder from disk (the service
 * decides what counts as installed), caches the result until the folder changes, and watches it so
 * that `packer init` or `packer plugins install` in a terminal refreshes the diagnostics.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InstalledPlugins } from './service/plugins/installedPlugins';
import { isDirectory, packerPluginFolder, readPluginFolder } from './pluginFolderDisk';

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
    const found = packerPluginFolder(process.env);
    if (!('folder' in found)) return undefined;
    this.cached = readPluginFolder(found.folder);
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
