/**
 * Finding the `packer` executable and asking it for its version, without a shell and without `vscode`,
 * so that the rules can be tested in plain Node.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parsePackerVersion, type PackerVersion } from './packerVersion';

export interface LocateEnvironment {
  /** The `PATH` (or `Path`) value. */
  pathVariable: string | undefined;
  /** Windows' `PATHEXT`; ignored elsewhere. */
  pathExt: string | undefined;
  platform: NodeJS.Platform;
  homeDir: string;
  /** Folder a relative `packer.path` is resolved against (the first workspace folder). */
  baseDir: string | undefined;
  isExecutableFile: (file: string) => boolean;
}

export function processEnvironment(baseDir: string | undefined): LocateEnvironment {
  return {
    pathVariable: process.env['PATH'] ?? process.env['Path'],
    pathExt: process.env['PATHEXT'],
    platform: process.platform,
    homeDir: os.homedir(),
    baseDir,
    isExecutableFile,
  };
}

export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function executableNames(name: string, env: LocateEnvironment): string[] {
  if (env.platform !== 'win32' || path.win32.extname(name) !== '') return [name];
  const extensions = (env.pathExt ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '');
  return [name, ...extensions.map((ext) => name + ext.toLowerCase())];
}

/** The first `name` on `PATH` that is an executable file, as an absolute path. */
export function findOnPath(name: string, env: LocateEnvironment): string | undefined {
  const p = env.platform === 'win32' ? path.win32 : path.posix;
  const dirs = (env.pathVariable ?? '').split(env.platform === 'win32' ? ';' : ':');
  for (const dir of dirs) {
    if (dir === '') continue;
    for (const candidate of executableNames(name, env)) {
      const file = p.join(dir, candidate);
      if (env.isExecutableFile(file)) return file;
    }
  }
  return undefined;
}

export type Resolution =
  | { found: true; path: string; source: 'setting' | 'PATH' }
  | { found: false; searched: string; source: 'setting' | 'PATH' };

/**
 * `packer.path` when set (absolute, `~/...`, relative to the workspace, or a bare command name looked up
 * on PATH), else `packer` on PATH.
 */
export function resolvePackerPath(setting: string | undefined, env: LocateEnvironment): Resolution {
  const p = env.platform === 'win32' ? path.win32 : path.posix;
  const configured = setting?.trim() ?? '';
  if (configured === '') {
    const onPath = findOnPath('packer', env);
    return onPath
      ? { found: true, path: onPath, source: 'PATH' }
      : { found: false, searched: 'packer', source: 'PATH' };
  }
  const hasSeparator = configured.includes('/') || (env.platform === 'win32' && configured.includes('\\'));
  if (!hasSeparator && configured !== '~') {
    const onPath = findOnPath(configured, env);
    return onPath
      ? { found: true, path: onPath, source: 'setting' }
      : { found: false, searched: configured, source: 'setting' };
  }
  let candidate = configured;
  if (candidate === '~' || candidate.startsWith('~/') || candidate.startsWith('~\\')) {
    candidate = p.join(env.homeDir, candidate.slice(1));
  } else if (!p.isAbsolute(candidate) && env.baseDir !== undefined) {
    candidate = p.resolve(env.baseDir, candidate);
  }
  for (const file of executableNames(candidate, env)) {
    if (env.isExecutableFile(file)) return { found: true, path: file, source: 'setting' };
  }
  return { found: false, searched: candidate, source: 'setting' };
}

export interface PackerInfo {
  path: string;
  version: PackerVersion | undefined;
  /** What `packer version` printed, for messages when it could not be read. */
  versionOutput: string;
}

/** Runs `packer version` (no shell, bounded) and reads its answer. */
export function readPackerInfo(packerPath: string, timeoutMs = 10_000): Promise<PackerInfo> {
  return new Promise((resolve, reject) => {
    execFile(packerPath, ['version'], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      const output = `${String(stdout)}${String(stderr)}`;
      const version = parsePackerVersion(output);
      if (error && !version) {
        reject(new Error(`\`${packerPath} version\` failed: ${error.message}`));
        return;
      }
      resolve({ path: packerPath, version, versionOutput: output.trim() });
    });
  });
}
