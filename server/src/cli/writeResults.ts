/**
 * The end of `--fix`, `--format-write` and `--fix-dry-run`: each changed file is written back in its
 * own encoding and line endings (atomically), or shown as a unified diff. A file whose new text was
 * refused (it would parse worse, or its bytes were not valid text) is neither written nor shown.
 */
import { createTwoFilesPatch } from 'diff';
import type { FileResult } from './lintRun';
import { reportPath } from './formatters/relativePath';
import { encode, writeFileAtomically } from './textFile';

export interface WriteOptions {
  write: boolean;
  dryRun: boolean;
  cwd: string;
}

/**
 * Writes the changed files (or, for a dry run, returns their diff); a failed write becomes the file's
 * note and is counted, as it makes the run fail as an unreadable file does.
 */
export function writeResults(results: FileResult[], options: WriteOptions): { diff: string; failedWrites: number } {
  const patches: string[] = [];
  let failedWrites = 0;
  for (const result of results) {
    const stored = result.stored;
    if (stored === undefined || result.notFixed !== undefined || result.text === stored.text) continue;
    if (options.dryRun) {
      const name = reportPath(result.file, options.cwd);
      patches.push(
        createTwoFilesPatch(`a/${name}`, `b/${name}`, stored.text, result.text, '', '', { context: 3 }).replace(
          /^=+\n/,
          '',
        ),
      );
    } else if (options.write) {
      try {
        writeFileAtomically(result.file, encode(result.text, stored.encoding));
      } catch (error) {
        result.notFixed = `not written: ${(error as Error).message}`;
        failedWrites++;
      }
    }
  }
  return { diff: patches.join(''), failedWrites };
}
