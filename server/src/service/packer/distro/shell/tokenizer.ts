import type { ShellWord } from './types';
import { readWord } from './words';

export interface WordToken extends ShellWord {
  kind: 'word';
}
export interface OpToken {
  kind: 'op';
  op: string;
  start: number;
  end: number;
}
export type Token = WordToken | OpToken;

// Longest first: `&&` must win over `&`, `<<-` over `<<`.
const OPERATORS = [
  '&&',
  '||',
  ';;&',
  ';;',
  ';&',
  '|&',
  '&>>',
  '&>',
  '<<<',
  '<<-',
  '<<',
  '>>',
  '>&',
  '<&',
  '>|',
  '<>',
  ';',
  '|',
  '&',
  '(',
  ')',
  '<',
  '>',
];
export const REDIRECTS: ReadonlySet<string> = new Set([
  '&>>',
  '&>',
  '<<<',
  '<<-',
  '<<',
  '>>',
  '>&',
  '<&',
  '>|',
  '<>',
  '<',
  '>',
]);

/**
 * Reads the script into words and operators. Here-document bodies and comments are dropped: an
 * `apt-get install` inside a heredoc is data written to a file, not a command that runs.
 */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const pendingDelimiters: string[] = [];
  let i = 0;
  const n = src.length;

  const skipHeredocBodies = (): void => {
    // i is just after a newline
    for (let delimiter = pendingDelimiters.shift(); delimiter !== undefined; delimiter = pendingDelimiters.shift()) {
      for (;;) {
        if (i >= n) return;
        let eol = src.indexOf('\n', i);
        if (eol < 0) eol = n;
        const line = src.slice(i, eol).replace(/\r$/, '');
        i = eol < n ? eol + 1 : n;
        // trim() also accepts the tab-indented delimiter of `<<-` (and, leniently, of `<<`).
        if (line.trim() === delimiter) break;
      }
    }
  };

  while (i < n) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && (src[i + 1] === '\n' || (src[i + 1] === '\r' && src[i + 2] === '\n'))) {
      i += src[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (c === '\n') {
      tokens.push({ kind: 'op', op: '\n', start: i, end: i + 1 });
      i++;
      if (pendingDelimiters.length > 0) skipHeredocBodies();
      continue;
    }
    if (c === '#') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    // A file-descriptor number glued to a redirection: 2>&1, 1>/dev/null
    const fd = /^\d+(?=[<>])/.exec(src.slice(i, i + 4));
    const at = fd ? i + fd[0].length : i;
    const op = OPERATORS.find((o) => src.startsWith(o, at));
    if (op !== undefined && (fd === null || REDIRECTS.has(op))) {
      tokens.push({ kind: 'op', op, start: i, end: at + op.length });
      i = at + op.length;
      if (op === '<<' || op === '<<-') {
        // the delimiter word follows; remember it for after the end of the line
        while (i < n && (src[i] === ' ' || src[i] === '\t')) i++;
        const word = readWord(src, i);
        if (word.end > i) {
          tokens.push({ kind: 'word', ...word });
          pendingDelimiters.push(word.text);
          i = word.end;
        }
      }
      continue;
    }
    const word = readWord(src, i);
    if (word.end === i) {
      i++; // should not happen; never loop forever
      continue;
    }
    tokens.push({ kind: 'word', ...word });
    i = word.end;
  }
  return tokens;
}
