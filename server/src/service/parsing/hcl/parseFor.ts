/**
 * For expressions: `[for i, v in coll : expr if cond]` and `{for k, v in coll : key => value... if
 * cond}` (HCL's finishParsingForExpr). Newlines are insignificant inside.
 */
import type { Expression, ForExpression, Identifier } from './ast';
import { parseExpression } from './parseExpression';
import type { Parser } from './parserState';
import { describeToken } from './tokenQueries';
import { IdentifierNode } from './nodes';
import * as msg from './syntaxMessages';
import { T } from './tokens';

export function parseFor(p: Parser, open: number, resultType: 'tuple' | 'object'): Expression {
  p.newlines = false;
  p.next(); // `for`
  const closer = resultType === 'tuple' ? T.CBRACK : T.CBRACE;
  const bail = (detail: string): Expression => {
    const at = p.peek();
    p.fail(msg.invalidFor(p.range(at), `${describeToken(p, at)} is here. ${detail}`));
    const close = p.recover(closer);
    const end = p.kinds[close] === closer ? p.ends[close]! : p.starts[close]!;
    return { kind: 'invalid', range: { start: p.starts[open]!, end } };
  };
  const name = (): Identifier | undefined => {
    const i = p.peek();
    if (p.kinds[i] !== T.IDENT) return undefined;
    p.index = i + 1;
    return new IdentifierNode(p.identName(i), p.starts[i]!, p.ends[i]!);
  };

  let keyVariable: Identifier | undefined;
  let valueVariable = name();
  if (valueVariable === undefined) return bail("For expression requires variable name after 'for'.");
  if (p.peekKind() === T.COMMA) {
    p.next();
    keyVariable = valueVariable;
    valueVariable = name();
    if (valueVariable === undefined) return bail('For expression requires value variable name after comma.');
  }
  if (!p.isKeyword(p.peek(), 'in'))
    return bail("For expression requires the 'in' keyword after its name declarations.");
  p.next();
  const collection = parseExpression(p);
  if (p.recovering) return bail('');
  if (p.peekKind() !== T.COLON) return bail('For expression requires a colon after the collection expression.');
  p.next();

  let keyExpression: Expression | undefined;
  let valueExpression = parseExpression(p);
  if (!p.recovering && p.peekKind() === T.FAT_ARROW) {
    p.next();
    keyExpression = valueExpression;
    valueExpression = parseExpression(p);
  }
  if (p.recovering) return bail('');
  let grouping = false;
  let ellipsis = -1;
  if (p.peekKind() === T.ELLIPSIS) {
    ellipsis = p.next();
    grouping = true;
  }
  let condition: Expression | undefined;
  if (p.isKeyword(p.peek(), 'if')) {
    p.next();
    condition = parseExpression(p);
    if (p.recovering) return bail('');
  }
  const close = p.peek();
  let closeIndex: number | undefined;
  if (p.kinds[close] === closer) {
    p.index = close + 1;
    closeIndex = close;
  } else {
    p.fail(
      msg.invalidFor(
        p.range(close),
        `${describeToken(p, close)} is here. Extra characters after the end of the 'for' expression.`,
      ),
    );
    const end = p.recover(closer);
    if (p.kinds[end] === closer) closeIndex = end;
  }
  const forExpression: ForExpression = {
    kind: 'for',
    resultType,
    keyVariable,
    valueVariable,
    collection,
    keyExpression,
    valueExpression,
    grouping,
    condition,
    openRange: p.range(open),
    closeRange: closeIndex === undefined ? undefined : p.range(closeIndex),
    range: {
      start: p.starts[open]!,
      end: closeIndex === undefined ? (condition ?? valueExpression).range.end : p.ends[closeIndex]!,
    },
  };
  checkShape(p, forExpression, ellipsis);
  return forExpression;
}

/** What HCL checks after parsing: keys only for objects, grouping only for objects. */
function checkShape(p: Parser, node: ForExpression, ellipsis: number): void {
  if (node.resultType === 'tuple') {
    if (node.keyExpression !== undefined)
      p.report(
        msg.invalidFor(
          node.keyExpression.range,
          'A "key => value" pair makes an object: use { } around this for expression, or drop the key. Key expression is not valid when building a tuple.',
        ),
      );
    if (node.grouping)
      p.report(msg.invalidFor(p.range(ellipsis), 'Grouping ellipsis (...) cannot be used when building a tuple.'));
  } else if (node.keyExpression === undefined) {
    p.report(
      msg.invalidFor(
        node.valueExpression.range,
        'An object needs "key => value" here. Key expression is required when building an object.',
      ),
    );
  }
}
