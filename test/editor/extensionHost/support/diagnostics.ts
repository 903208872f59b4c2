/** Reading diagnostics as the Problems panel shows them: by rule id, errors and warnings only. */
import * as vscode from 'vscode';
import { waitFor } from './wait';

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function isProblem(diagnostic: vscode.Diagnostic): boolean {
  return (
    diagnostic.severity === vscode.DiagnosticSeverity.Error || diagnostic.severity === vscode.DiagnosticSeverity.Warning
  );
}

export function problemsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(isProblem);
}

/** `{ 'smart-quotes': 2, ... }`. */
export function countByCode(diagnostics: readonly vscode.Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of diagnostics.map(codeOf)) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** The same counts in any key order give the same text. */
export function canonical(counts: Record<string, number>): string {
  return JSON.stringify(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function describeProblems(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all
    .map(
      (d) =>
        `${d.source ?? '?'}/${codeOf(d)} [${vscode.DiagnosticSeverity[d.severity]}] ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.split('\n')[0] ?? ''}`,
    )
    .join(' | ');
}

/** Waits until the file's errors and warnings are exactly `expected` (by rule id), and returns them. */
export function waitForProblems(
  uri: vscode.Uri,
  expected: Record<string, number>,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  const wanted = canonical(expected);
  return waitFor(
    `the problems ${wanted} in ${vscode.workspace.asRelativePath(uri)}`,
    () => {
      const problems = problemsOf(uri);
      return canonical(countByCode(problems)) === wanted ? problems : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    { describe: () => describeProblems(uri), ...(timeoutMs !== undefined && { timeoutMs }) },
  );
}
