/**
 * Splits a legacy template string (its decoded value) into literal text and `{{ }}` actions, and
 * parses each action as a pipeline: `user `x``, `timestamp | clean_resource_name`,
 * `split (user `a`) "-" 0`, `.HTTPIP`. Only the small subset of Go's text/template that Packer
 * templates use is understood; anything else comes back as `unparsed`, kept as written.
 */

export type TemplatePiece = { kind: 'text'; text: string } | { kind: 'action'; source: string; pipeline: Pipeline };

/** Commands joined by `|`: the value of each is passed as the last argument of the next. */
export type Pipeline = Command[] | 'unparsed';

export interface Command {
  /** The function name; undefined when the command is a single operand (`.Name`, `"text"`). */
  name: string | undefined;
  args: Operand[];
}

export type Operand =
  | { kind: 'string'; value: string }
  | { kind: 'number'; text: string }
  | { kind: 'field'; path: string }
  | { kind: 'pipeline'; commands: Command[] };

export function splitTemplate(value: string): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  let from = 0;
  for (;;) {
    const open = value.indexOf('{{', from);
    const close = open === -1 ? -1 : value.indexOf('}}', open + 2);
    if (open === -1 || close === -1) break;
    if (open > from) pieces.push({ kind: 'text', text: value.slice(from, open) });
    const source = value.slice(open, close + 2);
    pieces.push({ kind: 'action', source, pipeline: parsePipeline(value.slice(open + 2, close)) });
    from = close + 2;
  }
  if (from < value.length) pieces.push({ kind: 'text', text: value.slice(from) });
  return pieces;
}

type Token =
  | { kind: 'identifier' | 'field' | 'number'; text: string }
  | { kind: 'string'; value: string }
  | { kind: '|' | '(' | ')' };

function parsePipeline(inner: string): Pipeline {
  // Trim markers (`{{- x -}}`) only remove spaces around the action, which JSON templates rarely
  // rely on; the action itself is what matters.
  const body = inner.replace(/^-\s/, ' ').replace(/\s-$/, ' ');
  const tokens = tokenize(body);
  if (tokens === undefined || tokens.length === 0) return 'unparsed';
  const state: ParseState = { tokens, at: 0, depth: 0 };
  const commands = parseCommands(state);
  return commands === undefined || state.at !== tokens.length ? 'unparsed' : commands;
}

interface ParseState {
  tokens: Token[];
  at: number;
  /** Parentheses open around the current command. */
  depth: number;
}

const MAX_PARENTHESES = 100;

function parseCommands(state: ParseState): Command[] | undefined {
  const commands: Command[] = [];
  for (;;) {
    const command = parseCommand(state);
    if (command === undefined) return undefined;
    commands.push(command);
    if (state.tokens[state.at]?.kind !== '|') return commands;
    state.at++;
  }
}

function parseCommand(state: ParseState): Command | undefined {
  const first = state.tokens[state.at];
  const command: Command = { name: undefined, args: [] };
  if (first?.kind === 'identifier') {
    command.name = first.text;
    state.at++;
  }
  for (;;) {
    const token = state.tokens[state.at];
    if (token === undefined || token.kind === '|' || token.kind === ')') break;
    if (token.kind === 'identifier') {
      // A bare function call as an argument (`split timestamp ...`) is a niladic call.
      command.args.push({ kind: 'pipeline', commands: [{ name: token.text, args: [] }] });
      state.at++;
    } else if (token.kind === '(') {
      // Deeper than any template needs: kept as written rather than recursing until the stack ends.
      if (state.depth >= MAX_PARENTHESES) return undefined;
      state.at++;
      state.depth++;
      const inner = parseCommands(state);
      state.depth--;
      if (inner === undefined || state.tokens[state.at]?.kind !== ')') return undefined;
      state.at++;
      command.args.push({ kind: 'pipeline', commands: inner });
    } else if (token.kind === 'string') {
      command.args.push({ kind: 'string', value: token.value });
      state.at++;
    } else if (token.kind === 'number') {
      command.args.push({ kind: 'number', text: token.text });
      state.at++;
    } else if (token.kind === 'field') {
      command.args.push({ kind: 'field', path: token.text });
      state.at++;
    } else {
      return undefined;
    }
  }
  if (command.name === undefined && command.args.length !== 1) return undefined;
  return command;
}

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '|' || ch === '(' || ch === ')') {
      tokens.push({ kind: ch });
      i++;
    } else if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end === -1) return undefined;
      tokens.push({ kind: 'string', value: text.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '"') {
      const parsed = goQuotedString(text, i);
      if (parsed === undefined) return undefined;
      tokens.push({ kind: 'string', value: parsed.value });
      i = parsed.end;
    } else {
      const match = /^(\.[A-Za-z0-9_.]*|[A-Za-z_][A-Za-z0-9_]*|-?[0-9][0-9.]*)/.exec(text.slice(i));
      if (match === null) return undefined;
      const word = match[0];
      tokens.push({
        kind: word.startsWith('.') ? 'field' : /^[-0-9]/.test(word) ? 'number' : 'identifier',
        text: word,
      });
      i += word.length;
    }
  }
  return tokens;
}

/** A Go interpreted string literal starting at `start` (the opening quote). */
function goQuotedString(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" };
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '"') return { value, end: i + 1 };
    if (ch === '\\') {
      const escaped = escapes[text[i + 1] ?? ''];
      if (escaped === undefined) return undefined;
      value += escaped;
      i++;
    } else {
      value += ch;
    }
  }
  return undefined;
}
