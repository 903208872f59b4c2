/**
 * The `{{ ... }}` Go-template calls inside the strings of a legacy JSON template, e.g.
 * `{{user `region`}}`, `{{ timestamp }}`, `{{isotime "2006-01-02"}}`, `{{ .Name }}`.
 * Go's text/template is not available to a TypeScript program, and only the function names and
 * literal arguments matter here, so this is a small tokenizer of our own.
 */
import type { OffsetRange } from '../types';

export interface TemplateArgument {
  value: string;
  /** Offsets in the document, quotes excluded. */
  range: OffsetRange;
}

export interface TemplateCall {
  /** The function name (`user`, `timestamp`, ...); undefined for a field like `{{ .Name }}`. */
  name: string | undefined;
  nameRange: OffsetRange | undefined;
  /** Literal string arguments that follow the name. */
  args: TemplateArgument[];
  /** The whole `{{ ... }}` action. */
  range: OffsetRange;
}

/**
 * Finds template calls in a JSON string's source text. `sourceStart` is the document offset of the
 * string's first character after its opening quote; offsets are mapped through the JSON escapes,
 * which is exact because template syntax itself needs no escaping in JSON except `\"`.
 */
export function findTemplateCalls(source: string, sourceStart: number): TemplateCall[] {
  const calls: TemplateCall[] = [];
  let from = 0;
  for (;;) {
    const open = source.indexOf('{{', from);
    if (open === -1) break;
    const close = source.indexOf('}}', open + 2);
    if (close === -1) break;
    calls.push(parseAction(source, open + 2, close, sourceStart));
    from = close + 2;
  }
  return calls;
}

const identifier = /[A-Za-z_][A-Za-z0-9_]*/y;

function parseAction(source: string, start: number, end: number, base: number): TemplateCall {
  const call: TemplateCall = {
    name: undefined,
    nameRange: undefined,
    args: [],
    range: { start: base + start - 2, end: base + end + 2 },
  };
  let i = start;
  // Trim markers: `{{- ... -}}`.
  if (source[i] === '-' && /\s/.test(source[i + 1] ?? '')) i++;
  while (i < end && /\s/.test(source[i] ?? '')) i++;
  identifier.lastIndex = i;
  const match = identifier.exec(source);
  if (match === null || match.index !== i) return call;
  call.name = match[0];
  call.nameRange = { start: base + i, end: base + i + match[0].length };
  i += match[0].length;
  // Literal string arguments directly after the name (stop at a pipe or parenthesis).
  while (i < end) {
    while (i < end && /\s/.test(source[i] ?? '')) i++;
    const quote = source[i];
    if (quote === '`') {
      const closing = source.indexOf('`', i + 1);
      if (closing === -1 || closing > end) break;
      call.args.push({ value: source.slice(i + 1, closing), range: { start: base + i + 1, end: base + closing } });
      i = closing + 1;
    } else if (quote === '\\' && source[i + 1] === '"') {
      // An escaped double quote inside a JSON string: `{{user \"name\"}}`.
      const closing = source.indexOf('\\"', i + 2);
      if (closing === -1 || closing > end) break;
      call.args.push({ value: source.slice(i + 2, closing), range: { start: base + i + 2, end: base + closing } });
      i = closing + 2;
    } else {
      break;
    }
  }
  return call;
}
