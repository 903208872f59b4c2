// `npm start`: the extension, freshly packaged, in a real VS Code (code-server) served to your browser,
// on the examples/ folder. Installs code-server into .code-server/ the first time.
//
//   npm start                 http://127.0.0.1:8080 (or a free port if 8080 is taken)
//   npm start -- --port 9000  (or PORT=9000 npm start)
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, ensureCodeServer, HOME, ROOT } from './code-server.mjs';

const VSIX = path.join(ROOT, 'packer-vscode.vsix');
const EXAMPLES = path.join(ROOT, 'examples');
const USER_DATA = path.join(HOME, 'user-data');
const EXTENSIONS = path.join(HOME, 'extensions');
const LOG = path.join(HOME, 'code-server.log');
const DEFAULT_PORT = 8080;

/** Written once; later changes made in the editor's settings are kept. */
const FIRST_SETTINGS = {
  // examples/README.md says what to try.
  'workbench.startupEditor': 'readme',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'json.schemaDownload.enable': false,
  'chat.disableAIFeatures': true,
  // examples/ sits inside this repository; no offer to open the repository around it.
  'git.openRepositoryInParentFolders': 'never',
  // This sandbox opens our own examples; turn trust back on here to try Restricted Mode.
  'security.workspace.trust.enabled': false,
};

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function requestedPort() {
  const flag = process.argv.indexOf('--port');
  const text = flag >= 0 ? process.argv[flag + 1] : process.env.PORT;
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`"${text}" is not a port number.`);
  return port;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function choosePort() {
  const asked = requestedPort();
  if (asked !== undefined) {
    if (!(await portIsFree(asked))) fail(`port ${asked} is in use; choose another with --port.`);
    return asked;
  }
  if (await portIsFree(DEFAULT_PORT)) return DEFAULT_PORT;
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed.`);
}

function writeFirstSettings() {
  const file = path.join(USER_DATA, 'User', 'settings.json');
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(FIRST_SETTINGS, null, 2)}\n`);
}

function installVsix(codeServer) {
  const args = ['--user-data-dir', USER_DATA, '--extensions-dir', EXTENSIONS, '--install-extension', VSIX, '--force'];
  const result = spawnSync(codeServer, args, { encoding: 'utf8' });
  if (result.status !== 0) fail(`installing ${path.relative(ROOT, VSIX)} failed:\n${result.stdout}${result.stderr}`);
}

function packerOnPath() {
  return spawnSync('packer', ['version'], { stdio: 'ignore' }).status === 0;
}

/** Resolves once code-server listens; rejects if it exits first. */
function listening(child) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk.toString('utf8');
      if (/HTTP server listening on/.test(seen)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server stopped (exit code ${code}) before it listened`)));
  });
}

async function main() {
  console.log('Packaging the extension (npm run package)...');
  run('npm', ['run', '--silent', 'package']);
  let codeServer;
  try {
    codeServer = ensureCodeServer();
  } catch (error) {
    fail(error.message);
  }
  writeFirstSettings();
  installVsix(codeServer);
  const port = await choosePort();
  const config = path.join(HOME, 'config.yaml');
  // Bound to this machine only, hence no password.
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const child = spawn(
    codeServer,
    [
      '--config',
      config,
      '--user-data-dir',
      USER_DATA,
      '--extensions-dir',
      EXTENSIONS,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      EXAMPLES,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = createWriteStream(LOG);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  try {
    await listening(child);
  } catch (error) {
    const tail = existsSync(LOG) ? readFileSync(LOG, 'utf8').split('\n').slice(-20).join('\n') : '';
    fail(`${error.message}\n${tail}`);
  }
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(EXAMPLES)}`;
  console.log(`
Packer for VS Code is running in code-server ${CODE_SERVER_VERSION} (VS Code 1.100), on examples/:

    ${url}

Open that address in a browser. Ctrl+C stops the server (its log: ${path.relative(ROOT, LOG)}).`);
  if (!packerOnPath())
    console.log(
      'Note: packer is not on PATH. Problems and quick fixes work; to run Packer: Build, install it (Debian: apt-get install packer).',
    );
  child.once('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
