/**
 * The classes the parser builds the tree from. They implement the interfaces of ast.ts (which stay
 * the contract: code may also build plain objects of those shapes) but keep offsets as numbers
 * and make `range`, and the ranges that follow from it, getters. A `{start, end}` object per node
 * was a quarter of the tree's memory and of the parse time on large templates.
 */
import type * as ast from './ast';

type Range = ast.Range;

export abstract class Node {
  // `declare` and assignments rather than class fields: V8 defines class fields one by one, which
  // made node construction a fifth of the parse time.
  declare start: number;
  declare end: number;
  constructor(start: number, end: number) {
    this.start = start;
    this.end = end;
  }

  /** A new object at each read: the offsets live in `start` and `end`. */
  get range(): Range {
    return { start: this.start, end: this.end };
  }
}

export class BodyNode extends Node implements ast.Body {
  declare readonly kind: 'body';
  declare items: ast.BodyItem[];
  constructor(items: ast.BodyItem[], start: number, end: number) {
    super(start, end);
    this.items = items;
  }
}

export class AttributeNode extends Node implements ast.Attribute {
  declare readonly kind: 'attribute';
  declare name: string;
  declare nameEnd: number;
  declare expression: ast.Expression;
  constructor(
    name: string,
    /** The name's end; it starts where the attribute does. */
    nameEnd: number,
    expression: ast.Expression,
    start: number,
    end: number,
  ) {
    super(start, end);
    this.name = name;
    this.nameEnd = nameEnd;
    this.expression = expression;
  }

  get nameRange(): Range {
    return { start: this.start, end: this.nameEnd };
  }
}

export class LabelNode extends Node implements ast.BlockLabel {
  declare value: string;
  declare quoted: boolean;
  constructor(value: string, quoted: boolean, start: number, end: number) {
    super(start, end);
    this.value = value;
    this.quoted = quoted;
  }
}

export class IdentifierNode extends Node implements ast.Identifier {
  declare name: string;
  constructor(name: string, start: number, end: number) {
    super(start, end);
    this.name = name;
  }
}

export class NumberNode extends Node implements ast.NumberLiteral {
  declare readonly kind: 'number';
  declare value: number;
  declare raw: string;
  constructor(value: number, raw: string, start: number, end: number) {
    super(start, end);
    this.value = value;
    this.raw = raw;
  }
}

export class BoolNode extends Node implements ast.BoolLiteral {
  declare readonly kind: 'bool';
  declare value: boolean;
  constructor(value: boolean, start: number, end: number) {
    super(start, end);
    this.value = value;
  }
}

export class NullNode extends Node implements ast.NullLiteral {
  declare readonly kind: 'null';
  constructor(start: number, end: number) {
    super(start, end);
  }
}

export class InvalidNode extends Node implements ast.InvalidExpression {
  declare readonly kind: 'invalid';
  constructor(start: number, end: number) {
    super(start, end);
  }
}

export class SplatItemNode extends Node implements ast.SplatItem {
  declare readonly kind: 'splatItem';
  constructor(start: number, end: number) {
    super(start, end);
  }
}

export class TemplateNode extends Node implements ast.TemplateExpression {
  declare readonly kind: 'template';
  /** Set for heredocs; present (undefined) on the others, so that every template has one shape. */
  declare heredoc: { marker: string; flush: boolean } | undefined;
  declare style: 'quoted' | 'heredoc' | 'bare';
  declare parts: ast.TemplatePart[];
  declare terminated: boolean;
  constructor(
    style: 'quoted' | 'heredoc' | 'bare',
    parts: ast.TemplatePart[],
    terminated: boolean,
    start: number,
    end: number,
  ) {
    super(start, end);
    this.style = style;
    this.parts = parts;
    this.terminated = terminated;
    this.heredoc = undefined;
  }
}

export class LiteralNode extends Node implements ast.TemplateLiteral {
  declare readonly kind: 'templateLiteral';
  declare value: string;
  constructor(value: string, start: number, end: number) {
    super(start, end);
    this.value = value;
  }
}

export class InterpolationNode extends Node implements ast.TemplateInterpolation {
  declare readonly kind: 'templateInterpolation';
  declare expression: ast.Expression;
  declare stripLeft: boolean;
  declare stripRight: boolean;
  constructor(expression: ast.Expression, stripLeft: boolean, stripRight: boolean, start: number, end: number) {
    super(start, end);
    this.expression = expression;
    this.stripLeft = stripLeft;
    this.stripRight = stripRight;
  }
}

