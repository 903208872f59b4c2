/**
 * The plugins installed in Packer's plugin folder, read as Packer reads them and without running
 * any of them. Packer's `packer/plugin-getter/plugins.go` (`getPluginBinaries`, `ListInstallations`):
 * - a binary counts only inside a hierarchy (not at the folder's root), at most 16 levels deep;
 * - its name is `packer-plugin-<name>_v<version>_x<api>_<os>_<arch>[.exe]` for this machine;
 * - a `<binary>_SHA256SUM` file beside it holds the SHA-256 of the binary, else it is ignored as unsafe;
 * - the version must be canonical (`v1.2.0`, not `v1.2`) and carry no `+metadata`;
 * - the plugin API major must be 5 and its minor at most 1 (`CheckProtocolVersion`).
 * Packer also asks each binary to `describe` itself; a reader that runs nothing trusts the name.
 */
import { goPlatform } from './pluginFolder';
import { compareVersions, parseVersion, type Version } from './versions';

/** File-system access for the plugin folder; the host (server, command line) supplies it. */
export interface PluginFolderReader {
  /** The folder's entries; undefined when it cannot be read. */
  listEntries(absolutePath: string): readonly { name: string; kind: 'file' | 'directory' }[] | undefined;
  readText(absolutePath: string): string | undefined;
  /** The SHA-256 of a file, in hex; undefined when it cannot be read. */
  sha256(absolutePath: string): string | undefined;
}

export interface Installation {
  /** `amazon`: the prefix Packer gives its components when it discovers the binary. */
  readonly name: string;
  readonly version: Version;
  /** The API version from the name: `x5.0`. */
  readonly api: string;
  readonly path: string;
  /** The folders between the plugin folder and the binary, `/`-separated: `github.com/hashicorp/amazon`. */
  readonly relativeFolder: string;
}

export interface InstalledPlugins {
  readonly folder: string;
  /** Sorted as Packer sorts them: by name, then by version. */
  readonly installations: readonly Installation[];
}

const MAX_DEPTH = 16;
const SUPPORTED_API_MAJOR = 5;
const SUPPORTED_API_MINOR = 1;

export function readInstalledPlugins(
  folder: string,
  reader: PluginFolderReader,
  platform: { platform: string; arch: string },
): InstalledPlugins {
  const target = goPlatform(platform.platform, platform.arch);
  const suffix = `_${target.os}_${target.arch}${target.ext}`;
  const installations: Installation[] = [];
  const separator = platform.platform === 'win32' ? '\\' : '/';
  const walk = (dir: string, relative: readonly string[]): void => {
    if (relative.length > MAX_DEPTH) return;
    for (const entry of reader.listEntries(dir) ?? []) {
      const full = `${dir}${dir.endsWith(separator) ? '' : separator}${entry.name}`;
      if (entry.kind === 'directory') walk(full, [...relative, entry.name]);
      else if (relative.length > 0) {
        const installation = installationOf(full, entry.name, relative.join('/'), suffix, reader);
        if (installation !== undefined) installations.push(installation);
      }
    }
  };
  walk(folder, []);
  installations.sort((a, b) =>
    a.name !== b.name ? (a.name < b.name ? -1 : 1) : compareVersions(a.version, b.version),
  );
  return { folder, installations };
}

const NAME = /^packer-plugin-([^_]+)_(v[^_]+)_(x\d+\.\d+)$/;

function installationOf(
  path: string,
  fileName: string,
  relativeFolder: string,
  suffix: string,
  reader: PluginFolderReader,
): Installation | undefined {
  if (!fileName.startsWith('packer-plugin-') || !fileName.endsWith(suffix)) return undefined;
  const match = NAME.exec(fileName.slice(0, fileName.length - suffix.length));
  if (!match) return undefined;
  const [, name = '', versionText = '', api = ''] = match;
  const version = parseVersion(versionText);
  if (version === undefined || `v${version.text}` !== versionText) return undefined;
  const [apiMajor, apiMinor] = api.slice(1).split('.').map(Number);
  if (apiMajor !== SUPPORTED_API_MAJOR || (apiMinor ?? 0) > SUPPORTED_API_MINOR) return undefined;
  if (!checksumMatches(path, reader)) return undefined;
  return { name, version, api, path, relativeFolder };
}

/** `GetCacheChecksumOfFile`: the `_SHA256SUM` file holds the hex digest and nothing else that counts. */
function checksumMatches(path: string, reader: PluginFolderReader): boolean {
  const expected = /^\s*([0-9a-fA-F]{64})/.exec(reader.readText(`${path}_SHA256SUM`) ?? '')?.[1];
  if (expected === undefined) return false;
  return reader.sha256(path)?.toLowerCase() === expected.toLowerCase();
}

/**
 * The installations that can serve a `required_plugins` source: Packer lists the binaries under the
 * source's host/namespace folder whose name starts `packer-plugin-<last part of the source>_`.
 */
export function installationsOf(installed: InstalledPlugins, source: string): Installation[] {
  const parts = source.toLowerCase().split('/');
  const name = parts.at(-1) ?? '';
  const namespace = parts.slice(0, -1).join('/');
  return installed.installations.filter(
    (i) => i.name.toLowerCase() === name && `${i.relativeFolder.toLowerCase()}/`.startsWith(`${namespace}/`),
  );
}

/**
 * The plugins Packer discovers without being asked (`PluginConfig.Discover`): every installed
 * binary, the highest version of each name, its components named `<name>-<component>`.
 */
export function discoveredPlugins(installed: InstalledPlugins): Map<string, Installation> {
  const byName = new Map<string, Installation>();
  for (const installation of installed.installations) byName.set(installation.name, installation);
  return byName;
}
