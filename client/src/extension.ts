/** Wiring only: each part lives in its own module. */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { BuildVarFileMemory } from './commands/buildVarFileMemory';
import { PackerLanguageClient } from './languageClient';
import { registerLegacyJsonDetection } from './legacyJsonDetection';
import { PackerBinary } from './packerBinary';
import { registerTaskProvider } from './tasks/taskProvider';

let client: PackerLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const packer = new PackerBinary();
  const varFiles = new BuildVarFileMemory(context.workspaceState);
  client = new PackerLanguageClient(context.asAbsolutePath('dist/server.js'), (asUri) => varFiles.all(asUri));
  context.subscriptions.push(
    packer,
    registerLegacyJsonDetection(),
    registerTaskProvider(packer),
    ...registerCommands({ packer, client, varFiles }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
