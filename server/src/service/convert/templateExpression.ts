/**
 * A legacy template string ("ami-{{user `name`}}-{{timestamp}}") as an HCL2 expression
 * ("ami-${var.name}-${local.timestamp}", or just `var.name` for a string that is one call).
 * `{{ .Field }}` placeholders are left as written: plugins still fill those in when Packer runs an
 * HCL2 build. A call with no HCL2 equivalent is kept as written too, with a note that says so.
 */
import type { ConvertContext, Notes, Place } from './context';
import { splitTemplate, type Command, type Operand } from './goTemplate';
import { escapeTemplateText, quoted } from './hclWriter';
import { goLayoutToFormatdate, strftimeToFormatdate } from './timeFormats';

export function convertTemplateString(
  value: string,
  place: Place,
  context: ConvertContext,
  notes: Notes,
  where: string,
): string {
  const pieces = splitTemplate(value);
  const parts: { kind: 'text' | 'escaped' | 'expression'; text: string }[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      parts.push(piece);
      continue;
    }
    const result =
      piece.pipeline === 'unparsed'
        ? { error: 'it is not a template call this converter understands' }
        : translatePipeline(piece.pipeline, { place, context, note: (text) => notes.add(where, text) });
    if (typeof result === 'string' && isPlainLiteral(result))
      parts.push({ kind: 'escaped', text: result.slice(1, -1) });
    else if (typeof result === 'string') parts.push({ kind: 'expression', text: result });
    else {
      if (result.error !== '') notes.add(where, `${piece.source} was kept as written: ${result.error}.`);
      parts.push({ kind: 'text', text: piece.source });
    }
  }
  const [only] = parts;
  if (parts.length === 1 && only?.kind === 'expression') return only.text;
  const text = (p: (typeof parts)[number]) =>
    p.kind === 'text' ? escapeTemplateText(p.text) : p.kind === 'escaped' ? p.text : `\${${p.text}}`;
  return `"${joinRendered(mergeTexts(parts).map(text))}"`;
}

/** Neighbouring literal texts escaped as one, so that a `$` ending one and a `{` starting the next become `$${`. */
function mergeTexts<P extends { kind: string; text: string }>(parts: P[]): P[] {
  const merged: P[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last?.kind === 'text' && part.kind === 'text')
      merged[merged.length - 1] = { ...last, text: last.text + part.text };
    else merged.push(part);
  }
  return merged;
}

/**
 * Joins rendered pieces of a template. A literal `$` or `%` right before a piece starting with `{`,
 * or a `$` right before an interpolation, would make `${`, `%{` or the escape `$${`: it is written
 * as an interpolated string instead. (A rendered piece ends in `$` only for a literal `$`: the
 * escaper doubles a `$` only before a `{` of the same piece.)
 */
function joinRendered(rendered: string[]): string {
  let result = '';
  for (const piece of rendered) {
    const last = result[result.length - 1];
    const opens = piece.startsWith('{') || (last === '$' && piece.startsWith('${'));
    if ((last === '$' || last === '%') && opens) {
      // The whole run of such characters: a `$` left before the `${"$"}` would open an escape again.
      const run = /[$%]+$/.exec(result)?.[0] ?? last;
      result = `${result.slice(0, -run.length)}\${"${run}"}`;
    }
    result += piece;
  }
  return result;
}

