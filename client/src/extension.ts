/** Wiring only: each part lives in its own module. */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { PackerLanguageClient } from './languageClient';
import { registerLegacyJsonDetection } from './legacyJsonDetection';
import { PackerBinary } from './packerBinary';
import { registerTaskProvider } from './tasks/taskProvider';

let client: PackerLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const packer = new PackerBinary();
  client = new PackerLanguageClient(context.asAbsolutePath('dist/server.js'));
  context.subscriptions.push(
    packer,
    registerLegacyJsonDetection(),
    registerTaskProvider(packer),
    ...registerCommands({ packer, client }),
  );
  await client.start();
  const started = client;
  // The Packer in use decides which plugins are bundled and which functions exist: the server checks against it.
  const sendVersion = (): void => {
    void packer.lookup().then((found) => started.notifyPackerVersion(found.ok ? found.info.version?.text : undefined));
  };
  sendVersion();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('packer.path')) sendVersion();
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
