/**
 * The language status of Packer files (the `{}` next to the language in the status bar): which `packer`
 * runs and whether it can run this file, the configuration the file belongs to, its plugins, and the
 * language server's state. Each item carries the action that fixes what it reports.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConfigurationStore } from '../configurations/configurationStore';
import type { PackerConfiguration } from '../configurations/protocol';
import type { PackerLanguageClient } from '../languageClient';
import { offerFixes, type Lookup, type PackerBinary } from '../packerBinary';
import { isAtLeast } from '../packerVersion';
import { pluginsSummary } from '../view/viewNodes';

const SELECTOR: vscode.DocumentSelector = ['packer', 'packer-vars', 'packer-json'];
const FIX_PACKER_COMMAND = 'packer.status.fixPacker';
/** HCL2 templates arrived in Packer 1.5.0; `required_plugins` and `packer init` in 1.7.0. */
const HCL2_SINCE = '1.5.0';
const REQUIRED_PLUGINS_SINCE = '1.7.0';

export interface StatusSnapshot {
  id: string;
  text: string;
  detail: string | undefined;
  severity: 'information' | 'warning' | 'error';
  busy: boolean;
  command: string | undefined;
}

export class PackerLanguageStatus implements vscode.Disposable {
  private readonly packerItem = vscode.languages.createLanguageStatusItem('packer.status.packer', SELECTOR);
  private readonly configurationItem = vscode.languages.createLanguageStatusItem(
    'packer.status.configuration',
    SELECTOR,
  );
  private readonly pluginsItem = vscode.languages.createLanguageStatusItem('packer.status.plugins', SELECTOR);
  private readonly serverItem = vscode.languages.createLanguageStatusItem('packer.status.server', SELECTOR);
  private readonly updated = new vscode.EventEmitter<void>();
  /** After every update of the items (for tests and anyone who shows them elsewhere). */
  readonly onDidUpdate = this.updated.event;
  private readonly subscriptions: vscode.Disposable[];
  private generation = 0;
  private lastProblem: string | undefined;

