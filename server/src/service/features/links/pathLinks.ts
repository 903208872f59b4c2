/**
 * From a path as a template writes it to a link on an existing file or folder.
 *
 * Where a relative path starts from: Packer opens a relative `script`, `playbook_file`,
 * `file("...")`... against its working directory, for legacy JSON templates and HCL2 alike (run
 * from another folder, packer 1.6.6 says "Bad script 'scripts/x.sh': stat scripts/x.sh: no such
 * file or directory" for both), which is why HCL2 has `path.root`, the configuration's folder. The
 * extension runs packer with the template's folder as its working directory (`packerArgs.ts`:
 * `packer build .` in an HCL2 folder, `packer build name.json` beside a legacy template), and that
 * is how templates are usually run by hand too. So relative paths, `path.root` and `template_dir`
 * all start from the template's folder here.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver-types';
import type { FileReader } from '../../rules/rule';
import type { OffsetRange } from '../../types';
import type { PathShape } from './pathSettings';

/** A path found in the text: its value (interpolations already replaced) and the range it covers. */
export interface PathCandidate {
  value: string;
  range: OffsetRange;
  shape: PathShape;
}

/** The folder of a template on disk; undefined for an untitled or remote document (no links then). */
export function templateFolder(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** `scheme://`, `git::...`: something go-getter downloads; a drive letter (`C:`) is not a scheme. */
const REMOTE = /^[a-z][a-z0-9+.-]+:\/\/|::/i;
/** Glob patterns (`floppy_files = ["a/*.ps1"]`) name several files: no single target. */
const GLOB = /[*?[]/;

/** The absolute path a value names, or undefined when it is not a plain local path. */
export function resolveWrittenPath(folder: string, value: string, shape: PathShape): string | undefined {
  if (value.trim() === '' || value !== value.trim() || GLOB.test(value)) return undefined;
  // Unresolved interpolation, or a home folder this service cannot know for sure.
  if (value.includes('{{') || value.includes('${') || value.includes('%{') || value.startsWith('~')) return undefined;
  if (shape === 'path-or-url' && /^file:/i.test(value)) {
    try {
      return fileURLToPath(value);
    } catch {
      return undefined;
    }
  }
  // A download URL, or a local path with go-getter options (`?checksum=`): not a file to open.
  if (REMOTE.test(value) || (shape === 'path-or-url' && value.includes('?'))) return undefined;
  return path.resolve(folder, value);
}

/** 'file', 'directory' or undefined, through the reader's `stat` when it has one. */
function kindOnDisk(files: FileReader, absolute: string): 'file' | 'directory' | undefined {
  if (files.stat !== undefined) return files.stat(absolute);
  if (files.readText(absolute) !== undefined) return 'file';
  return files.listDirectory?.(absolute) !== undefined ? 'directory' : undefined;
}

/** The links of the candidates that name existing files or folders, one per range, in text order. */
export function linksOf(
  candidates: PathCandidate[],
  folder: string,
  files: FileReader,
  toRange: (range: OffsetRange) => DocumentLink['range'],
): DocumentLink[] {
  const seen = new Set<string>();
  const links: DocumentLink[] = [];
  const ordered = [...candidates].sort((a, b) => a.range.start - b.range.start);
  for (const candidate of ordered) {
    const key = `${candidate.range.start}:${candidate.range.end}`;
    if (seen.has(key) || candidate.range.end <= candidate.range.start) continue;
    const absolute = resolveWrittenPath(folder, candidate.value, candidate.shape);
    const kind = absolute === undefined ? undefined : kindOnDisk(files, absolute);
    // The template's own folder (`"."`, `fileset(".", ...)`) is where the user already is.
    if (absolute === undefined || kind === undefined || absolute === folder) continue;
    seen.add(key);
    links.push({
      range: toRange(candidate.range),
      target: pathToFileURL(absolute).href,
      tooltip: `Open ${shown(folder, absolute)}${kind === 'directory' ? ' (folder)' : ''}`,
    });
  }
  return links;
}

/** Relative to the template's folder when inside it, as users write it; absolute otherwise. */
function shown(folder: string, absolute: string): string {
  const relative = path.relative(folder, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/** The text between a string's quotes (the whole range when the closing quote is still missing). */
export function insideQuotes(text: string, range: OffsetRange): OffsetRange {
  const closed = range.end - range.start >= 2 && text.charCodeAt(range.end - 1) === 34;
  return { start: range.start + 1, end: closed ? range.end - 1 : range.end };
}
