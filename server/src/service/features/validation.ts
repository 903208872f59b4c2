/**
 * Runs every rule on an analysed document and turns findings into LSP diagnostics: `source`
 * "packer", `code` the rule id, a documentation link, the configured severity, and the fixes in
 * `data` so that code actions never have to re-derive them from message text.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { AnalysedDocument } from '../document';
import { rules } from '../rules';
import { ruleDocsUrl, type FileReader } from '../rules/rule';
import { unknownSituation, type PackerSituation } from '../plugins/packerSituation';
import type { ServiceSettings } from '../settings';
import type { FileChanges, Finding, FixCommand, OffsetRange, Severity } from '../types';
import type { BuildVariables } from '../varFiles/buildVariables';
import { linesOf, lspRange } from './lspRanges';
import type { Reuse } from './incrementalFindings';

export interface DiagnosticFix {
  title: string;
  isPreferred: boolean;
  edits: TextEdit[];
  files?: FileChanges;
  command?: FixCommand;
}

/** What every diagnostic of ours carries in `data`. */
export interface DiagnosticData {
  version: number;
  fixes: DiagnosticFix[];
}

export function findProblems(
  document: AnalysedDocument,
  files: FileReader,
  build?: BuildVariables,
  packer: PackerSituation = unknownSituation,
  reuse?: Reuse,
): Finding[] {
  const steps = findProblemsStepwise(document, files, build, packer, reuse);
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}

/**
 * The same, one rule at a time: it yields after each rule, so that a server can answer other
 * messages between them and drop the rest once a newer version of the document makes it moot.
 */
export function* findProblemsStepwise(
  document: AnalysedDocument,
  files: FileReader,
  build?: BuildVariables,
  packer: PackerSituation = unknownSituation,
  /** Set after an edit inside a block: block-scoped rules check its scope and carry the rest over. */
  reuse?: Reuse,
): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const scoped = reuse !== undefined && rule.meta.scope === 'block';
    if (scoped) findings.push(...(reuse.carried.get(rule.meta.id) ?? []));
    try {
      rule.check({
        document,
        files,
        ...(build !== undefined && { build }),
        packer,
        report: (finding) => findings.push({ ruleId: rule.meta.id, ...finding }),
        ...(scoped && { scope: reuse.scope }),
      });
    } catch (error) {
      // One broken rule must not take the others' diagnostics with it.
      findings.push({
        ruleId: rule.meta.id,
        range: { start: 0, end: 0 },
        severity: 'hint',
        message: `Internal error in the rule "${rule.meta.id}": ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    yield;
  }
  // In rule order at equal ranges (and in report order within a rule: the sort is stable), so that
  // findings carried over from a previous run stand where a full run puts them.
  return findings.sort(
    (a, b) =>
      a.range.start - b.range.start ||
      a.range.end - b.range.end ||
      (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0),
  );
}

const ruleOrder = new Map(rules.map((r, index) => [r.meta.id, index]));

/** The rules whose findings are local to blocks: what an edit inside one block lets be carried over. */
export const blockScopedRules: ReadonlySet<string> = new Set(
  rules.filter((r) => r.meta.scope === 'block').map((r) => r.meta.id),
);

export function severityOf(finding: Finding, settings: ServiceSettings): Severity | 'off' {
  const configured = settings.severity[finding.ruleId];
  if (configured !== undefined) return configured;
  return finding.severity ?? rules.find((r) => r.meta.id === finding.ruleId)?.meta.defaultSeverity ?? 'error';
}

const lspSeverity: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(
  document: AnalysedDocument,
  findings: Finding[],
  settings: ServiceSettings,
): Diagnostic[] {
  const lines = linesOf(document);
  const range = (r: OffsetRange) => lspRange(lines, r);
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding, settings);
    if (severity === 'off') continue;
    const data: DiagnosticData = {
      version: document.version,
      fixes: (finding.fixes ?? []).map((fix) => ({
        title: fix.title,
        isPreferred: fix.isPreferred === true,
        edits: fix.edits.map((edit) => ({ range: range(edit.range), newText: edit.newText })),
        ...(fix.files !== undefined && { files: fix.files }),
        ...(fix.command !== undefined && { command: fix.command }),
      })),
    };
    const tags = finding.tags?.map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
    diagnostics.push({
      range: range(finding.range),
      severity: lspSeverity[severity],
      source: 'packer',
      code: finding.ruleId,
      codeDescription: { href: ruleDocsUrl(finding.ruleId) },
      message: finding.message,
      ...(tags !== undefined && tags.length > 0 && { tags }),
      data,
    });
  }
  return diagnostics;
}
