/**
 * The peer of the start-up benchmark: a language server as small as VS Code's own JSON server, on
 * vscode-json-languageservice, validating open JSON documents against our schemas combined into one
 * (benchPeer.ts) and publishing the problems. Bundled by bench-startup.ts as our server is bundled,
 * so that the two start the same way.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPeer } from './benchPeer';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const peer = createPeer();

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
  serverInfo: { name: 'json-peer' },
}));

documents.onDidChangeContent(async (event) => {
  const { service } = await peer;
  const document = event.document;
  const parsed = service.parseJSONDocument(document);
  const diagnostics = await service.doValidation(document, parsed);
  await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
});

documents.listen(connection);
connection.listen();
