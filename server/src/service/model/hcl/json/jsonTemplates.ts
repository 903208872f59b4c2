/**
 * The strings of an HCL JSON file (`*.pkr.json`) as HCL reads them: each one is a template
 * (`"${var.region}"`, `"%{ if ... }"`), parsed from the string's decoded value. The JSON escapes
 * are undone first, so every range the template parser gives (into the decoded value) is mapped
 * back to the JSON text: a `\u00e9` is one character of the value and six of the source.
 */
import type { Range, TemplateExpression } from '../../../parsing/hcl/ast';
import type { HclDiagnostic } from '../../../parsing/hcl/diagnostics';
import { parseHclTemplate } from '../../../parsing/hcl/parser';

export interface JsonTemplate {
  template: TemplateExpression;
  diagnostics: HclDiagnostic[];
}

/** The template in the JSON string at `range` (quotes included) of `text`. */
export function jsonStringTemplate(text: string, range: Range): JsonTemplate {
  const closed = range.end - range.start >= 2 && text.charCodeAt(range.end - 1) === 34;
  const contentStart = range.start + 1;
  const contentEnd = closed ? range.end - 1 : range.end;
  const { value, offsets } = decodeJsonString(text, contentStart, contentEnd);
  const parsed = parseHclTemplate(value);
  const seen = new Set<object>();
  remapRanges(parsed.template.parts, offsets, seen);
  const diagnostics = parsed.diagnostics.map((diagnostic): HclDiagnostic => {
    remapRanges(diagnostic, offsets, seen);
    // The parser's repairs are written in native syntax: they are not JSON once escapes are involved.
    if (diagnostic.fix !== undefined && !isJsonSafe(diagnostic.fix.newText)) delete diagnostic.fix;
    return diagnostic;
  });
  const template: TemplateExpression = {
    kind: 'template',
    style: 'quoted',
    parts: parsed.template.parts,
    terminated: closed,
    range,
  };
  return { template, diagnostics };
}

/**
 * A JSON string's content, escapes decoded, with the source offset of each UTF-16 unit of the
 * value (and one more, for the end). jsonc-parser has already reported any malformed escape; one
 * is read here as the characters it is written with.
 */
export function decodeJsonString(text: string, start: number, end: number): { value: string; offsets: number[] } {
  const raw = text.slice(start, end);
  if (!raw.includes('\\')) {
    return { value: raw, offsets: Array.from({ length: raw.length + 1 }, (_, i) => start + i) };
  }
  let value = '';
  const offsets: number[] = [];
  let i = start;
  while (i < end) {
    const char = text[i] ?? '';
    if (char !== '\\' || i + 1 >= end) {
      value += char;
      offsets.push(i);
      i++;
      continue;
    }
    const next = text[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      offsets.push(i);
      i += 2;
      continue;
    }
    const hex = next === 'u' ? text.slice(i + 2, i + 6) : '';
    if (/^[0-9a-fA-F]{4}$/.test(hex) && i + 6 <= end) {
      value += String.fromCharCode(parseInt(hex, 16));
      offsets.push(i);
      i += 6;
      continue;
    }
    value += char;
    offsets.push(i);
    i++;
  }
  offsets.push(end);
  return { value, offsets };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Every offset reachable from `node`, mapped once (ranges may be shared between nodes). The parser's
 * nodes keep their offsets in number fields (`start`, `end`, `nameEnd`...) and compute their
 * ranges from them, so the fields are what is mapped, whatever object holds them.
 */
function remapRanges(node: unknown, offsets: readonly number[], seen: Set<object>): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'number') {
      if (OFFSET_KEY.test(key)) record[key] = mapOffset(value, offsets);
    } else {
      remapRanges(value, offsets, seen);
    }
  }
}

const OFFSET_KEY = /^(start|end)$|(Start|End)$/;

function mapOffset(offset: number, offsets: readonly number[]): number {
  const last = offsets[offsets.length - 1] ?? 0;
  return offsets[Math.min(Math.max(offset, 0), offsets.length - 1)] ?? last;
}

function isJsonSafe(text: string): boolean {
  return !/["\\\n\r\t]/.test(text);
}
