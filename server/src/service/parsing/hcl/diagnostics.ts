/**
 * What the HCL scanner and parser report. Each mistake gives one diagnostic: `summary` is HCL's own
 * summary (what `packer validate` prints), `detail` says what is wrong in plain words (naming the
 * character) and then what HCL says. `code` classifies the mistake for the rules, which own
 * severities and quick-fix titles; `fix` is present only when the repair is certain.
 */
import type { Range } from './ast';

export type HclDiagnosticCode =
  /** “ ” ‘ ’ around a string: read as straight quotes. */
  | 'smart-quotes'
  /** A dash, space or punctuation mark that looks like ASCII but is not: read as what it resembles. */
  | 'lookalike-character'
  /** 'text': read as a string. */
  | 'single-quotes'
  /** A character HCL does not use at all (`;` is read as a newline, `&`/`|` as `&&`/`||`). */
  | 'invalid-character'
  | 'comma-after-argument'
  /** `source "x" "y" = {`: read as a block. */
  | 'block-equals'
  | 'unclosed-block'
  /** `name "value"` or `name: "value"`: read as an attribute. */
  | 'missing-equals'
  | 'unterminated-string'
  | 'multiline-string'
  | 'unterminated-heredoc'
  /** `<<EOT` followed by spaces: read as the heredoc it was meant to start. */
  | 'heredoc-marker'
  | 'unterminated-comment'
  | 'unclosed-interpolation'
  | 'invalid-escape'
  | 'invalid-number'
  | 'quoted-argument-name'
  | 'duplicate-argument'
  /** A block header that is not `type label... {` on one line. */
  | 'invalid-block'
  | 'single-line-block'
  | 'missing-newline'
  | 'argument-or-block-expected'
  | 'invalid-expression'
  | 'missing-separator'
  | 'unclosed-bracket'
  | 'invalid-traversal'
  | 'invalid-for'
  | 'invalid-template';

export interface HclFix {
  range: Range;
  newText: string;
}

export interface HclDiagnostic {
  severity: 'error' | 'warning';
  code: HclDiagnosticCode;
  summary: string;
  detail: string;
  range: Range;
  fix?: HclFix;
}

export function error(
  code: HclDiagnosticCode,
  range: Range,
  summary: string,
  detail: string,
  fix?: HclFix,
): HclDiagnostic {
  const diagnostic: HclDiagnostic = { severity: 'error', code, summary, detail, range };
  if (fix !== undefined) diagnostic.fix = fix;
  return diagnostic;
}

export function byPosition(a: HclDiagnostic, b: HclDiagnostic): number {
  return a.range.start - b.range.start || a.range.end - b.range.end;
}
