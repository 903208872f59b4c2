/**
 * Replaces template calls and expressions by `*` so that only literal text is read:
 * `{{ ... }}` (legacy JSON templates, may hold back-quotes), `${ ... }` and `%{ ... }` (HCL2).
 * A value such as `ubuntu-${var.release}` still names Ubuntu; its release is anyone's guess.
 */
export function literalText(value: string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    if (value.startsWith('{{', i)) {
      const end = value.indexOf('}}', i + 2);
      out += '*';
      i = end < 0 ? value.length : end + 2;
      continue;
    }
    if ((value[i] === '$' || value[i] === '%') && value[i + 1] === '{') {
      // HCL `$${` is an escaped literal `${`.
      if (value[i] === '$' && value[i - 1] === '$') {
        out += value[i];
        i++;
        continue;
      }
      out += '*';
      i = expressionEnd(value, i + 1) + 1;
      continue;
    }
    out += value[i];
    i++;
  }
  return out;
}

/** Index of the `}` that closes the brace at `open`; a `}` inside a quoted string does not count. */
function expressionEnd(value: string, open: number): number {
  let depth = 0;
  let j = open;
  for (; j < value.length; j++) {
    const c = value[j];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) break;
    } else if (c === '"') {
      j++;
      while (j < value.length && value[j] !== '"') j += value[j] === '\\' ? 2 : 1;
    }
  }
  return j;
}
