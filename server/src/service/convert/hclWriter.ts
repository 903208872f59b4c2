/**
 * A small output model of an HCL2 body and its renderer. The converter builds this model instead of
 * concatenating text, so that indentation, list layout and the `=` alignment that `packer fmt`
 * applies are decided in one place.
 */

export type HclValue =
  /** Already HCL2 expression text: `"a-${var.x}"`, `var.x`, `true`, `uuidv4()`. */
  | { kind: 'expression'; text: string }
  | { kind: 'list'; items: HclValue[] }
  | { kind: 'object'; entries: { key: string; value: HclValue }[] };

export type HclItem =
  | { kind: 'attribute'; name: string; value: HclValue; comments: string[] }
  | { kind: 'block'; type: string; labels: string[]; body: HclItem[]; comments: string[] }
  | { kind: 'comment'; lines: string[] }
  | { kind: 'blank' };

const INDENT = '  ';
/** Lists longer than this on one line are written one item a line, which reads and diffs better. */
const MAX_INLINE_LIST = 80;

export function expression(text: string): HclValue {
  return { kind: 'expression', text };
}

export function attribute(name: string, value: HclValue, comments: string[] = []): HclItem {
  return { kind: 'attribute', name, value, comments };
}

export function block(type: string, labels: string[], body: HclItem[], comments: string[] = []): HclItem {
  return { kind: 'block', type, labels, body, comments };
}

export function comment(...lines: string[]): HclItem {
  return { kind: 'comment', lines };
}

export const blank: HclItem = { kind: 'blank' };

/** The text of a whole file: top-level items, with a final newline. */
export function renderFile(items: HclItem[]): string {
  return `${renderBody(items, '').join('\n')}\n`;
}

function renderBody(items: HclItem[], indent: string): string[] {
  const lines: string[] = [];
  // Consecutive one-line attributes are aligned on `=`, as `packer fmt` does; a comment, a blank
  // line, a block or a multi-line value ends such a run.
  let run: { name: string; rest: string }[] = [];
  const flush = (): void => {
    const width = Math.max(0, ...run.map((entry) => entry.name.length));
    for (const entry of run) lines.push(`${indent}${entry.name.padEnd(width)} = ${entry.rest}`);
    run = [];
  };
  for (const item of items) {
    if (item.kind === 'attribute') {
      const value = renderValue(item.value, indent);
      if (item.comments.length > 0) {
        flush();
        lines.push(...commentLines(item.comments, indent));
      }
      if (value.length === 1) {
        run.push({ name: item.name, rest: value[0] ?? '' });
        continue;
      }
      flush();
      lines.push(`${indent}${item.name} = ${value[0] ?? ''}`, ...value.slice(1));
      continue;
    }
    flush();
    if (item.kind === 'blank') lines.push('');
    else if (item.kind === 'comment') lines.push(...commentLines(item.lines, indent));
    else {
      lines.push(...commentLines(item.comments, indent));
      const header = [item.type, ...item.labels.map(quoted)].join(' ');
      if (item.body.length === 0) lines.push(`${indent}${header} {`, `${indent}}`);
      else lines.push(`${indent}${header} {`, ...renderBody(item.body, indent + INDENT), `${indent}}`);
    }
  }
  flush();
  return lines;
}

/** Comment lines are wrapped at word boundaries to stay readable next to the code. */
const COMMENT_WIDTH = 100;

function commentLines(comments: string[], indent: string): string[] {
  return comments
    .flatMap((text) => text.split('\n'))
    .flatMap((line) => wrap(line, COMMENT_WIDTH - indent.length - 2))
    .map((line) => (line === '' ? `${indent}#` : `${indent}# ${line}`));
}

function wrap(line: string, width: number): string[] {
  if (line.length <= width || line.startsWith(' ')) return [line];
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines;
}

/** The lines of a value: the first follows `name = `, the others are complete lines. */
function renderValue(value: HclValue, indent: string): string[] {
  switch (value.kind) {
    case 'expression':
      return [value.text];
    case 'list': {
      if (value.items.length === 0) return ['[]'];
      const inner = value.items.map((item) => renderValue(item, indent + INDENT));
      const inline = inner.every((lines) => lines.length === 1) ? `[${inner.map((l) => l[0]).join(', ')}]` : undefined;
      if (inline !== undefined && (inline.length <= MAX_INLINE_LIST || value.items.length === 1)) return [inline];
      const lines = ['['];
      for (const item of inner) {
        lines.push(`${indent}${INDENT}${item[0] ?? ''}`, ...item.slice(1));
        lines[lines.length - 1] += ',';
      }
      lines.push(`${indent}]`);
      return lines;
    }
    case 'object': {
      if (value.entries.length === 0) return ['{}'];
      const items = value.entries.map((entry) => attribute(objectKey(entry.key), entry.value));
      return ['{', ...renderBody(items, indent + INDENT), `${indent}}`];
    }
  }
}

/** An HCL2 quoted string literal of a plain text (no interpolation: `${` and `%{` are escaped). */
export function quoted(text: string): string {
  return `"${escapeTemplateText(text)}"`;
}

/** Escapes literal text for the inside of an HCL2 quoted template. */
export function escapeTemplateText(text: string): string {
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const next = text[i + 1];
    if (ch === '\\') result += '\\\\';
    else if (ch === '"') result += '\\"';
    else if (ch === '\n') result += '\\n';
    else if (ch === '\r') result += '\\r';
    else if (ch === '\t') result += '\\t';
    else if ((ch === '$' || ch === '%') && next === '{') result += ch + ch;
    else if (ch < ' ' || ch === '\u007f') result += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else result += ch;
  }
  return result;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** An object key: bare when it is an identifier (but not a literal keyword), quoted otherwise. */
export function objectKey(key: string): string {
  return isIdentifier(key) && !['true', 'false', 'null'].includes(key) ? key : quoted(key);
}
