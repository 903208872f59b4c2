/**
 * LSP wiring: capabilities and handlers, each a few lines that call the language service.
 * Nothing here writes to stdout: with `--stdio` that is the protocol channel.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DocumentFormattingParams,
  type DocumentRangeFormattingParams,
  type InitializeResult,
  type Position,
  type Range,
  type ReferenceParams,
  type RenameParams,
  type TextDocumentPositionParams,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND } from './service/features/codeActions';
import { COMPLETION_TRIGGERS } from './service/features/completion';
import { SIGNATURE_TRIGGERS } from './service/features/signatureHelp';
import { isHclDocument, type DocumentInput } from './service/document';
import { createLanguageService } from './service/service';
import { defaultSettings, readSettings, type ServiceSettings } from './service/settings';
import { CONFIGURATIONS_CHANGED_NOTIFICATION, registerPackerRequests } from './packerRequests';
import { PluginFolderHost } from './pluginFolderHost';
import { WorkspaceIndex } from './workspaceIndex';
import {
  BUILD_SCRIPT_GLOBS,
  BUILD_VAR_FILE_NOTIFICATION,
  BuildVariablesHost,
  type BuildVarFileParams,
} from './buildVariablesHost';
import { diskReader } from './diskReader';
import { ProjectSettings } from './projectSettings';
import * as checks from './requestGuards';
import { guarded } from './requestGuards';
import { ValidationScheduler } from './validationScheduler';

/** Client to server: the version `packer version` printed, or null when no packer was found. */
export const PACKER_VERSION_NOTIFICATION = 'packer/packerVersion';

