/**
 * The Packer language server: started over IPC from `dist/server.js`, restarted on demand. It reads
 * files and settings only and runs nothing of the workspace, so it also runs in Restricted Mode.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CONFIGURATIONS_CHANGED_NOTIFICATION,
  CONFIGURATIONS_REQUEST,
  type ConfigurationsParams,
  type ConfigurationsResult,
} from './configurations/protocol';
import { errorText } from './packerBinary';
import { BUILD_VAR_FILE_NOTIFICATION, type BuildVarFileParams } from './commands/buildVarFileMemory';
import { ServerActivity } from './status/serverActivity';

export const PACKER_LANGUAGES = ['packer', 'packer-vars', 'packer-json'] as const;

/** Custom request: the build names of the template at `uri`, for `packer build -only`. */
export const BUILD_NAMES_REQUEST = 'packer/buildNames';
export interface BuildNamesParams {
  uri: string;
}
export interface BuildNamesResult {
  names: string[];
}

/** Custom request: the legacy JSON template at `uri` as HCL2 text, with what could not be translated. */
export const CONVERT_TO_HCL_REQUEST = 'packer/convertToHcl';
export interface ConvertToHclParams {
  uri: string;
}
export interface ConvertToHclResult {
  text: string;
  warnings: string[];
}

/** Client to server: the version `packer version` printed (null when no packer was found). */
export const PACKER_VERSION_NOTIFICATION = 'packer/packerVersion';

const CLIENT_ID = 'packer'; // the client reads `packer.trace.server` from this id
const CLIENT_NAME = 'Packer Language Server';
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;
const BUILD_NAMES_TIMEOUT_MS = 5_000;

export class PackerLanguageClient implements vscode.Disposable {
  readonly outputChannel = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  private client: LanguageClient | undefined;
  private crashes: number[] = [];
  /** Starting, running, busy analysing, stopped or failed: for the language status. */
  readonly activity = new ServerActivity();
  private readonly configurationsChanged = new vscode.EventEmitter<void>();
  /** The server says its `packer/configurations` answer changed without an edit (a plugin was installed). */
  readonly onDidChangeConfigurations = this.configurationsChanged.event;
  /** The last Packer version told to the server: told again to a restarted one. */
  private packerVersion: string | null | undefined;

  /** `buildVarFiles`: the variable files chosen in Packer: Build, handed to each new server. */
  constructor(
    private readonly serverModule: string,
    private readonly buildVarFiles: (asUri: (fsPath: string) => string) => BuildVarFileParams[] = () => [],
  ) {}

