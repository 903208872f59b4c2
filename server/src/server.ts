/**
 * LSP wiring: capabilities and handlers, each a few lines that call the language service.
 * Nothing here writes to stdout: with `--stdio` that is the protocol channel.
 */
import * as fs from 'node:fs';
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
import { registerPackerRequests } from './packerRequests';
import { WorkspaceIndex } from './workspaceIndex';
import * as checks from './requestGuards';
import { guarded } from './requestGuards';
import { ValidationScheduler } from './validationScheduler';

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

const diskReader = {
  stat(absolutePath: string): 'file' | 'directory' | undefined {
    try {
      const stat = fs.statSync(absolutePath);
      return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : undefined;
    } catch {
      return undefined;
    }
  },
  listDirectory(absolutePath: string): string[] | undefined {
    try {
      return fs.readdirSync(absolutePath);
    } catch {
      return undefined;
    }
  },
  readText(absolutePath: string): string | undefined {
    try {
      const stat = fs.statSync(absolutePath);
      // Scripts worth reading are small; a huge file is not a provisioning script.
      return stat.isFile() && stat.size < 1_000_000 ? fs.readFileSync(absolutePath, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = createLanguageService(diskReader, (uri) => openDocument(uri)?.getText());

  /** The open document for a file URI, however the client spelt the URI (encodings differ). */
  const openDocument = (uri: string): TextDocument | undefined => {
    const exact = documents.get(uri);
    if (exact !== undefined || !uri.startsWith('file:')) return exact;
    const wanted = filePath(uri);
    return documents.all().find((d) => d.uri.startsWith('file:') && filePath(d.uri) === wanted);
  };
  let settings: ServiceSettings = defaultSettings;
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
        return validated === undefined ? undefined : service.validateStepwise(input(validated), settings);
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
      } catch (error) {
        connection.console.error(`Reading the packer settings failed, using the defaults: ${String(error)}`);
      }
    }
    documents.all().forEach(publishNow);
  };

  let watchesFiles = false;
  const workspaceIndex = new WorkspaceIndex();
  let tracksFolders = false;

  connection.onInitialize((params): InitializeResult => {
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    settings = readSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    workspaceIndex.setRoots(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
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
      connection.workspace.onDidChangeWorkspaceFolders((event) =>
        workspaceIndex.changeRoots(
          event.added.map((f) => f.uri),
          event.removed.map((f) => f.uri),
        ),
      );
    if (watchesFiles) {
      // An HCL2 configuration is a folder: files created, changed or deleted outside the editor count.
      const watchers = ['**/*.pkr.hcl', '**/*.pkrvars.hcl', '**/*.pkr.json', '**/*.pkrvars.json'].map(
        (globPattern) => ({ globPattern }),
      );
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
        connection.console.error(`Watching Packer files failed: ${String(error)}`);
      });
      // Legacy templates are plain `.json` files: watched so that workspace symbols stay current.
      const legacy = { watchers: [{ globPattern: '**/*.json' }] };
      void connection.client.register(DidChangeWatchedFilesNotification.type, legacy).catch((error: unknown) => {
        connection.console.error(`Watching JSON templates failed: ${String(error)}`);
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    if (!pullsConfiguration) settings = readSettings((change.settings as { packer?: unknown } | undefined)?.packer);
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
    for (const event of change.changes) {
      service.forget(event.uri);
      workspaceIndex.fileChanged(event.uri);
      publishFolderOf(event.uri);
    }
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
      return service.codeActions(input(document), params.context.diagnostics, params.context.only, settings);
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

  registerPackerRequests(connection, service, (uri) => {
    const document = openDocument(uri);
    return document === undefined ? undefined : input(document);
  });

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
      atCursor(p.textDocument.uri, p.position, null, (d, o) => service.hover(d, o)),
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
