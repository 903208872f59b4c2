/**
 * The names a variable file sets, with each value as written. Packer reads a `-var-file` whose name
 * ends in `.json` as JSON (an object of names to values) and any other as HCL (top-level
 * assignments: command/build.go and hcl2template/parser.go of current Packer; legacy JSON templates
 * take JSON var files only).
 */
import { parseHcl } from '../parsing/hcl/parser';

export interface SetValue {
  name: string;
  /** The value as the file writes it, shortened for display. */
  value: string;
  /** 1-based line of the assignment. */
  line: number;
}

const MAX_SHOWN = 80;

export function readVarFileValues(fileName: string, text: string): SetValue[] | undefined {
  return fileName.toLowerCase().endsWith('.json') ? jsonValues(text) : hclValues(text);
}

function jsonValues(text: string): SetValue[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  return Object.entries(parsed).map(([name, value]) => ({
    name,
    value: shorten(typeof value === 'string' ? value : JSON.stringify(value)),
    line: lineOf(text, text.indexOf(JSON.stringify(name))),
  }));
}

function hclValues(text: string): SetValue[] | undefined {
  const { body } = parseHcl(text);
  const values: SetValue[] = [];
  for (const item of body.items) {
    if (item.kind !== 'attribute') continue;
    const written = text.slice(item.expression.range.start, item.expression.range.end).trim();
    values.push({
      name: item.name,
      value: shorten(written.replace(/^"(.*)"$/s, '$1')),
      line: lineOf(text, item.range.start),
    });
  }
  return values;
}

function shorten(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN - 1)}…` : oneLine;
}

function lineOf(text: string, offset: number): number {
  if (offset < 0) return 1;
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
