/**
 * Tuples `[a, b]` and objects `{ a = 1, b: 2 }` (items separated by commas or, in objects, by
 * newlines). A `for` right after the bracket makes a for expression instead. A missing comma
 * between values on separate lines is read as present, once per collection; a bracket left open
 * where the next argument or block starts is reported at the bracket, and parsing goes on there.
 */
import type { Expression, ObjectExpression, ObjectItem, ObjectKey, TupleExpression } from './ast';
import { missingSeparator } from './missingSeparator';
import { parseExpression } from './parseExpression';
import { parseFor } from './parseFor';
import type { Parser } from './parserState';
import { describeToken, fit, startsBodyItemOnNewLine, startsExpression } from './tokenQueries';
import { ObjectExpressionNode, ObjectItemNode, ObjectKeyNode, TupleExpressionNode } from './nodes';
import * as msg from './syntaxMessages';
import { T } from './tokens';

const UNTERMINATED_TUPLE =
  'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.';
const UNTERMINATED_OBJECT =
  'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';

export function parseTuple(p: Parser, open: number): Expression {
  p.index = open + 1;
  const saved = p.newlines;
  p.newlines = false;
  try {
    if (p.isKeyword(p.peek(), 'for')) return parseFor(p, open, 'tuple');
    const tuple = new TupleExpressionNode(p.range(open));
    parseItems(p, tuple, open);
    tuple.items = fit(tuple.items);
    tuple.end = tuple.closeRange?.end ?? tuple.items[tuple.items.length - 1]?.range.end ?? tuple.openRange.end;
    return tuple;
  } finally {
    p.newlines = saved;
  }
}

function parseItems(p: Parser, tuple: TupleExpression, open: number): void {
  let guessedComma = false;
  const unclosed = (at: number): void => {
    const detail = `The "[" on line ${p.lineOf(p.starts[open]!)} is never closed: a "]" is missing. ${UNTERMINATED_TUPLE}`;
    p.report(msg.unclosed(p.range(open), 'Unterminated tuple constructor expression', detail));
    if (p.kinds[at] === T.EOF) p.recovering = true;
  };
  for (;;) {
    const i = p.peek();
    const kind = p.kinds[i]!;
    if (kind === T.CBRACK) {
      p.index = i + 1;
      tuple.closeRange = p.range(i);
      return;
    }
    if (kind === T.EOF || kind === T.CBRACE || startsBodyItemOnNewLine(p, i, true)) return unclosed(i);
    const item = parseExpression(p);
    tuple.items.push(item);
    if (p.recovering) {
      const close = p.recover(T.CBRACK);
      if (p.kinds[close] === T.CBRACK) tuple.closeRange = p.range(close);
      return;
    }
    const s = p.peek();
    const next = p.kinds[s]!;
    if (next === T.COMMA) {
      p.index = s + 1;
      continue;
    }
    if (next === T.CBRACK) continue;
    if (next === T.EOF || next === T.CBRACE || startsBodyItemOnNewLine(p, s, true)) return unclosed(s);
    const words = {
      summary: 'Missing item separator',
      hcl: 'Expected a comma to mark the beginning of the next item.',
      item: 'an item',
    };
    if (missingSeparator(p, s, item, words, guessedComma) === 'guessed') {
      guessedComma = true;
      continue;
    }
    const close = p.recover(T.CBRACK);
    if (p.kinds[close] === T.CBRACK) tuple.closeRange = p.range(close);
    return;
  }
}

export function parseObject(p: Parser, open: number): Expression {
  p.index = open + 1;
  const saved = p.newlines;
  p.newlines = false;
  // `for` is looked for past newlines, as in HCL; the items themselves are newline-separated.
  const isFor = p.isKeyword(p.peek(), 'for');
  try {
    if (isFor) return parseFor(p, open, 'object');
    p.newlines = true;
    const object = new ObjectExpressionNode(p.range(open));
    parseObjectItems(p, object, open);
    object.items = fit(object.items);
    object.end = object.closeRange?.end ?? object.items[object.items.length - 1]?.range.end ?? object.openRange.end;
    return object;
  } finally {
    p.newlines = saved;
  }
}

