import { hclParseDiagnostics, parseFinding } from '../model/hcl/parseFindings';
import type { HclDiagnostic } from '../parsing/hcl';
import type { TextReplacement } from '../types';
import type { Rule } from './rule';

export const smartQuotes: Rule = {
  meta: {
    id: 'smart-quotes',
    description: 'Typographic (curly) quotes used as string quotes, usually pasted from a web page or a document.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    const openStrings = hclParseDiagnostics(document, (code) => code === 'unterminated-string');
    for (const diagnostic of hclParseDiagnostics(document, (code) => code === 'smart-quotes')) {
      const finding = parseFinding(document, diagnostic, 'Use straight quotes');
      const edits = finding.fixes?.[0]?.edits ?? [];
      report(continuesOpenString(document.text, openStrings, edits) ? { ...finding, fixes: [] } : finding);
    }
    for (const recovery of document.recoveries) {
      if (recovery.kind !== 'smart-quotes') continue;
      const found = recovery.quotes.map((q) => q.char).join(' ');
      // An opening quote with nothing to close it on its line: straightened, it would open a string
      // that runs on to the line's end. The string's end is the mistake to fix first.
      const unclosed =
        recovery.range.end - recovery.range.start === 1 && recovery.quotes[0]?.offset === recovery.range.start;
      report({
        range: recovery.range,
        message: `Curly quotes (${found}) are not quotes to JSON: this string must be written between straight double quotes (").`,
        fixes: unclosed
          ? []
          : [
              {
                title: 'Use straight quotes',
                isPreferred: true,
                edits: recovery.quotes.map((q) => ({
                  range: { start: q.offset, end: q.offset + 1 },
                  newText: q.straight,
                })),
              },
            ],
      });
    }
  },
};

/**
 * A string left open on the line above ends at its line break only while the next line holds an
 * even number of straight quotes; otherwise HCL reads it on, to that line's quote. Straightening a
 * curly quote can make that number odd, and the string above then swallows this line: the fix
 * would turn one error into another, so none is offered there: the open string is the mistake
 * to fix first, and once it is closed the fix comes back.
 */
function continuesOpenString(text: string, openStrings: HclDiagnostic[], edits: TextReplacement[]): boolean {
  return edits.some((edit) => {
    if (edit.newText !== '"') return false;
    const lineStart = text.lastIndexOf('\n', edit.range.start - 1) + 1;
    if (lineStart === 0) return false;
    const breakAt = text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
    if (!openStrings.some((d) => d.range.end === breakAt)) return false;
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    const straight = (l: string) => [...l.matchAll(/(?<!\\)"/g)].length;
    const fixed = applyOnLine(line, lineStart, edits);
    return straight(line) % 2 === 0 && straight(fixed) % 2 === 1;
  });
}

/** The line with those edits applied that fall inside it (one-character quote replacements). */
function applyOnLine(line: string, lineStart: number, edits: TextReplacement[]): string {
  const chars = line.split('');
  for (const edit of edits) {
    const at = edit.range.start - lineStart;
    if (at >= 0 && at < chars.length && edit.range.end - edit.range.start === 1) chars[at] = edit.newText;
  }
  return chars.join('');
}
