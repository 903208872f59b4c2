/** Template functions inside strings: renaming a function in the `{{ }}` actions of a string. */
import { isObject } from './deprecationSupport';

/**
 * Renames calls of a template function inside the `{{ }}` actions of a string; `undefined` when
 * there is none. Text outside the actions, string literals and `.Fields` are left alone.
 * Deviation: `packer fix` replaces the name anywhere in the string, even in plain text.
 */
export function renameTemplateFunction(text: string, from: string, to: string): string | undefined {
  let out = '';
  let last = 0;
  let changed = false;
  let from_ = 0;
  for (;;) {
    const open = text.indexOf('{{', from_);
    if (open === -1) break;
    const close = text.indexOf('}}', open + 2);
    if (close === -1) break;
    let i = open + 2;
    while (i < close) {
      const ch = text[i] ?? '';
      if (ch === '"' || ch === "'") {
        i++;
        while (i < close && text[i] !== ch) i += text[i] === '\\' ? 2 : 1;
        i++;
      } else if (ch === '`') {
        const end = text.indexOf('`', i + 1);
        i = end === -1 || end > close ? close : end + 1;
      } else if (/[A-Za-z_]/.test(ch)) {
        let j = i + 1;
        while (j < close && /[A-Za-z0-9_]/.test(text[j] ?? '')) j++;
        const before = text[i - 1] ?? '';
        if (text.slice(i, j) === from && before !== '.' && before !== '$') {
          out += text.slice(last, i) + to;
          last = j;
          changed = true;
        }
        i = j;
      } else i++;
    }
    from_ = close + 2;
  }
  return changed ? out + text.slice(last) : undefined;
}

/**
 * Calls `visit` with every string inside `value` and its path. The path is one array, extended and
 * shortened as the walk goes (a copy per step made large templates allocate a path per string):
 * `visit` copies it to keep it.
 */
export function visitStrings(
  value: unknown,
  path: Array<string | number>,
  visit: (text: string, path: readonly (string | number)[]) => void,
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      path.push(i);
      visitStrings(item, path, visit);
      path.pop();
    });
  } else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      path.push(key);
      visitStrings(inner, path, visit);
      path.pop();
    }
  }
}
