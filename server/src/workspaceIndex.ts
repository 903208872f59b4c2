/**
 * The Packer files of the workspace folders, for workspace symbols: found by one bounded scan
 * (no `node_modules`, `.git` or hidden folders; a cap on entries, files and file size), then kept
 * current file by file from watched-file events. Open documents' unsaved text wins over the disk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface IndexedFile {
  uri: string;
  text: string;
}

export interface OpenFile extends IndexedFile {
  languageId: string;
}

export interface WorkspaceIndexLimits {
  /** Directory entries looked at in one scan, so a huge tree cannot stall the server. */
  maxEntries: number;
  maxFiles: number;
  maxFileSize: number;
}

const DEFAULT_LIMITS: WorkspaceIndexLimits = { maxEntries: 50_000, maxFiles: 2_000, maxFileSize: 1_000_000 };
const SKIPPED_FOLDERS = new Set(['node_modules', 'bower_components']);
const PACKER_NAME = /\.(pkr\.hcl|pkrvars\.hcl|pkr\.json|pkrvars\.json)$/i;
const PACKER_LANGUAGES = new Set(['packer', 'packer-vars', 'packer-json']);
/** A cheap first look: a legacy template's top level holds `"builders": [`. */
const LOOKS_LEGACY = /"builders"\s*:\s*\[/;

export class WorkspaceIndex {
  private roots: string[] = [];
  private readonly files = new Map<string, string>();
  private scanned = false;
  /** What each file held when last read, by size and time, so that a rescan reads changed files only. */
  private readonly read = new Map<string, { mtimeMs: number; size: number; text: string }>();
  /** Whether the last scan stopped at a limit (then some files are not indexed). */
  truncated = false;

  constructor(private readonly limits: WorkspaceIndexLimits = DEFAULT_LIMITS) {}

  setRoots(uris: string[]): void {
    this.roots = uris.map(toPath).filter((p): p is string => p !== undefined);
    this.scanned = false;
    this.files.clear();
    this.read.clear();
  }

  /** Workspace folders added and removed: the next query scans again. */
  changeRoots(added: string[], removed: string[]): void {
    const gone = new Set(removed.map(toPath));
    const kept = this.roots.filter((root) => !gone.has(root));
    this.setRoots([...kept, ...added.map(toPath)].flatMap((p) => (p === undefined ? [] : [pathToFileURL(p).href])));
  }

  /** A file created, changed or deleted on disk (a deleted folder takes its files with it). */
  fileChanged(uri: string): void {
    const file = toPath(uri);
    const root = file === undefined ? undefined : this.roots.find((r) => isInside(r, file));
    if (file === undefined || root === undefined || !this.scanned) return;
    for (const known of [...this.files.keys()]) if (isInside(file, known)) this.files.delete(known);
    // The scan's rules hold for events too: a change under node_modules or a hidden folder is not ours.
    const folders = path.relative(root, path.dirname(file)).split(path.sep);
    if (folders.some((name) => name.startsWith('.') || SKIPPED_FOLDERS.has(name))) return;
    if (this.files.size >= this.limits.maxFiles) return;
    const text = this.packerText(file);
    if (text !== undefined) this.files.set(file, text);
  }

  /**
   * Walks the folders again at the next snapshot. Watched-file events can miss files (a folder created
   * with its files in one go reports the folder only), so a view of the whole workspace asks for this;
   * files whose size and time are unchanged are not read again.
   */
  rescan(): void {
    this.scanned = false;
  }

  /** Every indexed file, the open documents' text taking precedence, plus open Packer files found nowhere else. */
  snapshot(open: OpenFile[]): IndexedFile[] {
    if (!this.scanned) this.scan();
    const openByPath = new Map<string, OpenFile>();
    const result: IndexedFile[] = [];
    for (const document of open) {
      const file = toPath(document.uri);
      if (file !== undefined && this.files.has(file)) openByPath.set(file, document);
      else if (PACKER_LANGUAGES.has(document.languageId) || PACKER_NAME.test(document.uri)) result.push(document);
    }
    for (const [file, text] of this.files) {
      const document = openByPath.get(file);
      result.push(document ?? { uri: pathToFileURL(file).href, text });
    }
    return result;
  }

  private scan(): void {
    this.scanned = true;
    this.files.clear();
    try {
      this.walk();
    } finally {
      // Forget what was read of files that are gone.
      for (const file of this.read.keys()) if (!this.files.has(file)) this.read.delete(file);
    }
  }

  private walk(): void {
    this.truncated = false;
    let entries = 0;
    const pending = [...this.roots];
    while (pending.length > 0) {
      const folder = pending.shift();
      if (folder === undefined) break;
      let names: fs.Dirent[];
      try {
        names = fs.readdirSync(folder, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of names) {
        if (++entries > this.limits.maxEntries || this.files.size >= this.limits.maxFiles) {
          this.truncated = true;
          return;
        }
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
        } else if (entry.isFile()) {
          const text = this.packerText(full);
          if (text !== undefined) this.files.set(full, text);
        }
      }
    }
  }

  /** The file's text when it is a Packer file of a size worth reading. */
  private packerText(file: string): string | undefined {
    const packerName = PACKER_NAME.test(file);
    if (!packerName && !/\.json$/i.test(file)) return undefined;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile() || stat.size > this.limits.maxFileSize) return undefined;
      const known = this.read.get(file);
      const text =
        known !== undefined && known.mtimeMs === stat.mtimeMs && known.size === stat.size
          ? known.text
          : fs.readFileSync(file, 'utf8');
      this.read.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, text });
      return packerName || LOOKS_LEGACY.test(text) ? text : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The path of a `file:` URI; undefined for any other URI or one that is not a path. */
export function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