  async start(): Promise<void> {
    if (!fs.existsSync(this.serverModule)) {
      this.reportFailure(`the server bundle ${this.serverModule} is missing (run "npm run build").`);
      return;
    }
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, this.serverOptions(), this.clientOptions());
    this.client = client;
    client.onNotification(CONFIGURATIONS_CHANGED_NOTIFICATION, () => this.configurationsChanged.fire());
    client.onDidChangeState((event) => {
      if (this.client !== client) return;
      if (event.newState === State.Running) this.activity.running();
      else if (event.newState === State.Starting) this.activity.starting();
      else this.activity.stopped();
      // A server restarted after a crash starts without it: tell it again which Packer runs the templates.
      if (event.newState === State.Running && this.packerVersion !== undefined)
        this.notifyPackerVersion(this.packerVersion ?? undefined);
    });
    try {
      await client.start();
    } catch (error) {
      this.reportFailure(errorText(error));
    }
  }

  /** A fresh client, so that a server that failed to start gets a clean second chance. */
  async restart(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    this.crashes = [];
    if (old)
      await old.dispose().catch((error: unknown) => this.outputChannel.appendLine(`Stopping: ${errorText(error)}`));
    await this.start();
  }

  showOutput(): void {
    this.outputChannel.show(true);
  }

  /** The template's build names, or undefined when the server cannot tell (not running, no such request). */
  async buildNames(uri: vscode.Uri): Promise<string[] | undefined> {
    const client = this.client;
    if (!client?.isRunning()) return undefined;
    const cancel = new vscode.CancellationTokenSource();
    const timer = setTimeout(() => cancel.cancel(), BUILD_NAMES_TIMEOUT_MS);
    try {
      const params: BuildNamesParams = { uri: client.code2ProtocolConverter.asUri(uri) };
      const result = await client.sendRequest<BuildNamesResult>(BUILD_NAMES_REQUEST, params, cancel.token);
      return Array.isArray(result?.names) ? result.names.filter((n): n is string => typeof n === 'string') : undefined;
    } catch (error) {
      this.outputChannel.appendLine(`${BUILD_NAMES_REQUEST} failed: ${errorText(error)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
      cancel.dispose();
    }
  }

  /**
   * The template at `uri` converted to HCL2 by the server (`packer/convertToHcl`). Rejects with the
   * server's reason (not a legacy template, syntax errors) or when the server is not running.
   */
  async convertToHcl(uri: vscode.Uri): Promise<ConvertToHclResult> {
    const client = this.client;
    if (!client?.isRunning()) throw new Error('the Packer language server is not running.');
    const params: ConvertToHclParams = { uri: client.code2ProtocolConverter.asUri(uri) };
    return client.sendRequest<ConvertToHclResult>(CONVERT_TO_HCL_REQUEST, params);
  }

  /** Tells a running server the variable file chosen for builds in a folder (it counts its values as set). */
  notifyBuildVarFile(params: BuildVarFileParams): void {
    const client = this.client;
    if (!client?.isRunning()) return;
    client.sendNotification(BUILD_VAR_FILE_NOTIFICATION, params).catch((error: unknown) => {
      this.outputChannel.appendLine(`${BUILD_VAR_FILE_NOTIFICATION} failed: ${errorText(error)}`);
    });
  }

  asUri(fsPath: string): string {
    return this.client?.code2ProtocolConverter.asUri(vscode.Uri.file(fsPath)) ?? vscode.Uri.file(fsPath).toString();
  }

  /** The workspace's configurations (`packer/configurations`); undefined while the server is not running. */
  async configurations(params: ConfigurationsParams): Promise<ConfigurationsResult | undefined> {
    const client = this.client;
    if (!client?.isRunning()) return undefined;
    try {
      return await client.sendRequest<ConfigurationsResult>(CONFIGURATIONS_REQUEST, params);
    } catch (error) {
      this.outputChannel.appendLine(`${CONFIGURATIONS_REQUEST} failed: ${errorText(error)}`);
      return undefined;
    }
  }

  /** Tells the server which Packer runs the templates (`packer/packerVersion`), so that its checks follow it. */
  notifyPackerVersion(version: string | undefined): void {
    this.packerVersion = version ?? null;
    const client = this.client;
    if (!client?.isRunning()) return;
    client.sendNotification(PACKER_VERSION_NOTIFICATION, { version: version ?? null }).catch((error: unknown) => {
      this.outputChannel.appendLine(`${PACKER_VERSION_NOTIFICATION} failed: ${errorText(error)}`);
    });
  }

  async dispose(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.dispose().catch(() => undefined);
    this.outputChannel.dispose();
    this.activity.dispose();
    this.configurationsChanged.dispose();
  }

  private serverOptions(): ServerOptions {
    return {
      run: { module: this.serverModule, transport: TransportKind.ipc },
      debug: {
        module: this.serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: ['--nolazy', '--inspect=6009'] },
      },
    };
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: PACKER_LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      // The server pulls `packer` through workspace/configuration; this tells it when to pull again.
      synchronize: { configurationSection: 'packer' },
      initializationOptions: () => ({ buildVarFiles: this.buildVarFiles((p) => this.asUri(p)) }),
      outputChannel: this.outputChannel,
      errorHandler: this.errorHandler(),
      middleware: this.activity.middleware,
    };
  }

  /** Restarts a crashed server a few times, then stops and says so, with the two useful buttons. */
  private errorHandler(): ErrorHandler {
    return {
      error: (_error, _message, count): ErrorHandlerResult => ({
        action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
      }),
      closed: (): CloseHandlerResult => {
        const now = Date.now();
        this.crashes = [...this.crashes.filter((t) => now - t < RESTART_WINDOW_MS), now];
        if (this.crashes.length <= MAX_RESTARTS) return { action: CloseAction.Restart };
        this.reportFailure(`it stopped ${this.crashes.length} times in the last 3 minutes.`);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };
  }

  private reportFailure(reason: string): void {
    this.activity.failed(reason);
    this.outputChannel.appendLine(`The Packer language server could not run: ${reason}`);
    const show = 'Show Output';
    const restart = 'Restart';
    void vscode.window
      .showErrorMessage(`The Packer language server could not start: ${reason}`, show, restart)
      .then((choice) => {
        if (choice === show) this.showOutput();
        if (choice === restart) void this.restart();
      });
  }
}