export class ScopeTraversalNode extends Node implements ast.ScopeTraversal {
  declare readonly kind: 'scopeTraversal';
  declare root: string;
  declare rootEnd: number;
  declare steps: ast.TraversalStep[];
  constructor(
    root: string,
    /** The root name's end; it starts where the traversal does. */
    rootEnd: number,
    steps: ast.TraversalStep[],
    start: number,
    end: number,
  ) {
    super(start, end);
    this.root = root;
    this.rootEnd = rootEnd;
    this.steps = steps;
  }

  get rootRange(): Range {
    return { start: this.start, end: this.rootEnd };
  }
}

export class RelativeTraversalNode extends Node implements ast.RelativeTraversal {
  declare readonly kind: 'relativeTraversal';
  declare source: ast.Expression;
  declare steps: ast.TraversalStep[];
  constructor(source: ast.Expression, steps: ast.TraversalStep[], start: number, end: number) {
    super(start, end);
    this.source = source;
    this.steps = steps;
  }
}

export class AttributeStepNode extends Node implements ast.AttributeStep {
  declare readonly kind: 'attribute';
  declare name: string;
  declare nameStart: number;
  constructor(
    name: string,
    nameStart: number,
    /** The dot. */
    start: number,
    end: number,
  ) {
    super(start, end);
    this.name = name;
    this.nameStart = nameStart;
  }

  get nameRange(): Range {
    return { start: this.nameStart, end: this.end };
  }
}

export class IndexStepNode extends Node implements ast.IndexStep {
  declare readonly kind: 'index';
  declare key: string | number;
  declare keyRange: Range;
  declare legacy: boolean;
  constructor(key: string | number, keyRange: Range, legacy: boolean, start: number, end: number) {
    super(start, end);
    this.key = key;
    this.keyRange = keyRange;
    this.legacy = legacy;
  }
}

/** A node whose range is its children's span, for items that have no offsets of their own. */
export class ObjectKeyNode implements ast.ObjectKey {
  declare expression: ast.Expression;
  declare name: string | undefined;
  declare parenthesized: boolean;
  constructor(expression: ast.Expression, name: string | undefined, parenthesized: boolean) {
    this.expression = expression;
    this.name = name;
    this.parenthesized = parenthesized;
  }

  get range(): Range {
    return this.expression.range;
  }
}

export class ObjectItemNode implements ast.ObjectItem {
  declare key: ast.ObjectKey;
  declare value: ast.Expression;
  constructor(key: ast.ObjectKey, value: ast.Expression) {
    this.key = key;
    this.value = value;
  }

  get range(): Range {
    return { start: this.key.expression.range.start, end: this.value.range.end };
  }
}

/**
 * A tuple `[...]` or an object `{...}` expression: its opening bracket starts it, and the closing
 * one is kept as offsets (undefined while it is missing), their ranges made at each read.
 */
abstract class BracketedNode extends Node {
  declare openEnd: number;
  declare closeStart: number | undefined;
  declare closeEnd: number | undefined;
  constructor(openEnd: number, start: number, end: number) {
    super(start, end);
    this.openEnd = openEnd;
    this.closeStart = undefined;
    this.closeEnd = undefined;
  }

  get openRange(): Range {
    return { start: this.start, end: this.openEnd };
  }

  get closeRange(): Range | undefined {
    return closedRange(this.closeStart, this.closeEnd);
  }

  set closeRange(range: Range | undefined) {
    this.closeStart = range?.start;
    this.closeEnd = range?.end;
  }
}

function closedRange(start: number | undefined, end: number | undefined): Range | undefined {
  return start === undefined || end === undefined ? undefined : { start, end };
}

export class TupleExpressionNode extends BracketedNode implements ast.TupleExpression {
  declare readonly kind: 'tuple';
  declare items: ast.Expression[];
  constructor(openRange: Range) {
    super(openRange.end, openRange.start, openRange.end);
    this.items = [];
  }
}

export class ObjectExpressionNode extends BracketedNode implements ast.ObjectExpression {
  declare readonly kind: 'object';
  declare items: ast.ObjectItem[];
  constructor(openRange: Range) {
    super(openRange.end, openRange.start, openRange.end);
    this.items = [];
  }
}

/** `name(args)`: the name starts the call; the parentheses are kept as offsets. */
export class FunctionCallNode extends Node implements ast.FunctionCall {
  declare readonly kind: 'functionCall';
  declare name: string;
  declare nameEnd: number;
  declare args: ast.Expression[];
  declare expandFinal: boolean;
  declare openParenStart: number;
  declare openParenEnd: number;
  declare closeParenStart: number | undefined;
  declare closeParenEnd: number | undefined;
  constructor(name: string, nameRange: Range, openParenRange: Range) {
    super(nameRange.start, openParenRange.end);
    this.name = name;
    this.nameEnd = nameRange.end;
    this.args = [];
    this.expandFinal = false;
    this.openParenStart = openParenRange.start;
    this.openParenEnd = openParenRange.end;
    this.closeParenStart = undefined;
    this.closeParenEnd = undefined;
  }

