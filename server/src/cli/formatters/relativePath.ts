import * as path from 'node:path';

/** A path as reports show it: relative to the working folder when inside it, with forward slashes. */
export function reportPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).join('/');
}
