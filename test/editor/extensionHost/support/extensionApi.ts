/** The extension's API (what `activate` returns) and the examples folder, for the editor-additions tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PackerExtensionApi } from '../../../../client/src/api';
import type { PackerConfiguration } from '../../../../client/src/configurations/protocol';
import { waitFor } from './wait';
import { scenarioFolder } from './workspace';

const EXTENSION_ID = 'packer-vscode.packer-vscode';
const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');

export async function packerApi(): Promise<PackerExtensionApi> {
  const extension = vscode.extensions.getExtension<PackerExtensionApi>(EXTENSION_ID);
  if (extension === undefined) throw new Error(`${EXTENSION_ID} is not installed in this window`);
  return extension.activate();
}

/** A copy of the project's examples/ as the scenario folder `name`. */
export function copyExamples(name: string): string {
  const folder = scenarioFolder(name);
  fs.cpSync(EXAMPLES, folder, { recursive: true });
  return folder;
}

/** The configuration at `folderOrFile` once the server has described it and `accept` agrees. */
export function configurationAt(
  api: PackerExtensionApi,
  folderOrFile: string,
  accept: (c: PackerConfiguration) => boolean = () => true,
): Promise<PackerConfiguration> {
  const wanted = vscode.Uri.file(folderOrFile).toString();
  const find = (): PackerConfiguration | undefined => {
    const found = api.store.configurations.find((c) => vscode.Uri.parse(c.uri).toString() === wanted);
    return found !== undefined && accept(found) ? found : undefined;
  };
  // Files written by a test are seen through the file watcher; asking again covers a missed event.
  void api.store.refresh();
  return waitFor(`the configuration ${path.basename(folderOrFile)}`, find, [api.store.onDidChange], {
    describe: () => api.store.configurations.map((c) => c.uri).join(', ') || 'none',
  });
}
