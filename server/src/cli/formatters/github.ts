/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`), which annotate the pull
 * request's changed lines. Values are escaped as the runner reads them: `%`, CR and LF everywhere,
 * and also `:` and `,` inside properties.
 */
import type { FileResult } from '../lintRun';
import type { LintMessage } from '../lintMessage';
import type { FormatContext } from './index';
import { reportPath } from './relativePath';

const COMMAND: Record<LintMessage['severity'], string> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: FileResult[], context: FormatContext): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = escapeProperty(reportPath(result.file, context.cwd));
    for (const note of [result.readError, result.notFixed]) {
      if (note !== undefined)
        lines.push(`::error file=${file},title=${escapeProperty('packer-lint')}::${escapeData(note)}`);
    }
    for (const m of result.messages) {
      const properties = [
        `file=${file}`,
        `line=${m.line}`,
        `endLine=${m.endLine}`,
        // GitHub draws a column span only within one line.
        ...(m.endLine === m.line ? [`col=${m.column}`, `endColumn=${m.endColumn}`] : [`col=${m.column}`]),
        `title=${escapeProperty(`${m.ruleId} (packer-lint)`)}`,
      ];
      lines.push(`::${COMMAND[m.severity]} ${properties.join(',')}::${escapeData(m.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
