/**
 * The editor's side of `.packer-lint.json`: each document is checked with the rule severities of
 * the nearest configuration file above it, under the client's own `packer.diagnostics.severity`
 * (a user's setting wins over the project's file, as `--rule` does on the command line). Files
 * are read once per folder and read again when a configuration file changes.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME, findConfigFile, loadConfigFile, type ProjectConfig } from './config/projectConfig';
import type { ServiceSettings } from './service/settings';

export class ProjectSettings {
  private readonly byFolder = new Map<string, ProjectConfig | undefined>();

  /** The settings for a document: the project's rule severities under the client's. */
  forDocument(uri: string, client: ServiceSettings): ServiceSettings {
    const config = this.configOf(uri);
    if (config === undefined || Object.keys(config.rules).length === 0) return client;
    return { ...client, severity: { ...config.rules, ...client.severity } };
  }

  /** The configuration that applies to a document (plain values, for whatever else needs them). */
  configOf(uri: string): ProjectConfig | undefined {
    const folder = folderOf(uri);
    if (folder === undefined) return undefined;
    if (!this.byFolder.has(folder)) {
      const file = findConfigFile(folder);
      this.byFolder.set(folder, file === undefined ? undefined : loadConfigFile(file));
    }
    return this.byFolder.get(folder);
  }

  /** True when the changed file is a configuration file (then every document's settings may change). */
  fileChanged(uri: string): boolean {
    if (!uri.endsWith(`/${CONFIG_FILE_NAME}`)) return false;
    this.byFolder.clear();
    return true;
  }
}

function folderOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
