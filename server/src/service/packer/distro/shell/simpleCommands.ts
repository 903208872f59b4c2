/**
 * Cutting a token stream into simple commands, and noting for each the structure around it:
 * which `&&`/`||`/`|` list it belongs to, and whether it sits in an `if` on the distribution, a
 * `case` or a function body, where a script usually picks its package manager by system.
 */
import { isDistroText } from './distroText';
import { REDIRECTS, type OpToken, type Token, type WordToken } from './tokenizer';

export interface SimpleCommand {
  words: WordToken[];
  redirects: Array<{ op: OpToken; target?: WordToken }>;
  /** Commands joined by `&&`, `||` or `|` share an id. */
  listId: number;
  /** Inside an `if` on the distribution, a `case`, or a function body. */
  inBranch: boolean;
  /** Inside an `if` on the distribution or a `case` (not only a function). */
  inDistroChoice: boolean;
}

interface Frame {
  kind: 'if' | 'case' | 'loop' | 'brace' | 'subshell' | 'function';
  /** For `if`: the condition looks at the distribution or at package tools. */
  distro: boolean;
}

const KEYWORDS_AT_START = new Set(['then', 'else', 'do', '!', '{', 'time']);

export function collectSimpleCommands(src: string, tokens: Token[]): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  const stack: Frame[] = [];
  let listId = 0;
  let casePattern = false; // reading a `case` pattern, up to its `)`
  let skipToSeparator = false; // `for x in ...;`
  let expectCaseIn = false; // `case WORD in`
  let pendingFunction = false;
  let current: SimpleCommand | undefined;

  const start = (): SimpleCommand => ({
    words: [],
    redirects: [],
    listId,
    inBranch: stack.some((f) => (f.kind === 'if' && f.distro) || f.kind === 'case' || f.kind === 'function'),
    inDistroChoice: stack.some((f) => (f.kind === 'if' && f.distro) || f.kind === 'case'),
  });
  const finish = (): void => {
    if (current && current.words.length > 0) commands.push(current);
    current = undefined;
  };
  const newList = (): void => {
    listId++;
  };
  /** The text of an if/elif condition: from after the keyword to the next `then`. */
  const conditionIsDistro = (k: number): boolean => {
    const from = tokens[k]?.end ?? 0;
    for (let j = k + 1; j < tokens.length; j++) {
      const t = tokens[j];
      if (t?.kind === 'word' && t.raw === 'then') return isDistroText(src.slice(from, t.start));
    }
    return isDistroText(src.slice(from));
  };

  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.kind === 'op') {
      const op = tok.op;
      if (casePattern) {
        if (op === ')') casePattern = false;
        continue;
      }
      if (skipToSeparator) {
        if (op === ';' || op === '\n') skipToSeparator = false;
        continue;
      }
      if (REDIRECTS.has(op)) {
        const next = tokens[k + 1];
        const target = next?.kind === 'word' ? next : undefined;
        if (target) k++;
        if (!current) current = start();
        current.redirects.push(target ? { op: tok, target } : { op: tok });
        continue;
      }
      finish();
      if (op === '&&' || op === '||' || op === '|' || op === '|&') continue; // same list
      if (op === ';;' || op === ';&' || op === ';;&') {
        if (stack[stack.length - 1]?.kind === 'case') casePattern = true;
        newList();
        continue;
      }
      if (op === '(') {
        if (pendingFunction) continue;
        stack.push({ kind: 'subshell', distro: false });
        newList();
        continue;
      }
      if (op === ')') {
        if (pendingFunction) continue; // name() — the body follows
        if (stack[stack.length - 1]?.kind === 'subshell') stack.pop();
        continue;
      }
      newList(); // ; newline &
      continue;
    }

    // a word
    if (expectCaseIn) {
      if (tok.text === 'in') {
        expectCaseIn = false;
        casePattern = true;
      }
      continue;
    }
    if (skipToSeparator) continue;
    if (casePattern) {
      if (tok.raw === 'esac') {
        casePattern = false;
        if (stack[stack.length - 1]?.kind === 'case') stack.pop();
        newList();
      }
      continue;
    }
    const atStart = !current || current.words.length === 0;
    if (atStart) {
      const t = tok.raw;
      if (pendingFunction && t === '{') {
        pendingFunction = false;
        stack.push({ kind: 'function', distro: false });
        newList();
        continue;
      }
      pendingFunction = false;
      if (t === 'if' || t === 'elif') {
        const distro = conditionIsDistro(k);
        if (t === 'if') stack.push({ kind: 'if', distro });
        else {
          const top = stack[stack.length - 1];
          if (top?.kind === 'if') top.distro = top.distro || distro;
        }
        newList();
        continue;
      }
      if (t === 'fi') {
        if (stack[stack.length - 1]?.kind === 'if') stack.pop();
        continue;
      }
      if (t === 'while' || t === 'until') {
        stack.push({ kind: 'loop', distro: false });
        newList();
        continue;
      }
      if (t === 'for' || t === 'select') {
        stack.push({ kind: 'loop', distro: false });
        skipToSeparator = true;
        continue;
      }
      if (t === 'done') {
        if (stack[stack.length - 1]?.kind === 'loop') stack.pop();
        continue;
      }
      if (t === 'case') {
        stack.push({ kind: 'case', distro: true });
        expectCaseIn = true;
        continue;
      }
      if (t === 'esac') {
        if (stack[stack.length - 1]?.kind === 'case') stack.pop();
        continue;
      }
      if (t === '}') {
        const top = stack[stack.length - 1]?.kind;
        if (top === 'brace' || top === 'function') stack.pop();
        continue;
      }
      if (t === '{') {
        stack.push({ kind: 'brace', distro: false });
        continue;
      }
      if (t === 'function') {
        const name = tokens[k + 1];
        if (name?.kind === 'word') k++;
        pendingFunction = true;
        continue;
      }
      if (KEYWORDS_AT_START.has(t)) continue;
      // name() { ... }
      const a = tokens[k + 1];
      const b = tokens[k + 2];
      if (a?.kind === 'op' && a.op === '(' && b?.kind === 'op' && b.op === ')') {
        k += 2;
        pendingFunction = true;
        continue;
      }
      if (!current) current = start();
    }
    if (!current) current = start();
    current.words.push(tok);
  }
  finish();
  return commands;
}
