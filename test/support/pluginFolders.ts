/**
 * Real plugin folders for tests, laid out and named as `packer init` lays them out:
 * `<folder>/<host>/<namespace>/<name>/packer-plugin-<name>_v<version>_x5.0_<os>_<arch>` with a
 * `_SHA256SUM` file beside each binary holding its SHA-256. The binaries are small files that are
 * never run: the language server reads names and checksums only.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goPlatform } from '../../server/src/service/plugins/pluginFolder';

export interface FakePlugin {
  /** `github.com/hashicorp/amazon` */
  source: string;
  /** `1.2.0`, `1.3.0-dev` */
  version: string;
  /** Default `x5.0`. */
  api?: string;
  /** Overrides the name Packer would give (to test names it ignores). */
  fileName?: string;
  /** What the checksum file holds: the binary's digest unless told otherwise; null writes none. */
  checksum?: string | null;
  /** A folder under the plugin folder other than the source's. */
  folder?: string;
}

export function makePluginFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'packer-plugins-'));
}

/** The binary's file name for this machine, as Packer names it. */
export function binaryName(name: string, version: string, api = 'x5.0'): string {
  const target = goPlatform(process.platform, process.arch);
  return `packer-plugin-${name}_v${version}_${api}_${target.os}_${target.arch}${target.ext}`;
}

/** Writes one plugin binary and its checksum file; returns the binary's path. */
export function installPlugin(folder: string, plugin: FakePlugin): string {
  const name = plugin.source.split('/').at(-1) ?? '';
  const dir = path.join(folder, plugin.folder ?? plugin.source);
  fs.mkdirSync(dir, { recursive: true });
  const binary = path.join(dir, plugin.fileName ?? binaryName(name, plugin.version, plugin.api));
  const content = `#!/bin/sh\n# stand-in for ${plugin.source} ${plugin.version}; never run\nexit 1\n`;
  // The checksum file goes first, as a real install leaves both: a watcher may fire between the two.
  const digest = createHash('sha256').update(content).digest('hex');
  if (plugin.checksum !== null) fs.writeFileSync(`${binary}_SHA256SUM`, plugin.checksum ?? digest);
  fs.writeFileSync(binary, content, { mode: 0o755 });
  return binary;
}

export function removePluginFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}
