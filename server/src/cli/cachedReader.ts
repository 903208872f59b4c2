/**
 * The disk as one `packer-lint` run sees it: read once. Unlike the editor, a run lasts seconds and
 * changes no folder's list of files, so each folder is listed (and each file read) at most once,
 * however many templates of an HCL2 folder ask for their folder-mates. The files the run fixes are
 * given to the service as open documents, so a cached read never hides a fix.
 */
import type { FileReader } from '../service/rules/rule';

export function cachedReader(reader: Required<FileReader>): Required<FileReader> {
  const listings = new Map<string, string[] | undefined>();
  const texts = new Map<string, string | undefined>();
  const stats = new Map<string, 'file' | 'directory' | undefined>();
  const once = <T>(cache: Map<string, T>, key: string, read: (key: string) => T): T => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = read(key);
    cache.set(key, value);
    return value;
  };
  return {
    listDirectory: (folder) => once(listings, folder, reader.listDirectory),
    readText: (file) => once(texts, file, reader.readText),
    stat: (file) => once(stats, file, reader.stat),
  };
}
