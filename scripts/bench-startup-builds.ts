/**
 * Time to first diagnostics: from starting `node dist/server.js --stdio` to the first diagnostics
 * published for the lab template, the median of several cold starts. Given other server bundles
 * (an older build, say), starts them in turn with this one, so that the figures come from the same
 * run on the same (shared, noisy) machine.
 *
 *   node out/scripts/bench-startup-builds.js [--runs N] [other/dist/server.js ...]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(__dirname, '..', '..');
const LAB = path.join(ROOT, 'examples', 'lab', 'packer_configuration.json');
const BOUND_MS = 30_000;

/** Milliseconds from spawn to the first publishDiagnostics of the lab template. */
async function firstDiagnostics(server: string, text: string): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const uri = pathToFileURL(LAB).toString();
  try {
    const published = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${server}: no diagnostics within ${BOUND_MS} ms`)), BOUND_MS);
      connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
        if (params.uri !== uri) return;
        clearTimeout(timer);
        resolve(Number(process.hrtime.bigint() - started) / 1e6);
      });
    });
    connection.onRequest('workspace/configuration', () => [{}]);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'packer-json', version: 1, text },
    });
    return await published;
  } finally {
    connection.dispose();
    child.kill();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 9;
  const servers = [path.join(ROOT, 'dist', 'server.js'), ...args.map((a) => path.resolve(a))];
  const text = fs.readFileSync(LAB, 'utf8');
  const times = servers.map(() => [] as number[]);
  // in turn, so that a busy moment of the machine falls on every server alike
  for (let i = 0; i < runs; i++)
    for (const [j, server] of servers.entries()) times[j]?.push(await firstDiagnostics(server, text));
  for (const [j, server] of servers.entries()) {
    const size = fs.statSync(server).size / 1024 / 1024;
    console.log(
      `${median(times[j] ?? []).toFixed(0)} ms to first diagnostics (median of ${runs}), ${size.toFixed(2)} MiB: ${server}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
