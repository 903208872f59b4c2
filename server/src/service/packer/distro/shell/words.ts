/**
 * Reading one shell word: quotes, escapes and expansions, so that `"apt-get"` and `apt\-get` are
 * the command apt-get while `$PKG_MGR` is a word whose value cannot be known.
 */
import type { ShellWord } from './types';

const METACHARS = new Set([' ', '\t', '\n', '\r', ';', '&', '|', '(', ')', '<', '>']);

/** Index just after the `close` that balances the opener at `from` (quotes respected). */
export function skipBalanced(src: string, from: number, open: string, close: string): number {
  let depth = 0;
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === "'") {
      i = afterClosing(src, i, "'");
      continue;
    }
    if (c === '"') {
      i = skipDoubleQuoted(src, i);
      continue;
    }
    if (src.startsWith(open, i)) {
      depth++;
      i += open.length;
      continue;
    }
    if (src.startsWith(close, i)) {
      depth--;
      i += close.length;
      if (depth === 0) return i;
      continue;
    }
    i++;
  }
  return src.length;
}

/** Index just after the next `quote` past `from` (single quotes and back-quotes have no escapes), or the end. */
function afterClosing(src: string, from: number, quote: string): number {
  const e = src.indexOf(quote, from + 1);
  return e < 0 ? src.length : e + 1;
}

/** Index just after the closing `"` of the string opening at `from`. */
function skipDoubleQuoted(src: string, from: number): number {
  let i = from + 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '"') return i + 1;
    if (c === '$' && src[i + 1] === '(') {
      i = skipBalanced(src, i + 1, '(', ')');
      continue;
    }
    if (c === '`') {
      i = afterClosing(src, i, '`');
      continue;
    }
    i++;
  }
  return src.length;
}

export function readWord(src: string, from: number): ShellWord {
  let i = from;
  let text = '';
  let expands = false;
  const n = src.length;
  while (i < n) {
    const c = src[i] as string;
    if (METACHARS.has(c)) {
      // VAR=(a b c): an array assignment is one word
      if (c === '(' && text.endsWith('=') && /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(text)) {
        const e = skipBalanced(src, i, '(', ')');
        text += src.slice(i, e);
        i = e;
        continue;
      }
      break;
    }
    if (c === '\\') {
      if (src[i + 1] === '\n') {
        i += 2;
        continue;
      }
      text += src[i + 1] ?? '';
      i = Math.min(n, i + 2);
      continue;
    }
    if (c === "'") {
      const e = src.indexOf("'", i + 1);
      const end = e < 0 ? n : e;
      text += src.slice(i + 1, end);
      i = Math.min(n, end + 1);
      continue;
    }
    if (c === '$' && src[i + 1] === "'") {
      const start = i + 2;
      let j = start;
      while (j < n && src[j] !== "'") j += src[j] === '\\' ? 2 : 1;
      text += src.slice(start, Math.min(j, n));
      i = Math.min(n, j + 1);
      continue;
    }
    if (c === '"') {
      const e = skipDoubleQuoted(src, i);
      const inner = src.slice(i + 1, Math.max(i + 1, e - 1));
      if (/[$`]|\{\{/.test(inner)) expands = true;
      text += inner.replace(/\\([$`"\\\n])/g, (_m, ch: string) => (ch === '\n' ? '' : ch));
      i = e;
      continue;
    }
    // Everything below is an expansion, kept as written.
    let end: number | undefined;
    if (c === '{' && src[i + 1] === '{') {
      const e = src.indexOf('}}', i + 2);
      end = e < 0 ? n : e + 2;
    } else if (c === '$' && (src[i + 1] === '(' || src[i + 1] === '{')) {
      const open = src[i + 1] as string;
      end = skipBalanced(src, i + 1, open, open === '(' ? ')' : '}');
    } else if (c === '$' && /[A-Za-z_0-9@*#?$!-]/.test(src[i + 1] ?? '')) {
      end = i + 1;
    } else if (c === '`') {
      end = afterClosing(src, i, '`');
    }
    if (end !== undefined) {
      text += src.slice(i, end);
      expands = true;
      i = end;
      continue;
    }
    text += c;
    i++;
  }
  const end = Math.min(i, n);
  return { raw: src.slice(from, end), text, start: from, end, expands };
}
