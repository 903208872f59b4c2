/**
 * Templates: quoted strings, heredocs and bare templates. As in HCL's parser_template.go, the
 * tokens first become a flat list of parts (literals with strip markers applied, interpolations,
 * directive markers); then `<<-` indentation is removed, adjacent literals are joined, and the
 * directives are nested (templateTree).
 */
import type { Range, TemplateExpression, TemplateInterpolation } from './ast';
import { parseExpression } from './parseExpression';
import type { Parser } from './parserState';
import { describeToken } from './tokenQueries';
import { decodeLiteral } from './strings';
import * as msg from './syntaxMessages';
import { joinLiterals, removeIndentation, trimEnd, trimStart } from './templateText';
import { buildTemplateTree, type FlatControl, type FlatLiteral, type FlatPart } from './templateTree';
import { T } from './tokens';
import { IdentifierNode, InterpolationNode, StringNode, TemplateNode } from './nodes';

/** Parses the template that starts at the current token (a quote or heredoc opener). */
export function parseTemplate(p: Parser): TemplateExpression {
  const open = p.index;
  const simple = simpleString(p, open);
  if (simple !== undefined) return simple;
  p.index++;
  const heredoc = p.kinds[open] === T.OHEREDOC;
  const start = p.starts[open]!;
  const flush = heredoc && p.text.charCodeAt(start + 2) === 0x2d;
  const { parts, close } = collectParts(p, heredoc ? T.CHEREDOC : T.CQUOTE, !heredoc, p.ends[open]!);
  if (flush) removeIndentation(p.text, parts);
  const end = p.kinds[close] === T.EOF ? p.starts[close]! : p.ends[close]!;
  const template = new TemplateNode(
    heredoc ? 'heredoc' : 'quoted',
    buildTemplateTree(p, joinLiterals(p.text, parts)),
    p.ends[close]! > p.starts[close]!,
    start,
    end,
  );
  if (heredoc) template.heredoc = { marker: p.text.slice(start + (flush ? 3 : 2), p.ends[open]), flush };
  return template;
}

/** `"text"` and `""`, most strings in a template: built without the general machinery. */
function simpleString(p: Parser, open: number): TemplateExpression | undefined {
  if (p.kinds[open] !== T.OQUOTE) return undefined;
  let close = open + 1;
  let literalStart = p.ends[open]!;
  let literalEnd = literalStart;
  if (p.kinds[close] === T.LIT) {
    literalStart = p.starts[close]!;
    literalEnd = p.ends[close]!;
    close++;
  }
  if (p.kinds[close] !== T.CQUOTE) return undefined;
  p.index = close + 1;
  return new StringNode(
    p.intern(literalStart, literalEnd),
    p.ends[close]! > p.starts[close]!,
    p.starts[open]!,
    p.ends[close]!,
  );
}

/** A whole text read as a template (`${ }` and `%{ }` in plain text), up to the end. */
export function parseBareTemplate(p: Parser): TemplateExpression {
  const { parts, close } = collectParts(p, T.EOF, false, 0);
  const end = p.starts[close]!;
  return new TemplateNode('bare', buildTemplateTree(p, joinLiterals(p.text, parts)), true, 0, end);
}

function collectParts(
  p: Parser,
  closer: T,
  quoted: boolean,
  contentStart: number,
): { parts: FlatPart[]; close: number } {
  const parts: FlatPart[] = [];
  const saved = p.newlines;
  let trimNext = false;
  let nextCanTrimPrevious = false;
  for (;;) {
    const i = p.index;
    const kind = p.kinds[i]!;
    if (kind === closer) {
      if (kind !== T.EOF) p.index++;
      if (parts.length === 0) parts.push({ type: 'literal', start: contentStart, end: contentStart, value: '' });
      return { parts, close: i };
    }
    const trim = trimNext;
    trimNext = false;
    const canTrimPrevious = nextCanTrimPrevious;
    nextCanTrimPrevious = false;
    if (kind === T.LIT || kind === T.LIT_COMPLEX) {
      p.index++;
      const literal: FlatLiteral = { type: 'literal', start: p.starts[i]!, end: p.ends[i]!, value: undefined };
      if (kind === T.LIT_COMPLEX)
        literal.value = decodeLiteral(p.text, literal.start, literal.end, quoted, p.diagnostics);
      if (trim) literal.value = trimStart(literal.value ?? p.text.slice(literal.start, literal.end));
      parts.push(literal);
      nextCanTrimPrevious = true;
      continue;
    }
    const stripLeft = kind === T.INTERP_STRIP || kind === T.CONTROL_STRIP;
    if (stripLeft && canTrimPrevious) {
      const previous = parts[parts.length - 1];
      if (previous?.type === 'literal')
        previous.value = trimEnd(previous.value ?? p.text.slice(previous.start, previous.end));
    }
    if (kind === T.INTERP || kind === T.INTERP_STRIP) {
      p.index++;
      p.newlines = false;
      const expression = parseExpression(p);
      const end = sequenceEnd(p, i, closer === T.CQUOTE);
      p.newlines = saved;
      trimNext = end.strip;
      const part: TemplateInterpolation = new InterpolationNode(
        expression,
        stripLeft,
        end.strip,
        p.starts[i]!,
        end.end,
      );
      parts.push({ type: 'interpolation', part });
      continue;
    }
    if (kind === T.CONTROL || kind === T.CONTROL_STRIP) {
      p.index++;
      p.newlines = false;
      const control = parseDirective(p, i);
      if (control !== undefined) {
        const end = sequenceEnd(p, i, closer === T.CQUOTE, control.type);
        control.range.end = end.end;
        trimNext = end.strip;
        parts.push(control);
      }
      p.newlines = saved;
      continue;
    }
    // Only a recovery gone astray gets here: the scanner always closes what it opens.
    p.fail(
      msg.invalidTemplate(
        p.range(i),
        'Unterminated template string',
        `${describeToken(p, i)} is inside a template. No closing marker was found for the string.`,
      ),
    );
    const close = p.recover(closer);
    return { parts, close };
  }
}

