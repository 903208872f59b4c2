/**
 * The operator expressions' node classes: `a + b`, `-a`, `c ? a : b`. Like the classes of nodes.ts,
 * whose base they share, they keep offsets as numbers and make ranges on read, and keep their
 * `kind` on the prototype.
 */
import type * as ast from './ast';
import { Node, onPrototype } from './nodes';

type Range = ast.Range;

/** `a + b`, `a && b`...: the operator's offsets as numbers, as for the brackets of nodes.ts. */
export class BinaryNode extends Node implements ast.BinaryExpression {
  declare readonly kind: 'binary';
  declare operator: ast.BinaryOperator;
  declare operatorStart: number;
  declare operatorEnd: number;
  declare left: ast.Expression;
  declare right: ast.Expression;
  constructor(operator: ast.BinaryOperator, operatorRange: Range, left: ast.Expression, right: ast.Expression) {
    super(left.range.start, right.range.end);
    this.operator = operator;
    this.operatorStart = operatorRange.start;
    this.operatorEnd = operatorRange.end;
    this.left = left;
    this.right = right;
  }

  get operatorRange(): Range {
    return { start: this.operatorStart, end: this.operatorEnd };
  }
}

/** `-a`, `!a`. */
export class UnaryNode extends Node implements ast.UnaryExpression {
  declare readonly kind: 'unary';
  declare operator: '-' | '!';
  declare operatorEnd: number;
  declare operand: ast.Expression;
  constructor(operator: '-' | '!', operatorRange: Range, operand: ast.Expression) {
    super(operatorRange.start, operand.range.end);
    this.operator = operator;
    this.operatorEnd = operatorRange.end;
    this.operand = operand;
  }

  /** The operator starts the expression. */
  get operatorRange(): Range {
    return { start: this.start, end: this.operatorEnd };
  }
}

/** `condition ? a : b`. */
export class ConditionalNode extends Node implements ast.ConditionalExpression {
  declare readonly kind: 'conditional';
  declare condition: ast.Expression;
  declare trueResult: ast.Expression;
  declare falseResult: ast.Expression;
  constructor(condition: ast.Expression, trueResult: ast.Expression, falseResult: ast.Expression) {
    super(condition.range.start, falseResult.range.end);
    this.condition = condition;
    this.trueResult = trueResult;
    this.falseResult = falseResult;
  }
}

onPrototype(BinaryNode, 'kind', 'binary');
onPrototype(UnaryNode, 'kind', 'unary');
onPrototype(ConditionalNode, 'kind', 'conditional');
