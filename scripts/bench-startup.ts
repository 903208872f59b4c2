/**
 * Time from process start to the first diagnostics of a small template: our server against a peer
 * server on vscode-json-languageservice doing the same (scripts/peerServer.ts), both bundled here
 * as the extension ships its server (esbuild, minified), each started in turn, several times.
 * Target: ours at most 1.2x the peer (medians, with the machine's load). Other builds of our server
 * (an older dist/server.js, say) given as arguments are started in turn with them, for a before/after.
 *
 *   node out/scripts/bench-startup.js [--runs 9] [other/dist/server.js ...]
 */
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { machineLoad, median } from './benchTiming';

const ROOT = resolve(__dirname, '..', '..');
const OURS = join(ROOT, 'out', 'scripts', 'startup', 'server.js');
const PEER = join(ROOT, 'out', 'scripts', 'startup', 'peer-server.js');
const TARGET = 1.2;
const BOUND_MS = 60_000;
const LAB = readFileSync(join(ROOT, 'test', 'fixtures', 'lab', 'packer_configuration.json'), 'utf8');

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 9 : Number(args[runsAt + 1]);
const others = args.filter((arg, i) => arg !== '--runs' && i !== runsAt + 1).map((arg) => resolve(arg));

/** Both servers bundled with the options of `scripts/bundle.mjs --production`, the shipped server's. */
async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
  // The server reads its component schemas and validators from this file beside it on first use, as the
  // shipped one does from dist/ (scripts/compile-validators.mjs writes it).
  copyFileSync(join(ROOT, 'dist', 'packer-components.dat'), join(dirname(outfile), 'packer-components.dat'));
}

/** Milliseconds from spawning `server` to its first diagnostics for the lab template. */
async function firstDiagnostics(server: string, languageId: string): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  try {
    const published = new Promise<number>((resolvePublished, reject) => {
      const timer = setTimeout(() => reject(new Error(`${server}: no diagnostics within ${BOUND_MS} ms`)), BOUND_MS);
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.diagnostics.length === 0) return;
        clearTimeout(timer);
        resolvePublished(Number(process.hrtime.bigint() - started) / 1e6);
      });
    });
    connection.onRequest('workspace/configuration', () => [{}]);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'file:///bench/packer_configuration.json', languageId, version: 1, text: LAB },
    });
    return await published;
  } finally {
    connection.dispose();
    child.kill();
  }
}

async function main(): Promise<void> {
  await bundle('server/src/main.ts', OURS);
  await bundle('scripts/peerServer.ts', PEER);
  console.log(`Start-up to the first diagnostics of the lab template; ${machineLoad()}`);
  const ours: number[] = [];
  const peer: number[] = [];
  const otherTimes = others.map((): number[] => []);
  await firstDiagnostics(OURS, 'packer-json'); // the first start reads the files from disk
  await firstDiagnostics(PEER, 'json');
  for (const other of others) await firstDiagnostics(other, 'packer-json');
  for (let run = 0; run < runs; run++) {
    ours.push(await firstDiagnostics(OURS, 'packer-json'));
    peer.push(await firstDiagnostics(PEER, 'json'));
    for (const [i, other] of others.entries()) otherTimes[i]?.push(await firstDiagnostics(other, 'packer-json'));
  }
  for (const [i, other] of others.entries()) {
    const times = otherTimes[i] ?? [];
    console.log(
      `${other}: ${median(times).toFixed(0)} ms (best ${Math.min(...times).toFixed(0)}); ours / it ${(median(ours) / median(times)).toFixed(2)}x`,
    );
  }
  const ratio = median(ours) / median(peer);
  console.log(
    `ours ${median(ours).toFixed(0)} ms (best ${Math.min(...ours).toFixed(0)}), peer ${median(peer).toFixed(0)} ms (best ${Math.min(...peer).toFixed(0)})`,
  );
  console.log(
    `ratio ${ratio.toFixed(2)}x (target ${TARGET}x): ${ratio <= TARGET ? 'met' : 'missed'}; ${machineLoad()}`,
  );
}

void main();
