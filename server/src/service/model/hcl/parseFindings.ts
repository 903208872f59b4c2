/**
 * The HCL2 parser classifies each mistake it recovers from; the rule that owns a class reports it.
 * Shared here so every such rule turns a parser diagnostic into a finding the same way.
 */
import type { AnalysedDocument } from '../../document';
import type { HclDiagnostic, HclDiagnosticCode } from '../../parsing/hcl/diagnostics';
import type { Finding, OffsetRange, TextReplacement } from '../../types';

/** Classes that rules other than hcl-syntax own. */
export const CLASSES_WITH_OWN_RULE: ReadonlySet<HclDiagnosticCode> = new Set([
  'smart-quotes',
  'lookalike-character',
  'duplicate-argument',
]);

export function hclParseDiagnostics(
  document: AnalysedDocument,
  accept: (code: HclDiagnosticCode) => boolean,
): HclDiagnostic[] {
  return document.hcl?.file.diagnostics.filter((d) => accept(d.code)) ?? [];
}

export function parseFinding(
  document: AnalysedDocument,
  diagnostic: HclDiagnostic,
  fixTitle: string,
): Omit<Finding, 'ruleId'> {
  const fix = diagnostic.fix;
  const edits = fix === undefined ? [] : minimalEdits(document.text, fix.range, fix.newText);
  return {
    range: diagnostic.range,
    message: diagnostic.detail === '' ? diagnostic.summary : `${diagnostic.summary}: ${diagnostic.detail}`,
    ...(diagnostic.severity === 'warning' && { severity: 'warning' as const }),
    ...(fix !== undefined && { fixes: [{ title: fixTitle, isPreferred: true, edits }] }),
  };
}

/**
 * The parser's repair as the smallest edits: when only the two ends of a string change (its
 * quotes), two one-character edits, so that other fixes inside the string (a command rewritten)
 * do not overlap it and "fix all" can apply both at once.
 */
function minimalEdits(text: string, range: OffsetRange, newText: string): TextReplacement[] {
  const old = text.slice(range.start, range.end);
  if (old.length === newText.length && old.length >= 2 && old.slice(1, -1) === newText.slice(1, -1)) {
    const edits: TextReplacement[] = [];
    if (old[0] !== newText[0])
      edits.push({ range: { start: range.start, end: range.start + 1 }, newText: newText[0] ?? '' });
    if (old[old.length - 1] !== newText[newText.length - 1]) {
      edits.push({ range: { start: range.end - 1, end: range.end }, newText: newText[newText.length - 1] ?? '' });
    }
    return edits;
  }
  return [{ range, newText }];
}
