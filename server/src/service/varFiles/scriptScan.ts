/**
 * Finds the `packer build` and `packer validate` commands in a project's own build scripts (a
 * Makefile, a shell script, a CI file) by reading their text: nothing is executed. From each
 * command it keeps what decides the variables: the `-var-file` paths, the `-var name=value`
 * pairs, where it runs (`cd DIR &&`) and the template or folder it builds. A value that the text
 * alone cannot give (`$(shell ...)`, a variable set elsewhere) is left out rather than guessed.
 */
import * as path from 'node:path';

export type ScriptKind = 'makefile' | 'shell' | 'powershell' | 'ci';

export interface ScannedArgument {
  value: string;
  /** 0-based line and UTF-16 column of the value in the script, for edits and messages. */
  line: number;
  character: number;
}

export interface PackerInvocation {
  /** 0-based line of the word `packer`. */
  line: number;
  /** Absolute folder the command runs in. */
  cwd: string;
  varFiles: ScannedArgument[];
  vars: Array<{ name: string; value: string; line: number }>;
  /** The template or folder built, absolute; undefined when the text does not say. */
  target: string | undefined;
  /** For a computed target with a plain folder (`packer/ova/packer-$(OS).json`): an absolute pattern, `*` for the computed parts. */
  targetPattern?: string;
  /**
   * `-var-file` arguments whose value the text alone cannot give (`-var-file="$config/vsphere.pkrvars.hcl"`):
   * such a build sets variables nobody can list here.
   */
  unreadableVarFiles: number;
  /**
   * For a computed `-var-file` whose folder is plain (`packer/ami/$(subst build-ami-,,$@).json`):
   * the files it can name, as an absolute pattern with `*` for the computed parts.
   */
  varFilePatterns: ScannedArgument[];
}

/** Lines longer than this are not commands a person wrote. */
const MAX_LINE = 4_000;
/** `packer`, a path to it, or a make or shell variable that holds it (`$(PACKER)`, `${PACKER_BIN}`). */
const PACKER_COMMAND =
  /(^|[\s;&|(`'"])(?:[\w./-]*\/)?(packer(?:\.exe)?|\$\([A-Za-z_]\w*\)|\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*)\s+(build|validate)\b/;

/**
 * `baseDir` is where the script's commands start: the Makefile's folder, the repository root for a
 * CI file. Lines joined by a trailing backslash count as one command.
 */
export function scanScript(text: string, kind: ScriptKind, baseDir: string): PackerInvocation[] {
  const lines = text.split(/\r?\n/);
  const variables = assignments(lines, kind);
  const invocations: PackerInvocation[] = [];
  for (let index = 0; index < lines.length; index++) {
    const first = index;
    const pieces: Array<{ text: string; line: number; offset: number }> = [];
    let text = lines[index] ?? '';
    pieces.push({ text, line: index, offset: 0 });
    // A trailing backslash continues the line; in PowerShell, a trailing backtick.
    const continues = (line: string) => (kind === 'powershell' ? /`\s*$/.test(line) : line.endsWith('\\'));
    while (continues(text) && index + 1 < lines.length) {
      index++;
      text = lines[index] ?? '';
      pieces.push({ text, line: index, offset: 0 });
    }
    if (pieces.some((p) => p.text.length > MAX_LINE)) continue;
    const joined = pieces.map((p) => p.text.replace(kind === 'powershell' ? /`\s*$/ : /\\$/, ' ')).join(' ');
    // A CI step written as a YAML double-quoted string escapes its quotes: `- "packer build -var-file=\"$X\" ."`.
    const command = kind === 'ci' ? joined.replace(/\\"/g, '"') : joined;
    if (/^\s*#/.test(command)) continue;
    const match = PACKER_COMMAND.exec(command);
    if (match === null || !namesPacker(match[2] ?? '', variables)) continue;
    const prefix = command.slice(0, match.index);
    // Inside a quoted string (`echo "then run packer build"`) it is text, not a command.
    if (insideQuotes(prefix)) continue;
    const cwd = workingDirectory(prefix, baseDir, variables);
    const rest = command.slice(match.index + match[0].length).split(/\s(?:&&|\|\||;|\|)\s|[;`]/)[0] ?? '';
    invocations.push({ line: first, cwd, ...argumentsOf(rest, pieces, cwd, variables) });
  }
  return invocations;
}

