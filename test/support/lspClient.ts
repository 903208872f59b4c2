/**
 * A minimal LSP client for tests: starts the real bundled server (`node dist/server.js --stdio`)
 * and speaks JSON-RPC to it over its stdin/stdout. Every wait is for a message, with a bound.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { installedPackerVersion } from './packerCli';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';

export const SERVER_PATH = path.resolve(__dirname, '..', '..', '..', 'dist', 'server.js');
const WAIT_BOUND_MS = 15_000;

export class LspTestClient {
  private readonly versions = new Map<string, number>();
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: Array<{ uri: string; version: number; resolve: (d: Diagnostic[]) => void }> = [];
  private readonly watchers: Array<{
    uri: string;
    accept: (d: Diagnostic[]) => boolean;
    resolve: (d: Diagnostic[]) => void;
  }> = [];
  readonly stderr: string[] = [];
  /** Every versioned publication, in the order it arrived. */
  readonly published: Array<{ uri: string; version: number }> = [];

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.latest.set(params.uri, params);
      for (const watcher of [...this.watchers]) {
        if (watcher.uri === params.uri && watcher.accept(params.diagnostics)) {
          this.watchers.splice(this.watchers.indexOf(watcher), 1);
          watcher.resolve(params.diagnostics);
        }
      }
      if (params.version !== undefined) this.published.push({ uri: params.uri, version: params.version });
      for (const waiter of [...this.waiters]) {
        // The server versions every validation; an unversioned publish is the clearing on close.
        if (waiter.uri === params.uri && params.version !== undefined && params.version >= waiter.version) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    connection.onRequest('workspace/configuration', () => [this.settings]);
    connection.onRequest('client/registerCapability', () => null);
  }

  settings: unknown = {};

  /** A client whose workspace is the folder `root`, which tracks folders and answers configuration requests. */
  static startInWorkspace(root: string): Promise<LspTestClient> {
    return LspTestClient.start(
      {},
      {
        workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
        capabilities: { workspace: { configuration: true, workspaceFolders: true } },
      },
    );
  }

  /**
   * `initialize` adds to the initialize request's parameters (workspace folders, say). Like the
   * editor, the client tells the server the installed packer's version (`packerVersion` overrides it;
   * null: none found), and the server reads an empty plugin folder of its own unless `env` says else.
   * `command` starts another build of the server (an installed `packer-language-server`) instead of ours.
   */
  static async start(
    settings: unknown = {},
    initialize: Record<string, unknown> = {},
    options: { env?: Record<string, string>; packerVersion?: string | null; command?: string[] } = {},
  ): Promise<LspTestClient> {
    const pluginFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-plugins-'));
    const env = { ...process.env, PACKER_PLUGIN_PATH: pluginFolder, ...options.env };
    const [executable = process.execPath, ...args] = options.command ?? [process.execPath, SERVER_PATH];
    const child = spawn(executable, [...args, '--stdio'], { stdio: 'pipe', env });
    child.on('exit', () => fs.rmSync(pluginFolder, { recursive: true, force: true }));
    const packerVersion = options.packerVersion === undefined ? installedVersion() : options.packerVersion;
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new LspTestClient(child, connection);
    client.settings = settings;
    child.stderr.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    connection.listen();
    await withBound(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {
          workspace: { configuration: true },
          textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { dataSupport: true } },
        },
        ...(packerVersion !== null && packerVersion !== undefined && { initializationOptions: { packerVersion } }),
        ...initialize,
      }),
      'initialize',
    );
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Opens a document and resolves with the first diagnostics published for it. */
  async open(uri: string, languageId: string, text: string): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const published = this.waitForDiagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
    return published;
  }

  /** Replaces the whole text and resolves with the diagnostics of the new version. */
  async change(uri: string, text: string): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    const published = this.waitForDiagnostics(uri, version);
    await this.sendChange(uri, text);
    return published;
  }

  /**
   * Sends a new version without waiting for anything, as the whole text or as one edit (a small
   * message, as an editor sends for a keystroke); returns the version.
   */
  async sendChange(uri: string, change: string | { range: Range; text: string }): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [typeof change === 'string' ? { text: change } : change],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  waitForDiagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    return withBound(
      new Promise<Diagnostic[]>((resolve) => this.waiters.push({ uri, version, resolve })),
      `diagnostics for ${uri} version ${version}`,
    );
  }

  /**
   * The next diagnostics published for `uri` that `accept` takes, whatever their version: for
   * changes the server sees outside the document (files on disk, installed plugins).
   */
  nextDiagnostics(uri: string, accept: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    return withBound(
      new Promise<Diagnostic[]>((resolve) => this.watchers.push({ uri, accept, resolve })),
      `diagnostics for ${uri}: ${what}`,
    );
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await withBound(
      this.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range,
        context: { diagnostics, ...(only !== undefined && { only }) },
      }),
      'codeAction',
    );
    return (result ?? []) as CodeAction[];
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return withBound(this.connection.sendRequest<T>(method, params), method);
  }

  async stop(): Promise<void> {
    try {
      await withBound(this.connection.sendRequest('shutdown'), 'shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}

let packerVersion: { value: string | undefined } | undefined;

/** Read once per test process: `packer version` is the same for every client. */
function installedVersion(): string | undefined {
  packerVersion ??= { value: installedPackerVersion() };
  return packerVersion.value;
}

export function withBound<T>(promise: Promise<T>, what: string, ms = WAIT_BOUND_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}