function parseObjectItems(p: Parser, object: ObjectExpression, open: number): void {
  const unclosed = (): void => {
    const detail = `The "{" on line ${p.lineOf(p.starts[open]!)} is never closed: a "}" is missing. ${UNTERMINATED_OBJECT}`;
    p.fail(msg.unclosed(p.range(open), 'Unterminated object constructor expression', detail));
  };
  const recover = (): void => {
    const close = p.recover(T.CBRACE);
    if (p.kinds[close] === T.CBRACE) object.closeRange = p.range(close);
  };
  for (;;) {
    const i = p.index;
    const kind = p.kinds[i]!;
    if (kind === T.NEWLINE) {
      p.index++;
      continue;
    }
    if (kind === T.CBRACE) {
      p.index = i + 1;
      object.closeRange = p.range(i);
      return;
    }
    if (kind === T.EOF) return unclosed();
    const key = parseKey(p);
    if (p.recovering) return recover();
    const s = p.index;
    const separator = p.kinds[s]!;
    if (separator === T.EQUAL || separator === T.COLON) p.index = s + 1;
    else if (separator === T.EOF) return unclosed();
    else if (startsExpression(separator)) {
      // `Env "b"`: the `=` is missing; read the value anyway.
      const at = key.range.end;
      p.report(
        msg.missingEquals(
          p.range(s),
          key.name ?? p.text.slice(key.range.start, key.range.end),
          { range: { start: at, end: at }, newText: ' =' },
          true,
        ),
      );
    } else {
      if (separator === T.NEWLINE || separator === T.COMMA) {
        const detail = `${describeToken(p, s)} follows this key, which has no value. Expected an attribute value, introduced by an equals sign ("=").`;
        p.report(msg.missingSeparator(p.range(s), 'Missing attribute value', detail, undefined));
      } else {
        const detail = `${describeToken(p, s)} follows this key. Expected an equals sign ("=") to mark the beginning of the attribute value.`;
        p.report(msg.missingSeparator(p.range(s), 'Missing key/value separator', detail, undefined));
      }
      return recover();
    }
    const value = parseExpression(p);
    const item: ObjectItem = new ObjectItemNode(key, value);
    object.items.push(item);
    if (p.recovering) return recover();
    const n = p.index;
    const next = p.kinds[n]!;
    if (next === T.CBRACE) continue;
    if (next === T.COMMA || next === T.NEWLINE) {
      p.index = n + 1;
      continue;
    }
    if (next === T.EOF || startsBodyItemOnNewLine(p, n, false)) return unclosed();
    const hcl = 'Expected a newline or comma to mark the beginning of the next attribute.';
    if ((next === T.IDENT || next === T.OQUOTE) && looksLikeItem(p, n)) {
      p.report(
        msg.missingSeparator(p.range(n), 'Missing attribute separator', hcl, {
          range: { start: value.range.end, end: value.range.end },
          newText: ',',
        }),
      );
      continue;
    }
    p.fail(
      msg.missingSeparator(
        p.range(n),
        'Missing attribute separator',
        `${describeToken(p, n)} follows this value. ${hcl}`,
        undefined,
      ),
    );
    return recover();
  }
}

/** `name =` or `"name" =` ahead: the next item on the same line, without its comma. */
function looksLikeItem(p: Parser, i: number): boolean {
  let j = i + 1;
  if (p.kinds[i] === T.OQUOTE) while (p.kinds[j] !== T.CQUOTE && p.kinds[j] !== T.EOF) j++;
  if (p.kinds[i] === T.OQUOTE) j++;
  return p.kinds[j] === T.EQUAL || p.kinds[j] === T.COLON;
}

/** A key: a bare name is a literal string; `(expr)` forces evaluation. */
function parseKey(p: Parser): ObjectKey {
  const parenthesized = p.kinds[p.index] === T.OPAREN;
  const expression = parseExpression(p);
  return new ObjectKeyNode(expression, parenthesized ? undefined : literalKey(expression), parenthesized);
}

function literalKey(expression: Expression): string | undefined {
  switch (expression.kind) {
    case 'scopeTraversal':
      return expression.steps.length === 0 ? expression.root : undefined;
    case 'bool':
      return String(expression.value);
    case 'null':
      return 'null';
    case 'number':
      return expression.raw;
    case 'template': {
      const only = expression.parts[0];
      return expression.parts.length === 1 && only?.kind === 'templateLiteral' ? only.value : undefined;
    }
    default:
      return undefined;
  }
}
