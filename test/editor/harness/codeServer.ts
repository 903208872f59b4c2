/**
 * One code-server for one suite: a free port on 127.0.0.1, no password, its own user data and extensions
 * folders, workspace trust on or off. Runs in its own process group, so that stopping it also stops its
 * extension host and language server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER, CODE_SERVER_SCRIPT } from './paths';
import { userSettings } from './userSettings';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface CodeServerOptions {
  /** Created and owned by the caller; holds user data, extensions and the log. */
  stateDir: string;
  trusted: boolean;
  /** Installed before start, as `code --install-extension` would. */
  vsix?: string;
}

export interface CodeServer {
  /** `127.0.0.1:PORT`, also the authority of `vscode-remote://` URIs. */
  readonly authority: string;
  readonly logFile: string;
  /** The workbench on `folder`, with extra query parameters (e.g. `payload`). */
  url(folder: string, query?: Record<string, string>): string;
  stop(): Promise<void>;
}

/** Installs code-server into .code-server/ on first use (see scripts/code-server.mjs). */
export function ensureCodeServer(): void {
  if (process.env['CODE_SERVER'] !== undefined) return;
  const result = spawnSync(process.execPath, [CODE_SERVER_SCRIPT, 'install'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('code-server is not installed and could not be installed (see above).');
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const userData = path.join(options.stateDir, 'user-data');
  const extensions = path.join(options.stateDir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(userSettings(options.trusted), null, 2),
  );
  const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions];
  if (options.vsix !== undefined) {
    const install = spawnSync(CODE_SERVER, [...dirs, '--install-extension', options.vsix], { encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`Installing ${options.vsix} failed:\n${install.stdout}${install.stderr}`);
  }
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const config = path.join(options.stateDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: ${authority}\nauth: none\ncert: false\n`);
  const logFile = path.join(options.stateDir, 'code-server.log');
  const child = spawn(
    CODE_SERVER,
    [
      '--config',
      config,
      ...dirs,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      ...(options.trusted ? ['--disable-workspace-trust'] : []),
    ],
    // Packer's update check would reach out to checkpoint-api.hashicorp.com from every task.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CHECKPOINT_DISABLE: '1' } },
  );
  const log = fs.createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  try {
    await listening(child);
  } catch (error) {
    await stopGroup(child);
    throw new Error(`${error instanceof Error ? error.message : String(error)} (log: ${logFile})`);
  }
  return {
    authority,
    logFile,
    url: (folder, query = {}) => {
      const params = new URLSearchParams({ folder, ...query });
      return `http://${authority}/?${params.toString()}`;
    },
    stop: () => stopGroup(child),
  };
}

/** Resolves once code-server says it listens; rejects if it exits first or takes too long. */
function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => done(new Error(`code-server did not start within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('utf8');
      if (/HTTP server listening on/.test(seen)) done();
    };
    const onExit = (code: number | null): void => done(new Error(`code-server exited with ${code} before listening`));
    const done = (error?: Error): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  signalGroup(child.pid, 'SIGTERM');
  if (!(await exited)) signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
