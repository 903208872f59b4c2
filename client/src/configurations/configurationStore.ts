/**
 * The workspace's Packer configurations as the server describes them (`packer/configurations`), asked
 * again after edits, saves, files created or deleted, a change of the plugin folder (the server says so)
 * and a restart of the server. The status item, the
 * lenses and the Packer view all read this one copy. The variable file chosen per configuration (for the
 * values the view shows, and the builds it starts) is kept in the workspace state.
 */
import * as vscode from 'vscode';
import type { PackerLanguageClient } from '../languageClient';
import type { ConfigurationsResult, PackerConfiguration } from './protocol';

/** Typing bursts become one request. */
const REFRESH_DELAY_MS = 300;
const VAR_FILES_KEY = 'packer.view.varFiles';
const WATCHED = '**/*.{pkr.hcl,pkrvars.hcl,pkr.json,pkrvars.json,json}';
const PACKER_LANGUAGES = new Set(['packer', 'packer-vars', 'packer-json']);

export class ConfigurationStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after each answer, changed or not (a test or view can wait on it). */
  readonly onDidChange = this.changed.event;
  private result: ConfigurationsResult | undefined;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private again = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly client: PackerLanguageClient,
    private readonly state: vscode.Memento,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(WATCHED);
    const soon = (): void => this.refreshSoon();
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(soon),
      watcher.onDidChange(soon),
      watcher.onDidDelete(soon),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (PACKER_LANGUAGES.has(e.document.languageId) && e.contentChanges.length > 0) soon();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // An untitled or newly switched document is not on disk: only the server's view of it changed.
        if (PACKER_LANGUAGES.has(d.languageId)) soon();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(soon),
      client.onDidChangeConfigurations(soon),
      client.activity.onDidChange(() => {
        if (client.activity.state === 'running' && this.result === undefined) soon();
      }),
    );
  }

  get configurations(): readonly PackerConfiguration[] {
    return this.result?.configurations ?? [];
  }

  /** Whether the server has answered at least once. */
  get loaded(): boolean {
    return this.result !== undefined;
  }

  /** The configuration a file belongs to: the folder of an HCL2 file, or the legacy template itself. */
  configurationOf(uri: vscode.Uri): PackerConfiguration | undefined {
    const wanted = uri.toString();
    return this.configurations.find((c) => c.files.some((f) => vscode.Uri.parse(f).toString() === wanted));
  }

  varFileOf(configuration: PackerConfiguration): string | undefined {
    return this.varFiles()[configuration.uri];
  }

  async chooseVarFile(configuration: PackerConfiguration, varFile: string | undefined): Promise<void> {
    const varFiles = { ...this.varFiles() };
    if (varFile === undefined) delete varFiles[configuration.uri];
    else varFiles[configuration.uri] = varFile;
    await this.state.update(VAR_FILES_KEY, varFiles);
    await this.refresh();
  }

  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** Asks the server now; a request made while one is running is made once more after it. */
  async refresh(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = (async () => {
      do {
        this.again = false;
        const result = await this.client.configurations({ varFiles: this.varFiles() });
        if (result !== undefined) this.result = result;
      } while (this.again);
    })();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
    void vscode.commands.executeCommand('setContext', 'packer.hasConfigurations', this.configurations.length > 0);
    this.changed.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }

  private varFiles(): Record<string, string> {
    return this.state.get<Record<string, string>>(VAR_FILES_KEY) ?? {};
  }
}
