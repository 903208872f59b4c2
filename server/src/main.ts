/**
 * The server's entry point: `node dist/server.js --stdio` for any LSP client, or IPC when VS Code
 * starts it (`--node-ipc`); the connection picks the transport from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// A stray rejection must cost one answer, not the whole server (and every open file's diagnostics).
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
startServer(connection);
