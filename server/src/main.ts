/**
 * The server's entry point: `node dist/server.js --stdio` for any LSP client, or IPC when VS Code
 * starts it (`--node-ipc`); the connection picks the transport from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
