/**
 * A finding as every output format sees it: 1-based lines and columns (columns in UTF-16 code
 * units, as SARIF's default `columnKind` and editors count), the severity by name, the rule's page,
 * and the preferred fix, whose added lines use the file's line ending.
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { DiagnosticData } from '../service/features/validation';
import type { Severity } from '../service/types';

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docsUrl: string | undefined;
  fix: { title: string; edits: TextEdit[] } | undefined;
}

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

export function toLintMessage(diagnostic: Diagnostic, eol: '\n' | '\r\n'): LintMessage {
  const data = diagnostic.data as DiagnosticData | undefined;
  const preferred = data?.fixes.find((f) => f.isPreferred);
  const { start, end } = diagnostic.range;
  return {
    ruleId: String(diagnostic.code ?? 'packer'),
    severity: SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error',
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    docsUrl: diagnostic.codeDescription?.href,
    // A fix that only runs a command (packer init) is nothing --fix or a SARIF consumer can apply.
    fix:
      preferred === undefined || preferred.edits.length === 0
        ? undefined
        : {
            title: preferred.title,
            edits: preferred.edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, eol) })),
          },
  };
}

export function countBySeverity(messages: LintMessage[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const m of messages) counts[m.severity]++;
  return counts;
}