/** A quoted string with nothing to evaluate, whose inside can join the surrounding template. */
function isPlainLiteral(hcl: string): boolean {
  return /^"(?:[^"\\$%]|\\.|[$%](?!\{)|\$\$\{|%%\{)*"$/.test(hcl);
}

/** An HCL2 expression, or why there is none (an empty reason: keep as written, say nothing). */
type Translation = string | { error: string };

interface Scope {
  place: Place;
  context: ConvertContext;
  /** Records a caveat of a translation that did succeed. */
  note: (text: string) => void;
}

function translatePipeline(commands: Command[], scope: Scope): Translation {
  let piped: string | undefined;
  for (const command of commands) {
    const args: Argument[] = [];
    for (const operand of command.args) {
      const arg = translateOperand(operand, scope);
      if (typeof arg !== 'object' || !('hcl' in arg)) return arg;
      args.push(arg);
    }
    if (piped !== undefined) args.push({ hcl: piped, literal: undefined });
    const result =
      command.name === undefined ? (args[0]?.hcl ?? { error: 'empty' }) : translateCall(command.name, args, scope);
    if (typeof result !== 'string') return result;
    piped = result;
  }
  return piped ?? { error: 'empty' };
}

interface Argument {
  hcl: string;
  /** The text of a literal string argument (names of variables, formats). */
  literal: string | undefined;
}

function translateOperand(operand: Operand, scope: Scope): Argument | { error: string } {
  switch (operand.kind) {
    case 'string':
      return { hcl: quoted(operand.value), literal: operand.value };
    case 'number':
      return { hcl: operand.text, literal: operand.text };
    case 'field':
      // Filled in by the plugin at run time, in HCL2 builds too.
      return { error: '' };
    case 'pipeline': {
      const inner = translatePipeline(operand.commands, scope);
      return typeof inner === 'string' ? { hcl: inner, literal: undefined } : inner;
    }
  }
}

type CallTranslator = (args: Argument[], scope: Scope) => Translation;

const CALLS: Readonly<Record<string, CallTranslator>> = {
  user: ([name], { context, note }) => {
    if (name?.literal === undefined) return { error: 'the variable name is not a literal' };
    const ref = context.variableRefs.get(name.literal);
    if (ref !== undefined) return ref;
    // A legacy template reads an undeclared variable as an empty string.
    note(`no variable "${name.literal}" is declared; it was read as an empty string.`);
    return '""';
  },
  env: ([name], { place }) => {
    if (name === undefined) return { error: 'env needs a variable name' };
    if (place.kind !== 'variable-default')
      return { error: 'HCL2 allows env() only in the default of a variable; declare one and use var.<name>' };
    return `env(${name.hcl})`;
  },
  timestamp: (_args, { context }) => {
    context.usesTimestamp = true;
    return `local.${context.timestampLocal}`;
  },
  uuid: () => 'uuidv4()',
  isotime: ([layout]) => {
    if (layout === undefined) return 'timestamp()';
    const spec = layout.literal === undefined ? undefined : goLayoutToFormatdate(layout.literal);
    if (spec === undefined) return { error: 'formatdate() has no equivalent of this date layout' };
    return `formatdate(${quoted(spec)}, timestamp())`;
  },
  strftime: ([format]) => {
    const spec = format?.literal === undefined ? undefined : strftimeToFormatdate(format.literal);
    if (spec === undefined) return { error: 'formatdate() has no equivalent of this date format' };
    return `formatdate(${quoted(spec)}, timestamp())`;
  },
  pwd: () => 'path.cwd',
  template_dir: () => 'path.root',
  packer_version: () => 'packer.version',
  build_name: (_args, { place }) => {
    if (place.kind === 'source') return quoted(place.name);
    if (place.kind === 'build') return 'source.name';
    return { error: 'the build name is only known inside a source or a build' };
  },
  build_type: (_args, { place }) => {
    if (place.kind === 'source') return quoted(place.type);
    if (place.kind === 'build') return 'source.type';
    return { error: 'the build type is only known inside a source or a build' };
  },
  build: ([field], { place }) => {
    if (place.kind !== 'build') return { error: 'build data is only known in provisioners and post-processors' };
    if (field?.literal === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(field.literal))
      return { error: 'the build field is not a literal name' };
    return `build.${field.literal}`;
  },
  lower: (args) => unary('lower', args),
  upper: (args) => unary('upper', args),
  split: ([text, separator, index]) => {
    if (text === undefined || separator === undefined || index === undefined)
      return { error: 'split needs a string, a separator and an index' };
    return `split(${separator.hcl}, ${text.hcl})[${index.hcl}]`;
  },
  replace: ([old, replacement, count, text]) => {
    if (old === undefined || replacement === undefined || text === undefined)
      return { error: 'replace needs four arguments' };
    if (count?.literal !== '-1') return { error: 'HCL2 replace() always replaces every occurrence' };
    return replaceAll(old, replacement, text);
  },
  replace_all: ([old, replacement, text]) => {
    if (old === undefined || replacement === undefined || text === undefined)
      return { error: 'replace_all needs three arguments' };
    return replaceAll(old, replacement, text);
  },
  clean_resource_name: cleanName,
  clean_ami_name: cleanName,
  clean_image_name: cleanName,
  consul_key: (args) => passThrough('consul_key', args, 1),
  vault: (args) => passThrough('vault', args, 2),
  aws_secretsmanager: (args) => passThrough('aws_secretsmanager', args, 2),
};

function translateCall(name: string, args: Argument[], scope: Scope): Translation {
  const translate = Object.prototype.hasOwnProperty.call(CALLS, name) ? CALLS[name] : undefined;
  if (translate === undefined) return { error: `"${name}" has no HCL2 equivalent` };
  return translate(args, scope);
}

function unary(name: string, args: Argument[]): Translation {
  const [arg] = args;
  return arg === undefined ? { error: `${name} needs an argument` } : `${name}(${arg.hcl})`;
}

function passThrough(name: string, args: Argument[], count: number): Translation {
  if (args.length !== count) return { error: `${name} takes ${count} argument(s) in HCL2` };
  return `${name}(${args.map((a) => a.hcl).join(', ')})`;
}

function replaceAll(old: Argument, replacement: Argument, text: Argument): Translation {
  // HCL2's replace() reads a substring written between slashes as a regular expression.
  if (old.literal !== undefined && /^\/.*\/$/.test(old.literal))
    return { error: 'HCL2 replace() would read this substring as a regular expression' };
  return `replace(${text.hcl}, ${old.hcl}, ${replacement.hcl})`;
}

/**
 * `clean_resource_name` makes a string safe for an image name. The helper timestamp is digits
 * only and needs no cleaning; for other values, the characters image names refuse become dashes
 * (Google Compute also wants lower case), which is what the builders' own function does.
 */
function cleanName([value]: Argument[], { place, context }: Scope): Translation {
  if (value === undefined) return { error: 'clean_resource_name needs an argument' };
  if (value.hcl === `local.${context.timestampLocal}`) return value.hcl;
  if (place.kind === 'source' && place.type.startsWith('googlecompute'))
    return `regex_replace(lower(${value.hcl}), "[^-a-z0-9]", "-")`;
  return `regex_replace(${value.hcl}, ${quoted("[^-a-zA-Z0-9()\\[\\] ./'@_]")}, "-")`;
}
