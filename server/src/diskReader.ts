/**
 * The language service's view of the disk, shared by the language server and `packer-lint`:
 * folders are listed and small files read on demand, and nothing that fails to read is an error.
 */
import * as fs from 'node:fs';
import type { FileReader } from './service/rules/rule';

export const diskReader: Required<FileReader> = {
  stat(absolutePath: string): 'file' | 'directory' | undefined {
    try {
      const stat = fs.statSync(absolutePath);
      return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : undefined;
    } catch {
      return undefined;
    }
  },
  listDirectory(absolutePath: string): string[] | undefined {
    try {
      return fs.readdirSync(absolutePath);
    } catch {
      return undefined;
    }
  },
  readText(absolutePath: string): string | undefined {
    try {
      const stat = fs.statSync(absolutePath);
      // Scripts worth reading are small; a huge file is not a provisioning script.
      return stat.isFile() && stat.size < 1_000_000 ? fs.readFileSync(absolutePath, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
};