  get nameRange(): Range {
    return { start: this.start, end: this.nameEnd };
  }

  get openParenRange(): Range {
    return { start: this.openParenStart, end: this.openParenEnd };
  }

  get closeParenRange(): Range | undefined {
    return closedRange(this.closeParenStart, this.closeParenEnd);
  }

  set closeParenRange(range: Range | undefined) {
    this.closeParenStart = range?.start;
    this.closeParenEnd = range?.end;
  }
}

/**
 * The type name and the braces are kept as offsets too (`typeEnd`, `openBraceStart`...), their
 * ranges made at each read; `closeBraceStart`/`closeBraceEnd` are undefined while the block is
 * not closed.
 */
export class BlockNode extends Node implements ast.Block {
  declare readonly kind: 'block';
  declare type: string;
  /** The type name's end; it starts where the block does. */
  declare typeEnd: number;
  declare labels: ast.BlockLabel[];
  declare body: ast.Body;
  declare openBraceStart: number;
  declare openBraceEnd: number;
  declare closeBraceStart: number | undefined;
  declare closeBraceEnd: number | undefined;
  constructor(
    type: string,
    typeRange: Range,
    labels: ast.BlockLabel[],
    body: ast.Body,
    openBraceRange: Range,
    start: number,
    end: number,
  ) {
    super(start, end);
    this.type = type;
    this.typeEnd = typeRange.end;
    this.labels = labels;
    this.body = body;
    this.openBraceStart = openBraceRange.start;
    this.openBraceEnd = openBraceRange.end;
    this.closeBraceStart = undefined;
    this.closeBraceEnd = undefined;
  }

  get typeRange(): Range {
    return { start: this.start, end: this.typeEnd };
  }

  get openBraceRange(): Range {
    return { start: this.openBraceStart, end: this.openBraceEnd };
  }

  get closeBraceRange(): Range | undefined {
    return closedRange(this.closeBraceStart, this.closeBraceEnd);
  }

  set closeBraceRange(range: Range | undefined) {
    this.closeBraceStart = range?.start;
    this.closeBraceEnd = range?.end;
  }
}

/**
 * A quoted string without interpolation or escapes, the commonest value in a template. Its one
 * literal part is made at each read and not kept: an array and a node per string were an eighth
 * of what an open configuration keeps, and the value is all that part holds.
 */
export class StringNode extends Node implements ast.TemplateExpression {
  declare readonly kind: 'template';
  declare readonly style: 'quoted';
  declare terminated: boolean;
  declare heredoc: undefined;
  declare value: string;
  constructor(value: string, terminated: boolean, start: number, end: number) {
    super(start, end);
    this.terminated = terminated;
    this.value = value;
  }

  get parts(): ast.TemplatePart[] {
    // The text lies between the quotes; an unterminated string has no closing one.
    return [new LiteralNode(this.value, this.start + 1, this.terminated ? this.end - 1 : this.end)];
  }
}

// Each class's `kind` lives on its prototype, not in every node: one field less in each of the
// hundreds of thousands of nodes of a large file (a tenth of its tree's memory). Not enumerable, so
// that offsets-moving walks and JSON of a node see only its own data.
onPrototype(BodyNode, 'kind', 'body');
onPrototype(AttributeNode, 'kind', 'attribute');
onPrototype(NumberNode, 'kind', 'number');
onPrototype(BoolNode, 'kind', 'bool');
onPrototype(NullNode, 'kind', 'null');
onPrototype(InvalidNode, 'kind', 'invalid');
onPrototype(SplatItemNode, 'kind', 'splatItem');
onPrototype(TemplateNode, 'kind', 'template');
onPrototype(LiteralNode, 'kind', 'templateLiteral');
onPrototype(InterpolationNode, 'kind', 'templateInterpolation');
onPrototype(ScopeTraversalNode, 'kind', 'scopeTraversal');
onPrototype(RelativeTraversalNode, 'kind', 'relativeTraversal');
onPrototype(AttributeStepNode, 'kind', 'attribute');
onPrototype(IndexStepNode, 'kind', 'index');
onPrototype(TupleExpressionNode, 'kind', 'tuple');
onPrototype(ObjectExpressionNode, 'kind', 'object');
onPrototype(FunctionCallNode, 'kind', 'functionCall');
onPrototype(BlockNode, 'kind', 'block');
onPrototype(StringNode, 'kind', 'template');
onPrototype(StringNode, 'style', 'quoted');
onPrototype(StringNode, 'heredoc', undefined);

export function onPrototype(
  node: abstract new (...args: never[]) => object,
  key: string,
  value: string | undefined,
): void {
  Object.defineProperty(node.prototype, key, { value, enumerable: false, writable: false });
}