function filePath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function folderOf(uri: string): string | undefined {
  const file = uri.startsWith('file:') ? filePath(uri) : undefined;
  return file === undefined ? undefined : path.dirname(file);
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const buildVariables = new BuildVariablesHost(diskReader);
  // Installing or removing a plugin changes what every open template may use.
  const plugins = new PluginFolderHost(() => {
    documents.all().forEach(publish);
    // The configurations' installed and missing plugins changed too (and with the Packer in use, below).
    void connection.sendNotification(CONFIGURATIONS_CHANGED_NOTIFICATION);
  });
  let detectedPackerVersion: string | undefined;
  const service = createLanguageService(diskReader, (uri) => openDocument(uri)?.getText(), buildVariables.variables, {
    detectedPackerVersion: () => detectedPackerVersion,
    installedPlugins: () => plugins.installed(),
  });
  connection.onShutdown(() => plugins.dispose());
  // The editor ran `packer version` (or found another packer): checks follow the Packer in use.
  connection.onNotification(PACKER_VERSION_NOTIFICATION, (params: { version?: unknown }) => {
    detectedPackerVersion = typeof params?.version === 'string' ? params.version : undefined;
    documents.all().forEach(publish);
    void connection.sendNotification(CONFIGURATIONS_CHANGED_NOTIFICATION);
  });

  /** The open document for a file URI, however the client spelt the URI (encodings differ). */
  const openDocument = (uri: string): TextDocument | undefined => {
    const exact = documents.get(uri);
    if (exact !== undefined || !uri.startsWith('file:')) return exact;
    const wanted = filePath(uri);
    return documents.all().find((d) => d.uri.startsWith('file:') && filePath(d.uri) === wanted);
  };
  let settings: ServiceSettings = defaultSettings;
  // `.packer-lint.json`, shared with packer-lint: its rule severities under the client's settings.
  const projectSettings = new ProjectSettings();
  const settingsFor = (uri: string): ServiceSettings => projectSettings.forDocument(uri, settings);
  let pullsConfiguration = false;

  const input = (document: TextDocument): DocumentInput => ({
    uri: document.uri,
    version: document.version,
    languageId: document.languageId,
    text: document.getText(),
  });

  // Validation waits for the client's settings, so the first diagnostics already honour them.
  let settingsLoaded: Promise<void> = Promise.resolve();

  // Validation runs in slices, and a newer edit supersedes an older validation (validationScheduler.ts).
  const scheduler = new ValidationScheduler<Diagnostic[]>();
  const publishNow = (document: TextDocument): void => {
    const uri = document.uri;
    let validated: TextDocument | undefined;
    void scheduler.schedule(
      uri,
      () => {
        validated = documents.get(uri);
        return validated === undefined ? undefined : service.validateStepwise(input(validated), settingsFor(uri));
      },
      (diagnostics) => {
        if (validated !== undefined) void connection.sendDiagnostics({ uri, version: validated.version, diagnostics });
      },
    );
  };

  const publish = (document: TextDocument): void => {
    void settingsLoaded.then(() => {
      // A later change may have replaced this version already: validate what is current.
      const current = documents.get(document.uri);
      if (current !== undefined && current.version === document.version) publishNow(current);
    });
  };

  const refreshSettings = async (): Promise<void> => {
    if (pullsConfiguration) {
      try {
        const [section] = (await connection.workspace.getConfiguration([{ section: 'packer' }])) as unknown[];
        settings = readSettings(section);
        buildVariables.readSettings(section);
      } catch (error) {
        connection.console.error(`Reading the packer settings failed, using the defaults: ${String(error)}`);
      }
    }
    documents.all().forEach(publishNow);
  };

  let watchesFiles = false;
  const workspaceIndex = new WorkspaceIndex();
  // Walked again for each `packer/configurations` (file events can miss files), apart from the symbols' index.
  const configurationIndex = new WorkspaceIndex();
  let tracksFolders = false;

  connection.onInitialize((params): InitializeResult => {
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const options = params.initializationOptions as
      { settings?: unknown; buildVarFiles?: unknown; packerVersion?: unknown } | undefined;
    const initialSettings = options?.settings;
    buildVariables.chooseAll(options?.buildVarFiles);
    settings = readSettings(initialSettings);
    buildVariables.readSettings(initialSettings);
    if (typeof options?.packerVersion === 'string') detectedPackerVersion = options.packerVersion;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceIndex.setRoots(roots);
    configurationIndex.setRoots(roots);
    buildVariables.setRoots(roots);
    tracksFolders = params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        signatureHelpProvider: { triggerCharacters: SIGNATURE_TRIGGERS, retriggerCharacters: [')'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        // The options form only for clients that can ask first (LSP says so).
        renameProvider:
          params.capabilities.textDocument?.rename?.prepareSupport === true ? { prepareProvider: true } : true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'packer-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    settingsLoaded = refreshSettings();
    if (tracksFolders)
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const added = event.added.map((f) => f.uri);
        const removed = event.removed.map((f) => f.uri);
        for (const index of [workspaceIndex, configurationIndex]) index.changeRoots(added, removed);
        buildVariables.changeRoots(added, removed);
        documents.all().forEach(publish);
      });
    if (watchesFiles) {
      // An HCL2 configuration is a folder: files created, changed or deleted outside the editor count.
      const watchers = [
        '**/*.pkr.hcl',
        '**/*.pkrvars.hcl',
        '**/*.pkr.json',
        '**/*.pkrvars.json',
        '**/.packer-lint.json',
      ].map((globPattern) => ({ globPattern }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
        connection.console.error(`Watching Packer files failed: ${String(error)}`);
      });
      // Build scripts say which variable files the builds pass.
      const scripts = { watchers: BUILD_SCRIPT_GLOBS.map((globPattern) => ({ globPattern })) };
      void connection.client.register(DidChangeWatchedFilesNotification.type, scripts).catch((error: unknown) => {
        connection.console.error(`Watching build scripts failed: ${String(error)}`);
      });
      // Legacy templates are plain `.json` files: watched so that workspace symbols stay current.
      const legacy = { watchers: [{ globPattern: '**/*.json' }] };
      void connection.client.register(DidChangeWatchedFilesNotification.type, legacy).catch((error: unknown) => {
        connection.console.error(`Watching JSON templates failed: ${String(error)}`);
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    if (!pullsConfiguration) {
      const section = (change.settings as { packer?: unknown } | undefined)?.packer;
      settings = readSettings(section);
      buildVariables.readSettings(section);
    }
    settingsLoaded = settingsLoaded.then(refreshSettings);
  });

  // Also fires when a document opens.
  /** An HCL2 file's findings depend on the other files of its folder: check the open ones again. */
  const publishFolderOf = (uri: string): void => {
    const folder = folderOf(uri);
    if (folder === undefined) return;
    for (const other of documents.all()) {
      if (other.uri !== uri && folderOf(other.uri) === folder && isHclDocument(other)) publish(other);
    }
  };

  documents.onDidChangeContent((event) => {
    publish(event.document);
    if (isHclDocument(event.document)) publishFolderOf(event.document.uri);
  });

  // Files created, changed or deleted on disk (the client watches Packer files for us).
  connection.onDidChangeWatchedFiles((change) => {
    let buildsChanged = false;
    for (const event of change.changes) {
      if (projectSettings.fileChanged(event.uri)) documents.all().forEach(publish);
      service.forget(event.uri);
      workspaceIndex.fileChanged(event.uri);
      if (buildVariables.fileChanged(event.uri)) buildsChanged = true;
      else publishFolderOf(event.uri);
    }
    if (buildsChanged) documents.all().forEach(publish);
  });

  // The variable file "Packer: Build" used for a folder: its values count as set from now on.
  connection.onNotification(BUILD_VAR_FILE_NOTIFICATION, (params: BuildVarFileParams) => {
    if (buildVariables.choose(params)) documents.all().forEach(publish);
  });
  documents.onDidClose((event) => {
    scheduler.cancel(event.document.uri);
    service.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    // Its saved text (or its absence) now counts for the folder-mates, instead of the editor's.
    if (isHclDocument(event.document)) publishFolderOf(event.document.uri);
  });

  connection.onCodeAction(
    guarded(checks.codeAction, (params: CodeActionParams) => {
      const document = documents.get(params.textDocument.uri);
      if (document === undefined) return [];
      const only = params.context.only;
      return service.codeActions(input(document), params.context.diagnostics, only, settingsFor(document.uri));
    }),
  );

  const formatting = (
    uri: string,
    options: { tabSize: number; insertSpaces: boolean; insertFinalNewline?: boolean },
    range?: Range,
  ) => {
    const document = documents.get(uri);
    if (document === undefined) return [];
    const offsets =
      range === undefined ? undefined : { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const result = service.format(input(document), options, offsets);
    if ('declined' in result) {
      // A notification, not a request: a client without message support must not fail the call.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: result.declined,
      });
      return [];
    }
    return result.edits;
  };
  connection.onDocumentFormatting(
    guarded(checks.formatting, (p: DocumentFormattingParams) => formatting(p.textDocument.uri, p.options)),
  );
  connection.onDocumentRangeFormatting(
    guarded(checks.rangeFormatting, (p: DocumentRangeFormattingParams) =>
      formatting(p.textDocument.uri, p.options, p.range),
    ),
  );

  registerPackerRequests(
    connection,
    service,
    (uri) => {
      const document = openDocument(uri);
      return document === undefined ? undefined : input(document);
    },
    () => {
      configurationIndex.rescan();
      const files = configurationIndex.snapshot(documents.all().map(input));
      return { files, truncated: configurationIndex.truncated };
    },
    () => settings,
  );

  // Navigation, outline and folding: the service answers in LSP types, with offsets converted here.
  const atCursor = <T>(uri: string, position: Position, none: T, ask: (d: DocumentInput, offset: number) => T): T => {
    const document = documents.get(uri);
    return document === undefined ? none : ask(input(document), document.offsetAt(position));
  };
  const orFail = <T extends object>(result: T | { error: string }): T => {
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
    return result;
  };
  const at = checks.textDocumentPosition;
  connection.onDefinition(
    guarded(at, (p: TextDocumentPositionParams) =>
      atCursor(p.textDocument.uri, p.position, [], (d, o) => service.definition(d, o)),
    ),
  );
  connection.onReferences(
    guarded(checks.references, (p: ReferenceParams) =>
      atCursor(p.textDocument.uri, p.position, [], (d, o) => service.references(d, o, p.context.includeDeclaration)),
    ),
  );
  connection.onPrepareRename(
    guarded(at, (p: TextDocumentPositionParams) =>
      atCursor(p.textDocument.uri, p.position, null, (d, o) => orFail(service.prepareRename(d, o))),
    ),
  );
  connection.onRenameRequest(
    guarded(checks.rename, (p: RenameParams) =>
      atCursor(p.textDocument.uri, p.position, null, (d, o) => orFail(service.rename(d, o, p.newName)).edit),
    ),
  );
  const ofDocument =
    <T>(ask: (d: DocumentInput) => T[]) =>
    (p: { textDocument: { uri: string } }): T[] => {
      const document = documents.get(p.textDocument.uri);
      return document === undefined ? [] : ask(input(document));
    };
  connection.onDocumentSymbol(
    guarded(
      checks.textDocument,
      ofDocument((d) => service.documentSymbols(d)),
    ),
  );
  connection.onDocumentLinks(
    guarded(
      checks.textDocument,
      ofDocument((d) => service.documentLinks(d)),
    ),
  );
  connection.onFoldingRanges(
    guarded(
      checks.textDocument,
      ofDocument((d) => service.foldingRanges(d)),
    ),
  );
  connection.onWorkspaceSymbol(
    guarded(checks.workspaceSymbol, (p: WorkspaceSymbolParams) =>
      service.workspaceSymbols(p.query, workspaceIndex.snapshot(documents.all().map(input))),
    ),
  );

  connection.onHover(
    guarded(at, (p: TextDocumentPositionParams) =>
      atCursor(p.textDocument.uri, p.position, null, (d, o) => service.hover(d, o, settings)),
    ),
  );
  connection.onCompletion(
    guarded(at, (p: TextDocumentPositionParams) =>
      atCursor(p.textDocument.uri, p.position, { isIncomplete: false, items: [] }, (d, o) => service.completion(d, o)),
    ),
  );
  connection.onSignatureHelp(
    guarded(at, (p: TextDocumentPositionParams) =>
      atCursor(p.textDocument.uri, p.position, null, (d, o) => service.signatureHelp(d, o)),
    ),
  );

  documents.listen(connection);
  connection.listen();
}
