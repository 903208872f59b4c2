/**
 * Read-only access to a plugin's git directory, without a checkout: tags, directory listings and file
 * contents at any revision. File contents are cached by blob id, so a file that did not change between
 * two releases is read from git once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface TreeEntry {
  readonly name: string;
  readonly kind: 'blob' | 'tree';
  readonly id: string;
}

/**
 * The git directory of a checkout folder as `fetch` leaves it (`<owner>+<name>/repo`, bare), a bare
 * repository, or a plain clone (`<dir>/.git`); undefined when there is none.
 */
export function findGitDir(folder: string): string | undefined {
  for (const candidate of [join(folder, 'repo'), join(folder, '.git'), folder]) {
    if (existsSync(join(candidate, 'HEAD')) && existsSync(join(candidate, 'objects'))) return candidate;
    if (candidate.endsWith('.git') && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export class GitRepo {
  private readonly blobs = new Map<string, string>();
  private readonly trees = new Map<string, readonly TreeEntry[]>();
  private readonly commits = new Map<string, string | undefined>();

  constructor(readonly gitDir: string) {}

  private git(args: readonly string[]): string {
    return execFileSync('git', ['--git-dir', this.gitDir, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  private tryGit(args: readonly string[]): string | undefined {
    try {
      return this.git(args);
    } catch {
      return undefined;
    }
  }

  tags(): string[] {
    return this.git(['tag', '--list']).split('\n').filter(Boolean);
  }

  /** The commit a revision names, or undefined when it names none. */
  commitOf(rev: string): string | undefined {
    if (!this.commits.has(rev)) {
      this.commits.set(rev, this.tryGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])?.trim() || undefined);
    }
    return this.commits.get(rev);
  }

  /** The entries of a directory (`''` for the root) at a revision; empty when it does not exist. */
  list(rev: string, dir: string): readonly TreeEntry[] {
    const key = `${rev}:${dir}`;
    const cached = this.trees.get(key);
    if (cached) return cached;
    const out = this.tryGit(['ls-tree', `${rev}:${dir}`]) ?? '';
    const entries: TreeEntry[] = [];
    for (const line of out.split('\n')) {
      const match = /^\d+ (blob|tree) ([0-9a-f]+)\t(.+)$/.exec(line);
      if (match) entries.push({ kind: match[1] as 'blob' | 'tree', id: match[2]!, name: match[3]! });
    }
    this.trees.set(key, entries);
    return entries;
  }

  /**
   * Read a whole revision's tree, and every Go source and go.mod in it not read before, in two git
   * calls instead of one per directory and file (vendored code is left out: it is never read).
   */
  preload(rev: string): void {
    const out = this.tryGit(['ls-tree', '-r', '-t', rev]);
    if (out === undefined) return;
    const dirs = new Map<string, TreeEntry[]>([['', []]]);
    const wanted: string[] = [];
    for (const line of out.split('\n')) {
      const match = /^\d+ (blob|tree|commit) ([0-9a-f]+)\t(.+)$/.exec(line);
      if (!match || match[1] === 'commit') continue;
      const [, kind, id, path] = match as unknown as [string, 'blob' | 'tree', string, string];
      const slash = path.lastIndexOf('/');
      const dir = slash < 0 ? '' : path.slice(0, slash);
      dirs.get(dir)?.push({ kind, id, name: path.slice(slash + 1) });
      if (kind === 'tree') dirs.set(path, []);
      const source = path.endsWith('.go') && !path.endsWith('_test.go') ? true : path === 'go.mod';
      if (kind === 'blob' && source && !/(^|\/)(vendor|testdata)\//.test(path) && !this.blobs.has(id)) {
        wanted.push(id);
      }
    }
    for (const [dir, entries] of dirs) this.trees.set(`${rev}:${dir}`, entries);
    this.readBlobs(wanted);
  }

  private readBlobs(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const out = execFileSync('git', ['--git-dir', this.gitDir, 'cat-file', '--batch'], {
      input: `${[...new Set(ids)].join('\n')}\n`,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let offset = 0;
    while (offset < out.length) {
      const headerEnd = out.indexOf(10, offset);
      const [id = '', type, size] = out.subarray(offset, headerEnd).toString('latin1').split(' ');
      if (type !== 'blob' || size === undefined) break;
      const start = headerEnd + 1;
      const end = start + Number(size);
      this.blobs.set(id, out.subarray(start, end).toString('utf8'));
      offset = end + 1;
    }
  }

  blob(id: string): string {
    let text = this.blobs.get(id);
    if (text === undefined) {
      text = this.git(['cat-file', 'blob', id]);
      this.blobs.set(id, text);
    }
    return text;
  }

  /** A file's text at a revision, or undefined when it does not exist there. */
  show(rev: string, path: string): string | undefined {
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const name = path.slice(slash + 1);
    const entry = this.list(rev, dir).find((e) => e.kind === 'blob' && e.name === name);
    return entry && this.blob(entry.id);
  }
}
