/**
 * The build scripts of a workspace folder that run Packer: one bounded walk (no `node_modules`, no
 * hidden folder but `.github/workflows`; a cap on entries, scripts and size), each script read and
 * scanned once, and again when the file-system layer says it changed. The file system comes in
 * through `FileReader`, so tests run it on a real folder and a CLI can run it without an editor.
 */
import * as path from 'node:path';
import type { FileReader } from '../rules/rule';
import { scanScript, type PackerInvocation, type ScriptKind } from './scriptScan';

export interface ScriptFinding {
  /** Absolute path of the script. */
  script: string;
  invocation: PackerInvocation;
}

export interface DiscoveryLimits {
  maxEntries: number;
  maxScripts: number;
  maxDepth: number;
  maxScriptSize: number;
}

export const DEFAULT_DISCOVERY_LIMITS: DiscoveryLimits = {
  maxEntries: 20_000,
  maxScripts: 300,
  maxDepth: 8,
  maxScriptSize: 512 * 1024,
};

const SKIPPED = new Set(['node_modules', 'bower_components', 'vendor', '.git', '.terraform']);

/** What kind of build script a file is, by its name and place; undefined for any other file. */
export function scriptKind(relativePath: string): ScriptKind | undefined {
  const parts = relativePath.split(/[\\/]/);
  const name = (parts[parts.length - 1] ?? '').toLowerCase();
  if (name === 'makefile' || name === 'gnumakefile' || name.endsWith('.mk')) return 'makefile';
  if (name.endsWith('.sh') || name.endsWith('.bash')) return 'shell';
  // PowerShell scripts run packer the same way (`packer build -var 'name=value' template.json`).
  if (name.endsWith('.ps1')) return 'powershell';
  if (name === '.gitlab-ci.yml' || name === 'azure-pipelines.yml' || name === 'azure-pipelines.yaml') return 'ci';
  const folder = parts.slice(-3, -1).join('/');
  if (folder === '.github/workflows' && /\.ya?ml$/.test(name)) return 'ci';
  return undefined;
}

export class ScriptDiscovery {
  private found: Map<string, ScriptFinding[]> | undefined;
  /** Whether the walk stopped at a limit. */
  truncated = false;

  constructor(
    private readonly files: FileReader,
    private readonly roots: () => string[],
    private readonly limits: DiscoveryLimits = DEFAULT_DISCOVERY_LIMITS,
  ) {}

  /** Every packer command found in the roots' scripts. */
  invocations(): ScriptFinding[] {
    this.found ??= this.walk();
    return [...this.found.values()].flat();
  }

  /** A file changed on disk: a script is scanned again, anything else may be a new script: walk again. */
  changed(file: string): void {
    if (this.found === undefined) return;
    if (this.found.has(file)) this.found.set(file, this.scan(file));
    else if (scriptKind(this.relativeToRoot(file)) !== undefined) this.found = undefined;
  }

  /** The roots changed (folders added or removed): the next question walks again. */
  reset(): void {
    this.found = undefined;
  }

  private relativeToRoot(file: string): string {
    const root = this.roots().find((r) => !path.relative(r, file).startsWith('..'));
    return root === undefined ? path.basename(file) : path.relative(root, file);
  }

  private walk(): Map<string, ScriptFinding[]> {
    const found = new Map<string, ScriptFinding[]>();
    this.truncated = false;
    let entries = 0;
    for (const root of this.roots()) {
      const pending: Array<{ dir: string; depth: number }> = [{ dir: root, depth: 0 }];
      while (pending.length > 0) {
        const next = pending.shift();
        if (next === undefined) break;
        for (const name of this.files.listDirectory?.(next.dir) ?? []) {
          if (++entries > this.limits.maxEntries || found.size >= this.limits.maxScripts) {
            this.truncated = true;
            return found;
          }
          const full = path.join(next.dir, name);
          const relative = path.relative(root, full);
          if (scriptKind(relative) !== undefined) {
            found.set(full, this.scan(full, root));
            continue;
          }
          const folder = name === '.github' || (name === 'workflows' && path.basename(next.dir) === '.github');
          if (SKIPPED.has(name) || (name.startsWith('.') && !folder) || next.depth >= this.limits.maxDepth) continue;
          if (this.isFolder(full)) pending.push({ dir: full, depth: next.depth + 1 });
        }
      }
    }
    return found;
  }

  private isFolder(full: string): boolean {
    if (this.files.stat !== undefined) return this.files.stat(full) === 'directory';
    return this.files.listDirectory?.(full) !== undefined;
  }

  private scan(file: string, root?: string): ScriptFinding[] {
    const base = root ?? this.roots().find((r) => !path.relative(r, file).startsWith('..'));
    const kind = scriptKind(base === undefined ? path.basename(file) : path.relative(base, file));
    if (kind === undefined) return [];
    const text = this.files.readText(file);
    if (text === undefined || text.length > this.limits.maxScriptSize) return [];
    // make and shell scripts run where they are; CI jobs start at the repository root.
    const cwd = kind === 'ci' ? ciRoot(file) : path.dirname(file);
    return scanScript(text, kind, cwd).map((invocation) => ({ script: file, invocation }));
  }
}

/** The repository root of a CI file: the folder holding `.github`, or the CI file's own folder. */
function ciRoot(file: string): string {
  const dir = path.dirname(file);
  return path.basename(dir) === 'workflows' && path.basename(path.dirname(dir)) === '.github'
    ? path.dirname(path.dirname(dir))
    : dir;
}
