/**
 * Just enough of Go's syntax for generated and hand-written Packer config files: the package clause,
 * the imports, struct declarations (fields with their tags and doc comments) and the body of a function
 * or method. Not a Go parser: it relies on gofmt's layout, which every file it reads has.
 */

export interface GoImport {
  /** the name the file uses: the explicit alias, or undefined for the package's own name */
  readonly alias: string | undefined;
  readonly path: string;
}

export interface GoField {
  /** undefined for an embedded field */
  readonly name: string | undefined;
  /** the type as written: `*time.Duration`, `[]common.KeyValue`, `communicator.Config` */
  readonly type: string;
  /** the raw tag text between the backquotes */
  readonly tag: string;
  /** the `//` comment lines right above the field, joined by newlines, without the slashes */
  readonly doc: string;
}

export interface GoFile {
  readonly packageName: string;
  readonly imports: readonly GoImport[];
  readonly text: string;
}

export function parseGoFile(text: string): GoFile {
  const packageName = /^package\s+(\w+)/m.exec(text)?.[1] ?? '';
  return { packageName, imports: parseImports(text), text };
}

function parseImports(text: string): GoImport[] {
  const imports: GoImport[] = [];
  const add = (spec: string): void => {
    const match = /^\s*(?:([\w.]+)\s+)?"([^"]+)"/.exec(spec);
    if (match) imports.push({ alias: match[1], path: match[2]! });
  };
  for (const block of text.matchAll(/^import\s*\(([\s\S]*?)^\)/gm)) {
    for (const line of block[1]!.split('\n')) add(line.replace(/\/\/.*$/, ''));
  }
  for (const single of text.matchAll(/^import\s+((?:[\w.]+\s+)?"[^"]+")/gm)) add(single[1]!);
  return imports;
}

/** The value of one key of a Go struct tag: `mapstructure:"a,squash"` → `a,squash`. */
export function tagValue(tag: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${key}:"([^"]*)"`).exec(tag);
  return match?.[1];
}

/** The fields of `type <name> struct { ... }`, or undefined when the file does not declare it. */
export function structFields(file: GoFile, name: string): GoField[] | undefined {
  const start = new RegExp(`^type\\s+${escape(name)}\\s+struct\\s*\\{`, 'm').exec(file.text);
  if (!start) return undefined;
  const rest = file.text.slice(start.index + start[0].length);
  const firstLine = rest.slice(0, rest.indexOf('\n') >>> 0);
  if (firstLine.includes('}')) {
    // A one-line struct: `struct{ config Config }`.
    const inner = firstLine.slice(0, firstLine.indexOf('}'));
    return inner
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .flatMap((part) => parseFieldLine(part, ''));
  }
  const fields: GoField[] = [];
  let doc: string[] = [];
  let depth = 1;
  const lines = rest.split('\n');
  for (const raw of lines) {
    const line = raw.trim();
    if (depth === 1 && line.startsWith('}')) break;
    if (line.startsWith('//')) {
      if (depth === 1) doc.push(line.replace(/^\/\/\s?/, ''));
      continue;
    }
    // An inline struct type (`Foo struct {`) is skipped whole: its fields are not the outer struct's.
    // Braces are counted in the code only, not in tags, strings or trailing comments.
    const code = line.replace(/`[^`]*`|"(?:[^"\\]|\\.)*"|\/\/.*$/g, '');
    const opens = (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
    if (depth > 1 || opens > 0) {
      depth += opens;
      doc = [];
      continue;
    }
    if (line === '' || line.startsWith('/*')) {
      doc = [];
      continue;
    }
    const field = parseFieldLine(line, doc.join('\n'));
    fields.push(...field);
    doc = [];
  }
  return fields;
}

function parseFieldLine(line: string, doc: string): GoField[] {
  const tagMatch = /`([^`]*)`/.exec(line);
  const tag = tagMatch?.[1] ?? '';
  const code = (tagMatch ? line.slice(0, tagMatch.index) : line.replace(/\/\/.*$/, '')).trim();
  // `A, B int` or `Name Type`; a lone (qualified, maybe pointer) type is an embedded field.
  const match = /^(\w+(?:\s*,\s*\w+)*)\s+(\S.*)$/.exec(code);
  if (!match) return [{ name: undefined, type: code, tag, doc }];
  return match[1]!.split(',').map((name) => ({ name: name.trim(), type: match[2]!.trim(), tag, doc }));
}

/** The body of `func (r *Recv) name(...)` (receiver of any name, pointer or not), or undefined. */
export function methodBody(file: GoFile, receiver: string, name: string): string | undefined {
  const re = new RegExp(`^func\\s*\\(\\s*(?:\\w+\\s+)?\\*?${escape(receiver)}\\s*\\)\\s*${escape(name)}\\s*\\(`, 'm');
  const start = re.exec(file.text);
  return start ? braceBalanced(file.text, start.index) : undefined;
}

/** The text of `func name(...)` (a plain function, no receiver) up to its closing brace, or undefined. */
export function functionBody(file: GoFile, name: string): string | undefined {
  const start = new RegExp(`^func\\s+${escape(name)}\\s*\\(`, 'm').exec(file.text);
  return start ? braceBalanced(file.text, start.index) : undefined;
}

/**
 * A declaration from `start` to the brace that closes its body (the first `{` outside the
 * signature's parentheses). Braces inside strings are rare enough in these files to be ignored.
 */
function braceBalanced(text: string, start: number): string {
  let depth = 0;
  let parens = 0;
  let opened = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    // Braces in the parameter list (`raws ...interface{}`) are not the body's.
    if (!opened && (char === '(' || char === ')')) parens += char === '(' ? 1 : -1;
    else if (!opened && parens > 0) continue;
    else if (char === '{') {
      depth++;
      opened = true;
    } else if (char === '}' && --depth === 0 && opened) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
