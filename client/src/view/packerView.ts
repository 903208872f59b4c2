/**
 * The Packer view in the Explorer: every configuration of the workspace with its sources, builds,
 * variables (the values a build gets, with the variable file chosen here), data sources and plugins, as
 * the server describes them; the progress of the latest build on each source. A click opens the
 * declaration; the inline buttons build and validate (not in Restricted Mode).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConfigurationStore } from '../configurations/configurationStore';
import type { PackerConfiguration } from '../configurations/protocol';
import { onlyForBuild } from '../lenses/buildLenses';
import type { SourceProgress } from '../progress/buildOutput';
import type { BuildProgressStatus } from '../progress/buildProgress';
import type { BuildRunRegistry } from '../progress/buildRuns';
import { BUILD_TARGET_COMMAND, VALIDATE_TARGET_COMMAND, type RunTarget } from '../runActions';
import { childrenOf, treeItemOf, type ViewNode } from './viewNodes';

export const VIEW_ID = 'packer.configurations';

export class PackerViewProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: ConfigurationStore,
    private readonly runs: BuildRunRegistry,
    progress: BuildProgressStatus,
  ) {
    const refresh = (): void => this.changed.fire(undefined);
    this.subscriptions = [store.onDidChange(refresh), runs.onDidChange(refresh), progress.onDidTick(refresh)];
  }

  getChildren(node?: ViewNode): ViewNode[] {
    if (node === undefined)
      return this.store.configurations.map((configuration) => ({ kind: 'configuration', configuration }));
    return childrenOf(node);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    return treeItemOf(node, (c, name) => this.progressOf(c, name), this.store.varFileOf(node.configuration));
  }

  /** The build named `buildName` in the latest build run of this configuration. */
  progressOf(configuration: PackerConfiguration, buildName: string): SourceProgress | undefined {
    const place = vscode.Uri.parse(configuration.uri).fsPath;
    const run = this.runs.runs.find(
      (r) => (configuration.kind === 'hcl2' ? r.run.target.cwd : r.run.target.file) === place,
    );
    return run?.reader.sources.find((s) => s.name === buildName);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

/** The view, and the commands of its items' buttons and menus. */
export function registerPackerView(
  store: ConfigurationStore,
  runs: BuildRunRegistry,
  progress: BuildProgressStatus,
): { provider: PackerViewProvider; disposables: vscode.Disposable[] } {
  const provider = new PackerViewProvider(store, runs, progress);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const run = (command: string, node: ViewNode | undefined, only?: string): Thenable<unknown> | undefined => {
    if (node === undefined) return undefined;
    const target: RunTarget = { uri: node.configuration.uri, ...(only !== undefined && { only }) };
    return vscode.commands.executeCommand(command, target);
  };
  const disposables = [
    provider,
    view,
    vscode.commands.registerCommand('packer.view.refresh', () => store.refresh()),
    vscode.commands.registerCommand('packer.view.build', (node?: ViewNode) =>
      run(
        BUILD_TARGET_COMMAND,
        node,
        node?.kind === 'build' ? onlyForBuild(node.configuration, node.build) : undefined,
      ),
    ),
    vscode.commands.registerCommand('packer.view.validate', (node?: ViewNode) => run(VALIDATE_TARGET_COMMAND, node)),
    vscode.commands.registerCommand('packer.view.buildOnly', (node?: ViewNode) =>
      run(BUILD_TARGET_COMMAND, node, node?.kind === 'buildSource' ? node.source.only : undefined),
    ),
    vscode.commands.registerCommand('packer.view.chooseVarFile', (node?: ViewNode) =>
      node === undefined ? undefined : chooseVarFile(store, node.configuration),
    ),
  ];
  return { provider, disposables };
}

async function chooseVarFile(store: ConfigurationStore, configuration: PackerConfiguration): Promise<void> {
  if (configuration.varFileCandidates.length === 0) {
    void vscode.window.showInformationMessage(
      'This configuration has no variable file to choose (*.pkrvars.hcl that is not auto-loaded).',
    );
    return;
  }
  const current = store.varFileOf(configuration);
  const none = { label: 'No variable file', description: 'defaults and *.auto.pkrvars.hcl only', value: undefined };
  const picked = await vscode.window.showQuickPick(
    [
      none,
      ...configuration.varFileCandidates.map((uri) => ({
        label: path.basename(vscode.Uri.parse(uri).fsPath),
        description: uri === current ? 'chosen' : '',
        value: uri,
      })),
    ],
    { title: 'Packer: variable file for this configuration (-var-file)' },
  );
  if (picked !== undefined) await store.chooseVarFile(configuration, picked.value);
}