/** The command word is packer itself, or a variable whose value (or, unknown, whose name) says packer. */
function namesPacker(word: string, variables: Map<string, string>): boolean {
  if (!word.startsWith('$')) return true;
  const name = word.replace(/^\$[({]?|[)}]$/g, '');
  const value = variables.get(name);
  return value !== undefined ? /(^|\/)packer(\.exe)?$/.test(value) : /packer/i.test(name);
}

function argumentsOf(
  rest: string,
  pieces: Array<{ text: string; line: number }>,
  cwd: string,
  variables: Map<string, string>,
): Omit<PackerInvocation, 'line' | 'cwd'> {
  const words = shellWords(rest);
  const varFiles: ScannedArgument[] = [];
  const vars: PackerInvocation['vars'] = [];
  const bare: string[] = [];
  const varFilePatterns: ScannedArgument[] = [];
  let unreadableVarFiles = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const flag = /^--?(var-file|var)(?:=(.*))?$/.exec(word);
    if (flag !== null) {
      const value = flag[2] ?? words[++i];
      if (value === undefined) continue;
      const expanded = expand(value, variables);
      if (flag[1] === 'var' && expanded === undefined) {
        // `-var "name=$VALUE"`: the name is set even when its value is not known here.
        const eq = value.indexOf('=');
        const name = value.slice(0, eq);
        if (eq > 0 && !name.includes('$'))
          vars.push({ name, value: value.slice(eq + 1), line: locate(pieces, value).line });
        continue;
      }
      if (expanded === undefined) {
        unreadableVarFiles++;
        const pattern = patternOf(value, variables);
        const place = locate(pieces, value);
        if (pattern !== undefined && flag[1] === 'var-file')
          varFilePatterns.push({ value: path.resolve(cwd, pattern), line: place.line, character: place.character });
        continue;
      }
      if (flag[1] === 'var-file') {
        const place = locate(pieces, value);
        varFiles.push({ value: path.resolve(cwd, expanded), line: place.line, character: place.character });
      } else {
        const eq = expanded.indexOf('=');
        if (eq > 0)
          vars.push({ name: expanded.slice(0, eq), value: expanded.slice(eq + 1), line: locate(pieces, value).line });
      }
      continue;
    }
    if (word.startsWith('-')) {
      // Flags that take their value as the next word.
      if (/^--?(only|except|on-error|parallel-builds|var-file|machine-readable)$/.test(word)) i++;
      continue;
    }
    bare.push(word);
  }
  // The template or folder is the last bare word; an unknown one before it (`$(PACKER_FLAGS)`) may
  // expand to more -var-file flags, so it counts as a variable file we cannot read.
  let last = bare.pop();
  unreadableVarFiles += bare.filter((word) => expand(word, variables) === undefined).length;
  // A variable that holds a flag (`$debug_option` = `-debug`) is no template.
  while (last !== undefined && expand(last, variables)?.startsWith('-') === true) last = bare.pop();
  const expanded = last === undefined ? undefined : expand(last, variables);
  const target = expanded === undefined || expanded === '' ? undefined : path.resolve(cwd, expanded);
  const pattern = last !== undefined && target === undefined ? patternOf(last, variables) : undefined;
  return {
    varFiles,
    vars,
    target,
    ...(pattern !== undefined && { targetPattern: path.resolve(cwd, pattern) }),
    unreadableVarFiles,
    varFilePatterns,
  };
}

/**
 * A computed path as a pattern: make's `$(abspath X)` and `$(realpath X)` are X, and every other
 * computed part is `*`. Only a pattern whose folder is plain and whose name keeps some literal text
 * is of use; else undefined.
 */
