/**
 * Machine-readable results, one object per file in ESLint's shape (`filePath`, `messages`, counts),
 * with severities by name and each fix as LSP text edits (0-based lines and UTF-16 characters).
 */
import type { FileResult } from '../lintRun';
import { countBySeverity } from '../lintMessage';
import type { FormatContext } from './index';

export function formatJson(results: FileResult[], _context: FormatContext): string {
  const files = results.map((result) => {
    const counts = countBySeverity(result.messages);
    return {
      filePath: result.file,
      messages: result.messages,
      errorCount: counts.error,
      warningCount: counts.warning,
      infoCount: counts.information + counts.hint,
      fixableCount: result.messages.filter((m) => m.fix !== undefined).length,
      ...(result.readError !== undefined ? { readError: result.readError } : {}),
      ...(result.notFixed !== undefined ? { notFixed: result.notFixed } : {}),
    };
  });
  return `${JSON.stringify(files, null, 2)}\n`;
}
