/**
 * What the language server is doing, as the language status shows it. "Busy" is read from the traffic
 * itself: a Packer document sent to the server (opened or changed) is being analysed until the server
 * publishes its diagnostics, which it does for every document it receives.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

export type ServerState = 'starting' | 'running' | 'busy' | 'stopped' | 'failed';

export class ServerActivity implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private base: Exclude<ServerState, 'busy'> = 'starting';
  private reason: string | undefined;
  private readonly analysing = new Set<string>();

  get state(): ServerState {
    return this.base === 'running' && this.analysing.size > 0 ? 'busy' : this.base;
  }

  /** Why the server could not run, when it failed. */
  get failure(): string | undefined {
    return this.base === 'failed' ? this.reason : undefined;
  }

  readonly middleware: Middleware = {
    didOpen: (document, next) => {
      this.begin(document.uri);
      return next(document);
    },
    didChange: (event, next) => {
      this.begin(event.document.uri);
      return next(event);
    },
    didClose: (document, next) => {
      // Closed before its diagnostics came: nothing more will come for it.
      if (this.analysing.delete(document.uri.toString())) this.changed.fire();
      return next(document);
    },
    handleDiagnostics: (uri, diagnostics, next) => {
      if (this.analysing.delete(uri.toString())) this.changed.fire();
      next(uri, diagnostics);
    },
  };

  starting(): void {
    this.set('starting');
  }

  running(): void {
    this.set('running');
  }

  stopped(): void {
    // A failure stays until a restart, so that its reason can still be read.
    if (this.base !== 'failed') this.set('stopped');
  }

  failed(reason: string): void {
    this.reason = reason;
    this.set('failed');
  }

  dispose(): void {
    this.changed.dispose();
  }

  private begin(uri: vscode.Uri): void {
    this.analysing.add(uri.toString());
    this.changed.fire();
  }

  private set(state: Exclude<ServerState, 'busy'>): void {
    this.analysing.clear();
    if (state !== 'failed') this.reason = undefined;
    this.base = state;
    this.changed.fire();
  }
}