function patternOf(value: string, variables: Map<string, string>): string | undefined {
  const unwrapped = /^\$\((?:abspath|realpath) (.*)\)$/.exec(value)?.[1] ?? value;
  let pattern = '';
  for (let i = 0; i < unwrapped.length; i++) {
    const c = unwrapped[i] ?? '';
    if (c !== '$') {
      pattern += c;
      continue;
    }
    const open = unwrapped[i + 1];
    if (open === '(' || open === '{') {
      const close = open === '(' ? ')' : '}';
      let depth = 0;
      let j = i + 1;
      for (; j < unwrapped.length; j++) {
        if (unwrapped[j] === open) depth++;
        else if (unwrapped[j] === close && --depth === 0) break;
      }
      const known = expand(unwrapped.slice(i, j + 1), variables);
      pattern += known ?? '*';
      i = j;
    } else {
      const name = /^[A-Za-z_]\w*/.exec(unwrapped.slice(i + 1))?.[0] ?? '';
      pattern += variables.get(name) ?? '*';
      i += name.length;
    }
  }
  const folder = path.dirname(pattern);
  const name = path.basename(pattern);
  return folder.includes('*') || !name.includes('*') || name.replace(/\*/g, '') === '' ? undefined : pattern;
}

/** Where a raw argument stands in the script (its first occurrence on the command's lines). */
function locate(pieces: Array<{ text: string; line: number }>, raw: string): { line: number; character: number } {
  const bare = raw.replace(/^["']|["']$/g, '');
  for (const piece of pieces) {
    const at = piece.text.indexOf(bare);
    if (at >= 0) return { line: piece.line, character: at };
  }
  return { line: pieces[0]?.line ?? 0, character: 0 };
}

function insideQuotes(prefix: string): boolean {
  const double = (prefix.match(/"/g) ?? []).length;
  const single = (prefix.match(/'/g) ?? []).length;
  return double % 2 === 1 || single % 2 === 1;
}

/** `cd DIR &&` (or `;`) before the command, the last one winning. */
function workingDirectory(prefix: string, baseDir: string, variables: Map<string, string>): string {
  let cwd = baseDir;
  for (const match of prefix.matchAll(/\bcd\s+("[^"]*"|'[^']*'|[^\s;&|]+)\s*(?:&&|;)/g)) {
    const dir = expand((match[1] ?? '').replace(/^["']|["']$/g, ''), variables);
    if (dir !== undefined) cwd = path.resolve(cwd, dir);
  }
  return cwd;
}

/** Words as a shell splits them, quotes removed; good enough for flags and paths. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      // `$(if $(findstring a,b),x,y)` is one word to make, spaces and all.
      depth++;
      word += c + (text[++i] ?? '');
    } else if (depth > 0 && (c === ')' || c === '}')) {
      depth--;
      word += c;
    } else if (depth > 0 && (c === '(' || c === '{')) {
      depth++;
      word += c;
    } else if (depth === 0 && /\s/.test(c)) {
      if (word !== '') words.push(word);
      word = '';
    } else {
      word += c;
    }
  }
  if (word !== '') words.push(word);
  return words;
}

/**
 * Replaces `$(NAME)`, `${NAME}` and `$NAME` with the script's own simple assignments. A reference
 * to anything else (the environment, a command) makes the value unknown: undefined.
 */
function expand(value: string, variables: Map<string, string>): string | undefined {
  let unknown = false;
  const result = value.replace(
    /\$\(([A-Za-z_][A-Za-z0-9_]*)\)|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, a?: string, b?: string, c?: string) => {
      const known = variables.get(a ?? b ?? c ?? '');
      if (known === undefined) unknown = true;
      return known ?? '';
    },
  );
  if (unknown || /\$[({]/.test(result)) return undefined;
  return result;
}

/** `NAME = value`, `NAME ?= value`, `NAME := value` (make) and `NAME=value`, `export NAME=value` (shell). */
function assignments(lines: string[], kind: ScriptKind): Map<string, string> {
  const found = new Map<string, string>();
  const pattern =
    kind === 'makefile'
      ? /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(?::=|\?=|=)\s*(.*?)\s*$/
      : /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|[^\s;]*)\s*$/;
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match === null) continue;
    const name = match[1] ?? '';
    const raw = (match[2] ?? '').replace(/^["']|["']$/g, '');
    // The first assignment wins for `?=`; a later plain one would win in make, but scripts rarely reassign.
    if (!found.has(name)) found.set(name, raw);
  }
  // Values that refer to other assignments are expanded once, in order.
  for (const [name, value] of found) {
    const expanded = expand(value, found);
    if (expanded === undefined) found.delete(name);
    else found.set(name, expanded);
  }
  return found;
}
