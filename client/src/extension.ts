/** Wiring only: each part lives in its own module. */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { BuildVarFileMemory } from './commands/buildVarFileMemory';
import { ConfigurationStore } from './configurations/configurationStore';
import { BuildLensProvider } from './lenses/buildLenses';
import { PackerLanguageClient } from './languageClient';
import { registerLegacyJsonDetection } from './legacyJsonDetection';
import { PackerBinary } from './packerBinary';
import { BuildProblems } from './progress/buildProblems';
import { BuildProgressStatus } from './progress/buildProgress';
import { buildRuns } from './progress/buildRuns';
import { registerRunActions } from './runActions';
import { PackerLanguageStatus } from './status/languageStatus';
import { registerTaskProvider } from './tasks/taskProvider';
import { registerPackerView } from './view/packerView';
import { WalkthroughProgress } from './walkthrough/walkthrough';
import type { PackerExtensionApi } from './api';

let client: PackerLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PackerExtensionApi> {
  const packer = new PackerBinary();
  const varFiles = new BuildVarFileMemory(context.workspaceState);
  client = new PackerLanguageClient(context.asAbsolutePath('dist/server.js'), (asUri) => varFiles.all(asUri));
  const store = new ConfigurationStore(client, context.workspaceState);
  const progress = new BuildProgressStatus(buildRuns);
  const problems = new BuildProblems(store);
  const lenses = new BuildLensProvider(store);
  const view = registerPackerView(store, buildRuns, progress);
  const languageStatus = new PackerLanguageStatus(packer, client, store);
  const walkthrough = new WalkthroughProgress(packer);
  context.subscriptions.push(
    packer,
    registerLegacyJsonDetection(),
    registerTaskProvider(packer),
    ...registerCommands({ packer, client, varFiles }),
    store,
    ...registerRunActions({ packer, client }, store),
    lenses,
    vscode.languages.registerCodeLensProvider(['packer', 'packer-json'], lenses),
    progress,
    problems,
    buildRuns.onDidStart((run) => problems.started(run)),
    buildRuns.onDidEnd((run) => void problems.ended(run)),
    ...view.disposables,
    languageStatus,
    walkthrough,
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
  return { store, languageStatus, view: view.provider, buildRuns, progress, walkthrough };
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