/** The `}` or `~}` ending a sequence; reports and skips what comes before it. */
function sequenceEnd(p: Parser, open: number, quoted: boolean, keyword?: string): { end: number; strip: boolean } {
  const i = p.peek();
  const kind = p.kinds[i];
  if (kind === T.SEQ_END || kind === T.SEQ_END_STRIP) {
    p.index = i + 1;
    return { end: p.ends[i]!, strip: kind === T.SEQ_END_STRIP };
  }
  const found = describeToken(p, i);
  if (keyword !== undefined) {
    p.report(
      msg.invalidTemplate(
        p.range(i),
        `Extra characters in ${keyword} marker`,
        `${found} is here. Expected a closing brace to end the sequence, but found extra characters.`,
      ),
    );
  } else if (kind === T.COLON) {
    p.report(
      msg.invalidTemplate(
        p.range(i),
        'Extra characters after interpolation expression',
        'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
      ),
    );
  } else if (quoted && (kind === T.CQUOTE || kind === T.OQUOTE)) {
    p.report(
      msg.invalidTemplate(
        p.range(open),
        'Unclosed template interpolation sequence',
        'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.',
      ),
    );
  } else {
    p.report(
      msg.invalidTemplate(
        p.range(i),
        'Extra characters after interpolation expression',
        `${found} follows the expression. Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$\${" instead of just "\${".`,
      ),
    );
  }
  const close = p.recover(T.SEQ_END);
  const closed = p.kinds[close] === T.SEQ_END || p.kinds[close] === T.SEQ_END_STRIP;
  return { end: closed ? p.ends[close]! : p.starts[close]!, strip: p.kinds[close] === T.SEQ_END_STRIP };
}

const DIRECTIVES = ['if', 'else', 'endif', 'for', 'endfor'] as const;

function parseDirective(p: Parser, open: number): FlatControl | undefined {
  const k = p.peek();
  const word = p.kinds[k] === T.IDENT ? DIRECTIVES.find((d) => p.isKeyword(k, d)) : undefined;
  if (word === undefined) {
    const detail =
      p.kinds[k] === T.IDENT
        ? `"${p.identName(k)}" is not a valid template control keyword. Use one of if, else, endif, for, endfor.`
        : 'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.';
    p.report(
      msg.invalidTemplate(
        p.range(k),
        p.kinds[k] === T.IDENT ? 'Invalid template control keyword' : 'Invalid template directive',
        detail,
      ),
    );
    p.recover(T.SEQ_END);
    return undefined;
  }
  p.index = k + 1;
  const range: Range = { start: p.starts[open]!, end: p.ends[k]! };
  if (word === 'if') return { type: 'if', range, condition: parseExpression(p) };
  if (word !== 'for') return { type: word, range };
  const names: { name: string; range: Range }[] = [];
  for (;;) {
    const n = p.peek();
    if (p.kinds[n] !== T.IDENT) break;
    names.push(new IdentifierNode(p.identName(n), p.starts[n]!, p.ends[n]!));
    p.index = n + 1;
    if (names.length === 2 || p.peekKind() !== T.COMMA) break;
    p.next();
  }
  const valueVariable = names[names.length - 1];
  if (valueVariable === undefined || !p.isKeyword(p.peek(), 'in')) {
    const detail =
      valueVariable === undefined
        ? "For directive requires variable name after 'for'."
        : "For directive requires 'in' keyword after names.";
    p.report(msg.invalidFor(p.range(p.peek()), detail, true));
    p.recover(T.SEQ_END);
    return undefined;
  }
  p.next();
  const collection = parseExpression(p);
  return { type: 'for', range, keyVariable: names.length === 2 ? names[0] : undefined, valueVariable, collection };
}
