/**
 * Quick fixes come from `Diagnostic.data` (never from message text); `source.fixAll.packer`
 * applies every preferred fix of the current findings whose edits do not overlap. In a native
 * HCL2 document the result is laid out as `packer fmt` would (fixLayout): each quick fix alone,
 * and fix-all once over all its raw edits, so that laying out a whole block for one fix never
 * makes another fix in that block look like an overlap.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { withFileChanges } from './fileChangeActions';
import type { FixLayout } from './fixLayout/lspFixLayout';
import type { DiagnosticData } from './validation';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.packer`;

function isDiagnosticData(data: unknown): data is DiagnosticData {
  return typeof data === 'object' && data !== null && Array.isArray((data as DiagnosticData).fixes);
}

export function quickFixes(uri: string, diagnostics: Diagnostic[], layout?: FixLayout): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'packer' || !isDiagnosticData(diagnostic.data)) continue;
    // Diagnostics of an older version point into an older text: their fixes are not laid out on this one.
    const current = layout !== undefined && diagnostic.data.version === layout.version ? layout : undefined;
    for (const fix of diagnostic.data.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        ...(fix.files !== undefined
          ? { edit: withFileChanges(uri, fix.edits, fix.files) }
          : fix.edits.length > 0 && { edit: { changes: { [uri]: current?.layOut(fix.edits) ?? fix.edits } } }),
        ...(fix.command !== undefined && { command: { title: fix.title, ...fix.command } }),
      });
    }
  }
  return actions;
}

/**
 * One action with the preferred fix of every diagnostic. A fix is left for a next run when it
 * overlaps one already taken: an edit inside another's range, or two changing the same text. Fixes
 * that several findings share (one declaration serving them all) are applied once.
 */
export function fixAll(uri: string, diagnostics: Diagnostic[], layout?: FixLayout): CodeAction | undefined {
  const chosen: TextEdit[] = [];
  const taken = new TakenSpans();
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (!isDiagnosticData(diagnostic.data)) continue;
    const fix = diagnostic.data.fixes.find((f) => f.isPreferred);
    // Fix-all edits this document's text: renaming files is only offered on its own, and a fix that runs a
    // command (packer init) is the user's to start.
    if (fix === undefined || fix.files !== undefined || fix.command !== undefined) continue;
    const fingerprint = JSON.stringify(fix.edits);
    if (seen.has(fingerprint)) continue;
    const spans = fix.edits.map(spanOf);
    if (spans.some((span) => taken.overlap(span))) continue;
    seen.add(fingerprint);
    for (const span of spans) taken.add(span);
    chosen.push(...fix.edits);
  }
  if (chosen.length === 0) return undefined;
  // Where an insertion and a replacement start at one place, the insertion goes first, as editors expect.
  const ordered = chosen
    .map((edit) => ({ edit, span: spanOf(edit) }))
    .sort(
      (a, b) => a.span.start - b.span.start || Number(a.span.end > a.span.start) - Number(b.span.end > b.span.start),
    )
    .map(({ edit }) => edit);
  const edits = layout?.layOut(ordered) ?? ordered;
  return { title: 'Fix all Packer problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
}

interface Span {
  start: number;
  end: number;
}

function spanOf(edit: TextEdit): Span {
  const key = (p: { line: number; character: number }) => p.line * 1e7 + p.character;
  return { start: key(edit.range.start), end: key(edit.range.end) };
}

/** Replacements overlap when their ranges share text; an insertion overlaps a range it falls strictly inside. */
function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return false; // Two insertions, applied in order.
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * The spans of the edits taken so far, sorted by start, so that a new span is compared only with
 * its neighbours: a template with curly quotes everywhere has a hundred thousand fixes, and
 * comparing each with every one before made fix-all take seconds.
 */
class TakenSpans {
  private readonly spans: Span[] = [];
  private longest = 0;

  overlap(span: Span): boolean {
    // Only a span starting at most `longest` before this one can reach into it.
    for (let i = this.firstFrom(span.start - this.longest); i < this.spans.length; i++) {
      const other = this.spans[i]!;
      if (other.start > span.end) return false;
      if (overlaps(span, other)) return true;
    }
    return false;
  }

  add(span: Span): void {
    this.spans.splice(this.firstFrom(span.start + 1), 0, span);
    this.longest = Math.max(this.longest, span.end - span.start);
  }

  /** The index of the first span that starts at or after `start`. */
  private firstFrom(start: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.spans[middle]!.start < start) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
