/**
 * Questions the parser asks of the tokens ahead (is this a block header? does a new argument start
 * on this line?), the plain words for a token in messages, and an array-trimming helper.
 */
import type { Parser } from './parserState';
import { T } from './tokens';

/**
 * The same array at its own size. A V8 array grown by push keeps room for 17 items; a tree holds
 * hundreds of thousands of one- and two-item arrays, so they are copied to size once complete. An
 * empty one is one shared, frozen array: half the traversals of a configuration have no step
 * (`var` alone is rare, but `true`, `each`, `count` and every bare name are), and a complete node's
 * lists are never added to.
 */
export function fit<T>(items: T[]): T[] {
  return items.length === 0 ? (NONE as unknown as T[]) : items.slice();
}

const NONE: readonly never[] = Object.freeze([]);

/** Plain words for a token, for messages: `the comma ","`, `the end of the line`. */
export function describeToken(p: Parser, i: number): string {
  switch (p.kinds[i]) {
    case T.EOF:
      return 'The end of the file';
    case T.NEWLINE:
      return 'The end of the line';
    case T.IDENT:
      return `The name "${p.identName(i)}"`;
    case T.NUMBER:
      return `The number ${p.tokenText(i)}`;
    case T.OQUOTE:
      return 'A string';
    case T.OHEREDOC:
      return 'A heredoc';
    case T.COMMA:
      return 'A comma ","';
    default:
      return `"${p.tokenText(i)}"`;
  }
}

/** Tokens that can begin an expression: where one follows a value, a separator is missing. */
export function startsExpression(kind: T): boolean {
  switch (kind) {
    case T.IDENT:
    case T.NUMBER:
    case T.OQUOTE:
    case T.OHEREDOC:
    case T.OBRACK:
    case T.OBRACE:
    case T.OPAREN:
    case T.MINUS:
    case T.BANG:
      return true;
    default:
      return false;
  }
}

/** Where a run of labels (strings or names) after a block type ends, and how many there are. */
export function scanHeader(p: Parser, from: number): { end: number; labels: number } {
  let j = from;
  let labels = 0;
  for (;;) {
    const kind = p.kinds[j];
    if (kind === T.IDENT) j++;
    else if (kind === T.OQUOTE) j = afterString(p, j);
    else return { end: j, labels };
    labels++;
  }
}

export function afterString(p: Parser, open: number): number {
  let depth = 0;
  for (let j = open; ; j++) {
    const kind = p.kinds[j];
    if (kind === T.EOF) return j;
    if (kind === T.OQUOTE) depth++;
    else if (kind === T.CQUOTE && --depth === 0) return j + 1;
  }
}

/** A line that starts `name =` or `type "label" {`: the next argument or block, so whatever came before it was left unclosed. */
export function startsBodyItemOnNewLine(p: Parser, j: number, withAttributes: boolean): boolean {
  if (p.kinds[j] !== T.IDENT || p.kinds[j - 1] !== T.NEWLINE) return false;
  if (p.kinds[j + 1] === T.EQUAL) return withAttributes;
  const header = scanHeader(p, j + 1);
  return header.labels > 0 && p.kinds[header.end] === T.OBRACE;
}
