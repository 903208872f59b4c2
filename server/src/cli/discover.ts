/**
 * Which files `packer-lint` checks, found as the editor finds them: HCL2 files by name (`*.pkr.hcl`,
 * `*.pkrvars.hcl`, `*.pkr.json`, `*.pkrvars.json`; the service reads each one's folder as one
 * configuration) and legacy JSON templates by content (a top-level `builders` array). Folders named
 * `node_modules` and hidden folders are skipped, and a symbolic link is followed only when it points
 * inside the folder being searched, so that a link can neither leave the tree nor loop.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

export const PACKER_FILE_NAME = /\.(pkr\.hcl|pkrvars\.hcl|pkr\.json|pkrvars\.json)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', 'bower_components']);
/** Legacy templates are small; a huge JSON file is data, and reading it would only slow the run. */
const MAX_JSON_SIZE = 5_000_000;

export interface Discovery {
  /** Absolute paths, each once, in a stable order (folder by folder, names sorted). */
  files: string[];
  /** Arguments that name nothing readable, in plain words. */
  problems: string[];
}

/** The language the editor gives a file, for the service. */
export function languageIdOf(file: string): string {
  if (/\.pkrvars\.hcl$/i.test(file)) return 'packer-vars';
  if (/\.pkr\.hcl$/i.test(file)) return 'packer';
  return 'packer-json';
}

/**
 * The editor's test (VS Code opens such a `.json` as a Packer template): a top-level `builders`
 * array, read with jsonc-parser's tolerant tree so that a curly quote or a trailing comma, exactly
 * what needs checking, does not hide the template. A cheap look for `"builders"` comes first.
 */
export function isLegacyTemplateText(text: string): boolean {
  if (text.length > MAX_JSON_SIZE || !text.includes('"builders"')) return false;
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  return root?.type === 'object' && findNodeAtLocation(root, ['builders'])?.type === 'array';
}

export function discover(paths: string[], cwd: string): Discovery {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  // A file reached twice (through a link, or named twice) is checked once.
  const add = (file: string) => {
    const real = realPath(file) ?? file;
    if (!seen.has(real)) {
      seen.add(real);
      files.push(file);
    }
  };
  for (const argument of paths) {
    const absolute = path.resolve(cwd, argument);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      problems.push(`${argument}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) walk(absolute, add);
    // A file named on the command line is checked when it is a Packer file (a pre-commit hook passes any JSON).
    else if (stat.isFile() && isPackerFile(absolute)) add(absolute);
  }
  return { files, problems };
}

function walk(root: string, add: (file: string) => void): void {
  const realRoot = realPath(root) ?? root;
  const visited = new Set<string>([realRoot]);
  const pending = [root];
  for (let folder = pending.shift(); folder !== undefined; folder = pending.shift()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: string[] = [];
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      let kind: 'file' | 'directory' | undefined = entry.isDirectory()
        ? 'directory'
        : entry.isFile()
          ? 'file'
          : undefined;
      if (entry.isSymbolicLink()) {
        const target = realPath(full);
        if (target === undefined || !isInside(realRoot, target)) continue;
        kind = statKind(target);
        if (kind === 'directory') {
          if (visited.has(target)) continue;
          visited.add(target);
        }
      }
      if (kind === 'directory') {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) subfolders.push(full);
      } else if (kind === 'file' && isPackerFile(full)) add(full);
    }
    // Depth-first in name order keeps a folder's files together in the report.
    pending.unshift(...subfolders);
  }
}

function isPackerFile(file: string): boolean {
  if (PACKER_FILE_NAME.test(file)) return true;
  if (!/\.json$/i.test(file)) return false;
  try {
    if (fs.statSync(file).size > MAX_JSON_SIZE) return false;
    return isLegacyTemplateText(fs.readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

function statKind(file: string): 'file' | 'directory' | undefined {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : undefined;
  } catch {
    return undefined;
  }
}

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