  constructor(
    private readonly packer: PackerBinary,
    private readonly client: PackerLanguageClient,
    private readonly store: ConfigurationStore,
  ) {
    this.packerItem.name = 'Packer executable';
    this.configurationItem.name = 'Packer configuration';
    this.pluginsItem.name = 'Packer plugins';
    this.serverItem.name = 'Packer language server';
    const update = (): void => void this.update();
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.workspace.onDidGrantWorkspaceTrust(update),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('packer.path')) update();
      }),
      store.onDidChange(update),
      client.activity.onDidChange(() => this.showServer()),
      vscode.commands.registerCommand(FIX_PACKER_COMMAND, () =>
        offerFixes(this.lastProblem ?? 'Packer was not found.'),
      ),
    ];
    this.showServer();
    update();
  }

  /** What each item shows now. */
  snapshot(): StatusSnapshot[] {
    return [this.packerItem, this.configurationItem, this.pluginsItem, this.serverItem].map((item) => ({
      id: item.id,
      text: item.text,
      detail: item.detail,
      severity:
        item.severity === vscode.LanguageStatusSeverity.Error
          ? 'error'
          : item.severity === vscode.LanguageStatusSeverity.Warning
            ? 'warning'
            : 'information',
      busy: item.busy,
      command: item.command?.command,
    }));
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const configuration = document === undefined ? undefined : this.store.configurationOf(document.uri);
    this.showConfiguration(document, configuration);
    this.showPlugins(configuration);
    const lookup = vscode.workspace.isTrusted ? await this.packer.lookup(document?.uri) : undefined;
    // A newer update started while packer's version was read: it wins.
    if (generation !== this.generation) return;
    this.showPacker(lookup, configuration);
    this.updated.fire();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const item of [this.packerItem, this.configurationItem, this.pluginsItem, this.serverItem]) item.dispose();
    this.updated.dispose();
  }

  private showPacker(lookup: Lookup | undefined, configuration: PackerConfiguration | undefined): void {
    const item = this.packerItem;
    if (lookup === undefined) {
      item.text = 'Packer: not run in Restricted Mode';
      item.detail = 'trust this folder to run packer';
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = { title: 'Trust', command: 'workbench.trust.manage' };
      return;
    }
    if (!lookup.ok) {
      this.lastProblem = lookup.problem;
      item.text = 'Packer not found';
      item.detail = lookup.problem;
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.command = { title: 'Install or Locate Packer', command: FIX_PACKER_COMMAND };
      return;
    }
    const { version, path: packerPath } = lookup.info;
    const tooOld = version === undefined ? undefined : tooOldFor(version, configuration);
    item.text = version === undefined ? 'Packer (version unknown)' : `Packer ${version.text}`;
    item.detail = tooOld ?? packerPath;
    item.severity =
      tooOld === undefined ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
    if (tooOld !== undefined) {
      this.lastProblem = `${tooOld}: install a newer Packer, or set packer.path to one.`;
      item.command = { title: 'Update Packer', command: FIX_PACKER_COMMAND };
    } else {
      item.command = { title: 'Change', command: 'workbench.action.openSettings', arguments: ['packer.path'] };
    }
  }

  private showConfiguration(
    document: vscode.TextDocument | undefined,
    configuration: PackerConfiguration | undefined,
  ): void {
    const item = this.configurationItem;
    item.severity = vscode.LanguageStatusSeverity.Information;
    item.command = { title: 'Show', command: 'packer.configurations.focus' };
    if (configuration === undefined) {
      item.text = document?.uri.scheme === 'file' ? 'Not part of a Packer configuration' : 'Unsaved: no configuration';
      item.detail = this.store.loaded ? undefined : 'reading the workspace…';
      return;
    }
    const where = vscode.Uri.parse(configuration.uri).fsPath;
    const files = configuration.files.length;
    if (configuration.kind === 'hcl2') {
      item.text = `$(folder) ${vscode.workspace.asRelativePath(where, false)}: ${files} ${files === 1 ? 'file' : 'files'}`;
      item.detail = 'HCL2 folder';
    } else {
      item.text = `$(json) ${path.basename(where)}`;
      item.detail = 'legacy JSON template';
    }
  }

  private showPlugins(configuration: PackerConfiguration | undefined): void {
    const item = this.pluginsItem;
    item.severity = vscode.LanguageStatusSeverity.Information;
    item.command = undefined;
    if (configuration === undefined || configuration.kind !== 'hcl2') {
      item.text = 'Plugins: none to install';
      item.detail = configuration === undefined ? undefined : 'legacy templates use the plugins packer has';
      return;
    }
    const { missing } = configuration.plugins;
    item.text = `Plugins: ${pluginsSummary(configuration)}`;
    item.detail = configuration.plugins.declared.map((p) => p.name).join(', ') || 'no required_plugins';
    if (missing !== undefined && missing.length > 0) {
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.detail = `missing: ${missing.join(', ')}`;
      item.command = {
        title: 'Run packer init',
        command: 'packer.init',
        arguments: [vscode.Uri.parse(configuration.files[0] ?? configuration.uri)],
      };
    }
  }

  private showServer(): void {
    const item = this.serverItem;
    const { state, failure } = this.client.activity;
    item.busy = state === 'busy' || state === 'starting';
    item.severity =
      state === 'failed' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    const texts = {
      starting: 'Packer server: starting',
      running: 'Packer server: ready',
      busy: 'Packer server: analysing',
      stopped: 'Packer server: stopped',
      failed: 'Packer server: failed',
    };
    item.text = texts[state];
    item.detail = failure;
    item.command =
      state === 'failed' || state === 'stopped'
        ? { title: 'Show Output', command: 'packer.showOutput' }
        : { title: 'Restart', command: 'packer.restartServer' };
    this.updated.fire();
  }
}

function tooOldFor(
  version: Parameters<typeof isAtLeast>[0],
  configuration: PackerConfiguration | undefined,
): string | undefined {
  if (configuration?.kind !== 'hcl2') return undefined;
  if (!isAtLeast(version, HCL2_SINCE)) return `Packer ${version.text} is too old for HCL2 (${HCL2_SINCE} or later)`;
  if (configuration.plugins.declared.length > 0 && !isAtLeast(version, REQUIRED_PLUGINS_SINCE))
    return `Packer ${version.text} is too old for required_plugins (${REQUIRED_PLUGINS_SINCE} or later)`;
  return undefined;
}
