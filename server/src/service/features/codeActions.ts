/**
 * Quick fixes come from `Diagnostic.data` (never from message text); `source.fixAll.packer`
 * applies every preferred fix of the current findings whose edits do not overlap.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { DiagnosticData } from './validation';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.packer`;

function isDiagnosticData(data: unknown): data is DiagnosticData {
  return typeof data === 'object' && data !== null && Array.isArray((data as DiagnosticData).fixes);
}

export function quickFixes(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'packer' || !isDiagnosticData(diagnostic.data)) continue;
    for (const fix of diagnostic.data.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        edit: { changes: { [uri]: fix.edits } },
      });
    }
  }
  return actions;
}

/** One action with the preferred fix of every diagnostic; overlapping edits are left for a next run. */
export function fixAll(uri: string, diagnostics: Diagnostic[]): CodeAction | undefined {
  const chosen: TextEdit[] = [];
  const taken: Array<readonly [number, number]> = [];
  const key = (p: { line: number; character: number }) => p.line * 1e7 + p.character;
  for (const diagnostic of diagnostics) {
    if (!isDiagnosticData(diagnostic.data)) continue;
    const fix = diagnostic.data.fixes.find((f) => f.isPreferred);
    if (fix === undefined) continue;
    const spans = fix.edits.map((e) => [key(e.range.start), key(e.range.end)] as const);
    const overlaps = spans.some(([s, e]) => taken.some(([ts, te]) => s < te && ts < e));
    if (overlaps) continue;
    taken.push(...spans);
    chosen.push(...fix.edits);
  }
  if (chosen.length === 0) return undefined;
  return { title: 'Fix all Packer problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: chosen } } };
}
