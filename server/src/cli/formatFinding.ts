/**
 * `--check-format`: a file that `packer fmt` would change is one finding, placed on the first line
 * that changes, whose fix is the whole reformatting (so SARIF consumers can apply it).
 */
import type { FormattingResult } from '../service/features/formatting';
import type { LintMessage } from './lintMessage';

export const FORMAT_RULE_ID = 'packer-fmt';
export const FORMAT_DOCS_URL = 'https://github.com/packer-vscode/packer-vscode/blob/main/docs/cli.md#--check-format';

export function formatFinding(result: FormattingResult, text: string): LintMessage | undefined {
  if ('declined' in result || result.edits.length === 0) return undefined;
  const first = result.edits.reduce((a, b) =>
    b.range.start.line < a.range.start.line ||
    (b.range.start.line === a.range.start.line && b.range.start.character < a.range.start.character)
      ? b
      : a,
  );
  const line = first.range.start.line;
  const lineLength = (text.split('\n')[line] ?? '').replace(/\r$/, '').length;
  const changedLines = new Set(result.edits.map((e) => e.range.start.line)).size;
  return {
    ruleId: FORMAT_RULE_ID,
    severity: 'error',
    message: `packer fmt would change this file (${changedLines} line${changedLines === 1 ? '' : 's'}, the first here): run packer-lint --format-write or packer fmt.`,
    line: line + 1,
    column: 1,
    endLine: line + 1,
    endColumn: lineLength + 1,
    docsUrl: FORMAT_DOCS_URL,
    fix: { title: 'Format as packer fmt does', edits: result.edits },
  };
}
