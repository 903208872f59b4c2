// code-server, a real VS Code (1.100) served to a browser, installed from npm into .code-server/ for
// `npm start` and the editor tests. Nothing here downloads from outside the npm registry: code-server's
// ripgrep package would fetch `rg` from GitHub, so its download cache is seeded with the system's `rg`.
//
//   node scripts/code-server.mjs install     installs it unless already there, prints the executable
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The last code-server that runs on Node 20 (4.103 and later need Node 22). */
export const CODE_SERVER_VERSION = '4.100.3';
/** The @vscode/ripgrep that version pins, and the ripgrep release that package asks GitHub for. */
const RIPGREP_PACKAGE = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';
const RIPGREP_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HOME = path.join(ROOT, '.code-server');
export const CODE_SERVER = process.env.CODE_SERVER || path.join(HOME, 'node_modules', '.bin', 'code-server');

function installedVersion() {
  const manifest = path.join(HOME, 'node_modules', 'code-server', 'package.json');
  if (!existsSync(manifest) || !existsSync(CODE_SERVER)) return undefined;
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

function which(command) {
  const result = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** What is missing before npm can build code-server's native modules, each with its Debian package. */
function missingPrerequisites() {
  const problems = [];
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20)
    problems.push(`code-server ${CODE_SERVER_VERSION} runs on Node.js 20; this is ${process.version}.`);
  if (process.platform !== 'linux' || !(process.arch in RIPGREP_TARGETS))
    problems.push(`this installer knows Linux on x64 and arm64 only (this is ${process.platform}/${process.arch}).`);
  if (!which('rg')) problems.push('ripgrep is missing (Debian: apt-get install ripgrep).');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !which('krb5-config'))
    problems.push('the Kerberos headers are missing (Debian: apt-get install libkrb5-dev).');
  for (const tool of ['make', 'g++', 'python3', 'tar'])
    if (!which(tool)) problems.push(`${tool} is missing (Debian: apt-get install build-essential python3).`);
  return problems;
}

/** @vscode/ripgrep's postinstall uses a cached archive when there is one; give it the system's `rg`. */
function seedRipgrepCache() {
  const cache = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE}`);
  const archive = path.join(cache, `ripgrep-${RIPGREP_RELEASE}-${RIPGREP_TARGETS[process.arch]}.tar.gz`);
  if (existsSync(archive)) return;
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(path.join(os.tmpdir(), 'rg-seed-'));
  try {
    copyFileSync(which('rg'), path.join(staging, 'rg'));
    run('tar', ['czf', archive, '-C', staging, 'rg']);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** Installs code-server into .code-server/ unless it is there already; returns the executable. */
export function ensureCodeServer(log = (line) => console.log(line)) {
  if (process.env.CODE_SERVER) return CODE_SERVER;
  if (installedVersion() === CODE_SERVER_VERSION) return CODE_SERVER;
  const problems = missingPrerequisites();
  if (problems.length > 0) throw new Error(`Cannot install code-server:\n  ${problems.join('\n  ')}`);
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${HOME} (once; about 300 MB, 1-2 minutes)...`);
  const started = Date.now();
  seedRipgrepCache();
  mkdirSync(HOME, { recursive: true });
  writeFileSync(path.join(HOME, 'package.json'), '{ "name": "code-server-host", "private": true }\n');
  const env = {
    ...process.env,
    // node-pty's install runs `npx node-gyp`, which waits for a yes that npm's `yes=false` config denies.
    npm_config_yes: 'true',
    // code-server's postinstall refuses to run as root without it.
    npm_config_unsafe_perm: 'true',
  };
  run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund', '--no-save'], {
    cwd: HOME,
    env,
  });
  if (installedVersion() !== CODE_SERVER_VERSION) throw new Error(`code-server did not install into ${HOME}`);
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s.`);
  return CODE_SERVER;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv[2] !== 'install') throw new Error('usage: node scripts/code-server.mjs install');
    console.log(ensureCodeServer((line) => console.error(line)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
