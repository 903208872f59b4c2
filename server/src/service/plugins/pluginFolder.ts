/**
 * Where Packer looks for installed plugins. Packer's `packer/plugin_folders.go` (`PluginFolder`):
 * `PACKER_PLUGIN_PATH` when set (one folder; a list is refused since 1.11), else the config folder's
 * `plugins`. The config folder is packer-plugin-sdk's `pathing.ConfigDir`: on Unix
 * `$PACKER_CONFIG_DIR/.packer.d`, else `~/.packer.d` when it exists, else `$XDG_CONFIG_HOME/packer`,
 * else `~/.config/packer`; on Windows `%PACKER_CONFIG_DIR%\packer.d`, else `%APPDATA%\packer.d`
 * (then `%HOME%\packer.d`).
 */
import * as path from 'node:path';

export interface PluginFolderEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `process.platform`. */
  readonly platform: string;
  /** Whether a folder exists (`~/.packer.d` wins over the XDG folder only when it does). */
  readonly isDirectory: (absolutePath: string) => boolean;
}

export type PluginFolder = { folder: string } | { problem: string };

export function pluginFolder({ env, platform, isDirectory }: PluginFolderEnvironment): PluginFolder {
  const windows = platform === 'win32';
  const paths = windows ? path.win32 : path.posix;
  const pluginPath = env['PACKER_PLUGIN_PATH'];
  if (pluginPath !== undefined && pluginPath !== '') {
    const separator = windows ? ';' : ':';
    if (pluginPath.includes(separator))
      return { problem: `PACKER_PLUGIN_PATH holds several folders (${pluginPath}); Packer 1.11 and later accept one.` };
    return { folder: pluginPath };
  }
  const configDir = env['PACKER_CONFIG_DIR'];
  if (windows) {
    if (configDir) return { folder: paths.join(configDir, 'packer.d', 'plugins') };
    const home = env['APPDATA'] || env['HOME'] || env['USERPROFILE'];
    return home ? { folder: paths.join(home, 'packer.d', 'plugins') } : { problem: 'APPDATA is not set.' };
  }
  if (configDir) return { folder: paths.join(configDir, '.packer.d', 'plugins') };
  const home = env['HOME'];
  if (!home) return { problem: 'HOME is not set, so Packer has no config folder.' };
  const legacy = paths.join(home, '.packer.d');
  if (isDirectory(legacy)) return { folder: paths.join(legacy, 'plugins') };
  const xdg = env['XDG_CONFIG_HOME'];
  if (xdg) return { folder: paths.join(xdg, 'packer', 'plugins') };
  return { folder: paths.join(home, '.config', 'packer', 'plugins') };
}

/** Go's names for the platform, as they end plugin binary names: `_linux_amd64`. */
export function goPlatform(platform: string, arch: string): { os: string; arch: string; ext: string } {
  const os = platform === 'win32' ? 'windows' : platform;
  const goArch: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le' };
  return { os, arch: goArch[arch] ?? arch, ext: platform === 'win32' ? '.exe' : '' };
}
