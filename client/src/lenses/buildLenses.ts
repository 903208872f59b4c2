/**
 * Run lenses, as rust-analyzer puts them above `main` and tests: above each `build` block **Build** and
 * **Validate** (the whole configuration), above each source a build uses **Build only TYPE.NAME**
 * (`-only`), and above each builder of a legacy template **Build only NAME**. Positions come from the
 * server (`packer/configurations`). None in Restricted Mode, where nothing runs; `packer.codeLens.enabled`
 * turns them off.
 */
import * as vscode from 'vscode';
import type { ConfigurationStore } from '../configurations/configurationStore';
import type { BuildInfo, PackerConfiguration } from '../configurations/protocol';
import { BUILD_TARGET_COMMAND, VALIDATE_TARGET_COMMAND, type RunTarget } from '../runActions';

export const LENS_SETTING = 'packer.codeLens.enabled';

export class BuildLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: ConfigurationStore) {
    this.subscriptions = [
      store.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(LENS_SETTING)) this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.isTrusted) return [];
    if (!vscode.workspace.getConfiguration('packer', document.uri).get<boolean>('codeLens.enabled', true)) return [];
    const configuration = this.store.configurationOf(document.uri);
    if (configuration === undefined) return [];
    const here = document.uri.toString();
    const lenses: vscode.CodeLens[] = [];
    const seen = new Set<string>();
    for (const build of configuration.builds) {
      if (vscode.Uri.parse(build.location.uri).toString() === here) lenses.push(...buildLenses(configuration, build));
      for (const source of build.sources) {
        const at = source.declaration ?? source.location;
        const key = `${at.range.start.line}:${source.only}`;
        if (vscode.Uri.parse(at.uri).toString() !== here || seen.has(key)) continue;
        seen.add(key);
        const target: RunTarget = { uri: configuration.uri, only: source.only };
        lenses.push(
          new vscode.CodeLens(lineRange(at.range.start.line), {
            title: `$(play) Build only ${source.only}`,
            tooltip: `packer build -only=${source.only}`,
            command: BUILD_TARGET_COMMAND,
            arguments: [target],
          }),
        );
      }
    }
    return lenses;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

function buildLenses(configuration: PackerConfiguration, build: BuildInfo): vscode.CodeLens[] {
  const range = lineRange(build.location.range.start.line);
  const only = onlyForBuild(configuration, build);
  const target: RunTarget = { uri: configuration.uri, ...(only !== undefined && { only }) };
  const what = configuration.kind === 'hcl2' ? 'this folder' : 'this template';
  return [
    new vscode.CodeLens(range, {
      title: '$(play) Build',
      tooltip: only === undefined ? `packer build: every build of ${what}` : `packer build -only=${only}`,
      command: BUILD_TARGET_COMMAND,
      arguments: [target],
    }),
    new vscode.CodeLens(range, {
      title: '$(check) Validate',
      tooltip: `packer validate ${what}`,
      command: VALIDATE_TARGET_COMMAND,
      arguments: [target],
    }),
  ];
}

/**
 * The `-only` value that builds just this `build` block: none when it is the folder's only one, `NAME.*`
 * for a named build (Packer matches -only as a glob against `NAME.TYPE.SOURCE`), else its sources.
 */
export function onlyForBuild(configuration: PackerConfiguration, build: BuildInfo): string | undefined {
  if (configuration.builds.length <= 1) return undefined;
  if (build.name !== undefined) return `${build.name}.*`;
  return build.sources.length === 0 ? undefined : [...new Set(build.sources.map((s) => s.only))].join(',');
}

function lineRange(line: number): vscode.Range {
  return new vscode.Range(line, 0, line, 0);
}
