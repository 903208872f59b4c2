/**
 * Expressions: the conditional, binary operators by HCL's precedence, unary operators, and terms
 * (literals, variables, function calls, parentheses; collections and templates have their own
 * modules). Postfix traversals (`.name`, `[key]`, splats) are in parseTraversal.
 */
import type { BinaryOperator, Expression, InvalidExpression } from './ast';
import { parseFunctionCall } from './parseCall';
import { parseObject, parseTuple } from './parseCollections';
import { parseTemplate } from './parseTemplate';
import { parseTraversals } from './parseTraversal';
import type { Parser } from './parserState';
import { describeToken } from './tokenQueries';
import { BoolNode, InvalidNode, NullNode, NumberNode, ScopeTraversalNode } from './nodes';
import { BinaryNode, ConditionalNode, UnaryNode } from './operatorNodes';
import * as msg from './syntaxMessages';
import { T } from './tokens';

/** Binding power of each binary operator token (0: not one). Higher binds tighter. */
const precedence = new Uint8Array(64);
const operators: BinaryOperator[] = [];
function operator(kind: T, level: number, symbol: BinaryOperator): void {
  precedence[kind] = level;
  operators[kind] = symbol;
}
operator(T.OR, 1, '||');
operator(T.AND, 2, '&&');
operator(T.EQ, 3, '==');
operator(T.NE, 3, '!=');
operator(T.LT, 4, '<');
operator(T.LE, 4, '<=');
operator(T.GT, 4, '>');
operator(T.GE, 4, '>=');
operator(T.PLUS, 5, '+');
operator(T.MINUS, 5, '-');
operator(T.STAR, 6, '*');
operator(T.SLASH, 6, '/');
operator(T.PERCENT, 6, '%');

export function parseExpression(p: Parser): Expression {
  if (p.tooDeep()) return new InvalidNode(p.starts[p.index]!, p.starts[p.index]!);
  p.depth++;
  const expression = parseConditional(p);
  p.depth--;
  return expression;
}

function parseConditional(p: Parser): Expression {
  const condition = parseBinary(p, 1);
  if (p.recovering || p.peekKind() !== T.QUESTION) return condition;
  p.next();
  const trueResult = parseExpression(p);
  if (p.recovering) return condition;
  const colon = p.peek();
  if (p.kinds[colon] !== T.COLON) {
    p.fail(
      msg.unclosed(
        p.range(colon),
        'Missing false expression in conditional',
        `${describeToken(p, colon)} is here, where ":" and the value for false should follow. The conditional operator (...?...:...) requires a false expression, delimited by a colon.`,
      ),
    );
    return condition;
  }
  p.index = colon + 1;
  const falseResult = parseExpression(p);
  return new ConditionalNode(condition, trueResult, falseResult);
}

/** Precedence climbing; operators of one level associate to the left, as in HCL. */
function parseBinary(p: Parser, min: number): Expression {
  let left = parseOperand(p);
  for (;;) {
    if (p.recovering) return left;
    const i = p.peek();
    const kind = p.kinds[i]!;
    const level = precedence[kind]!;
    if (level === 0 || level < min) return left;
    p.index = i + 1;
    const right = parseBinary(p, level + 1);
    left = new BinaryNode(operators[kind]!, p.range(i), left, right);
  }
}

/** A term with its traversals, or a unary operator applied to one: `-a.b` is `-(a.b)`, `-1 + 2` is `(-1) + 2`. */
function parseOperand(p: Parser): Expression {
  // Operators first, then the term they apply to, innermost last: a loop, however many there are.
  const operators: number[] = [];
  for (let i = p.peek(); p.kinds[i] === T.MINUS || p.kinds[i] === T.BANG; i = p.peek()) {
    operators.push(i);
    p.index = i + 1;
  }
  let operand = parseTraversals(p, parseTerm(p));
  for (let k = operators.length - 1; k >= 0; k--) {
    const i = operators[k]!;
    operand = new UnaryNode(p.kinds[i] === T.MINUS ? '-' : '!', p.range(i), operand);
  }
  return operand;
}

function parseTerm(p: Parser): Expression {
  const i = p.peek();
  switch (p.kinds[i]) {
    case T.IDENT: {
      p.index = i + 1;
      const next = p.peekKind();
      if (next === T.OPAREN || next === T.DOUBLE_COLON) return parseFunctionCall(p, i);
      const start = p.starts[i]!;
      const end = p.ends[i]!;
      if (p.isKeyword(i, 'true')) return new BoolNode(true, start, end);
      if (p.isKeyword(i, 'false')) return new BoolNode(false, start, end);
      if (p.isKeyword(i, 'null')) return new NullNode(start, end);
      return new ScopeTraversalNode(p.identName(i), end, [], start, end);
    }
    case T.OQUOTE:
    case T.OHEREDOC:
      p.index = i;
      return parseTemplate(p);
    case T.NUMBER: {
      p.index = i + 1;
      const raw = p.tokenText(i);
      const value = Number(raw);
      // `1.2.3` scans as one number token (as in HCL) and is no number.
      if (Number.isNaN(value)) p.report(msg.invalidNumber(p.range(i), raw));
      return new NumberNode(value, raw, p.starts[i]!, p.ends[i]!);
    }
    case T.OPAREN:
      return parseParentheses(p, i);
    case T.OBRACK:
      return parseTuple(p, i);
    case T.OBRACE:
      return parseObject(p, i);
    case T.INVALID:
      // The scanner reported the character; saying "invalid expression" too would be a cascade.
      p.index = i + 1;
      p.recovering = true;
      return new InvalidNode(p.starts[i]!, p.ends[i]!);
    default:
      return missingExpression(p, i);
  }
}

export function missingExpression(p: Parser, i: number): InvalidExpression {
  const kind = p.kinds[i];
  p.fail(msg.missingExpression(p.range(i), describeToken(p, i), kind === T.EOF));
  return new InvalidNode(p.starts[i]!, p.starts[i]!);
}

function parseParentheses(p: Parser, open: number): Expression {
  p.index = open + 1;
  const saved = p.newlines;
  p.newlines = false;
  const expression = parseExpression(p);
  let end = expression.range.end;
  if (p.recovering) {
    const close = p.recover(T.CPAREN);
    if (p.kinds[close] === T.CPAREN) end = p.ends[close]!;
  } else {
    const close = p.peek();
    if (p.kinds[close] === T.CPAREN) {
      p.index = close + 1;
      end = p.ends[close]!;
    } else {
      p.fail(
        msg.unclosed(
          p.range(close),
          'Unbalanced parentheses',
          `${describeToken(p, close)} is here, where the ")" closing the "(" on line ${p.lineOf(p.starts[open]!)} should be. Expected a closing parenthesis to terminate the expression.`,
        ),
      );
    }
  }
  p.newlines = saved;
  return { kind: 'parentheses', expression, range: { start: p.starts[open]!, end } };
}
