/**
 * The syntax tree of an HCL2 native-syntax file (`*.pkr.hcl`, `*.pkrvars.hcl`), as our parser
 * builds it. It follows the structure of HCL's own `hclsyntax` package, so that what HCL's
 * specification says of a construct applies to the node of the same name, but it keeps more of
 * the source: every node has a `range`, and the pieces a language server points at (names, labels,
 * braces, operators, each traversal step) have theirs.
 *
 * Ranges are UTF-16 offsets into the parsed text, end exclusive, like every other range in the
 * language service. A construct that was broken and then recovered still gets a node: the tree is
 * whole even when there are diagnostics, so the model layer can work on a file being typed.
 *
 * These interfaces are the contract. The parser builds them from the classes of nodes.ts, which
 * keep `start`/`end` numbers and compute `range` (and ranges such as `nameRange`) on each read:
 * treat ranges as values (compare their offsets, not their identity), and expect JSON of a node
 * to show `start`/`end` rather than `range`.
 */
import type { OffsetRange } from '../../types';

export type Range = OffsetRange;

// ---------------------------------------------------------------------------------------------
// Structure

/** A sequence of attributes and blocks: a whole file, or the inside of a block's braces. */
export interface Body {
  kind: 'body';
  /** In source order; attributes and blocks may interleave. */
  items: BodyItem[];
  /** From the opening brace to the closing one (the whole text for a file). */
  range: Range;
}

export type BodyItem = Attribute | Block;

/** `name = expression`: an argument in Packer's words. */
export interface Attribute {
  kind: 'attribute';
  name: string;
  nameRange: Range;
  /** The `=` lies between `nameRange` and the expression (or is missing: a diagnostic says so). */
  expression: Expression;
  range: Range;
}

/** `type "label" label { ... }`. A `name = { ... }` is an Attribute holding an ObjectExpression. */
export interface Block {
  kind: 'block';
  type: string;
  typeRange: Range;
  labels: BlockLabel[];
  body: Body;
  openBraceRange: Range;
  /** Undefined when the block is not closed (a diagnostic points at the opening brace). */
  closeBraceRange: Range | undefined;
  range: Range;
}

export interface BlockLabel {
  /** The label's text, escapes decoded. */
  value: string;
  /** With the quotes when quoted. */
  range: Range;
  /** False for a bare identifier label (`source amazon-ebs x {` is legal HCL). */
  quoted: boolean;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expression =
  | NumberLiteral
  | BoolLiteral
  | NullLiteral
  | TemplateExpression
  | ScopeTraversal
  | RelativeTraversal
  | IndexExpression
  | SplatExpression
  | SplatItem
  | FunctionCall
  | TupleExpression
  | ObjectExpression
  | ForExpression
  | ConditionalExpression
  | BinaryExpression
  | UnaryExpression
  | ParenthesesExpression
  | InvalidExpression;

export interface NumberLiteral {
  kind: 'number';
  /** The nearest double; `raw` keeps the digits for numbers a double cannot hold exactly. */
  value: number;
  raw: string;
  range: Range;
}

export interface BoolLiteral {
  kind: 'bool';
  value: boolean;
  range: Range;
}

export interface NullLiteral {
  kind: 'null';
  range: Range;
}

/**
 * A quoted string (`"..."`) or a heredoc (`<<EOT`). A plain string is a template with one literal
 * part. Per HCL, a template made of exactly one interpolation (`"${var.x}"`) evaluates to that
 * expression's value unconverted.
 */
export interface TemplateExpression {
  kind: 'template';
  style: 'quoted' | 'heredoc' | 'bare';
  parts: TemplatePart[];
  /**
   * False when the closing quote or heredoc marker is missing (a diagnostic says so). Otherwise the
   * range starts with the opening quote (or `<<EOT`, `<<-EOT`) and ends with the closing one (or
   * the marker): templateDelimiters() gives both ranges.
   */
  terminated: boolean;
  heredoc?: { marker: string; flush: boolean };
  range: Range;
}

export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateIf | TemplateFor;

export interface TemplateLiteral {
  kind: 'templateLiteral';
  /** The text after escapes, strip markers and heredoc indentation are applied (NFC, as HCL). */
  value: string;
  range: Range;
}

/** `${ expression }`; `~` after `${` or before `}` strips the spaces of the adjacent literal. */
export interface TemplateInterpolation {
  kind: 'templateInterpolation';
  expression: Expression;
  stripLeft: boolean;
  stripRight: boolean;
  range: Range;
}

/** `%{ if cond }...%{ else }...%{ endif }`. */
export interface TemplateIf {
  kind: 'templateIf';
  condition: Expression;
  then: TemplatePart[];
  else: TemplatePart[] | undefined;
  range: Range;
}

/** `%{ for k, v in coll }...%{ endfor }`. */
export interface TemplateFor {
  kind: 'templateFor';
  keyVariable: Identifier | undefined;
  valueVariable: Identifier;
  collection: Expression;
  body: TemplatePart[];
  range: Range;
}

export interface Identifier {
  name: string;
  range: Range;
}

/**
 * A reference to a variable and the constant steps after it: `var.region`, `local.x[0]`,
 * `data.amazon-ami.ubuntu.id`, `source.amazon-ebs.example`. References are checked by name, so each
 * step keeps its own range. A step with a computed key (`local.m[var.k]`) ends the traversal: the
 * rest becomes an IndexExpression / RelativeTraversal around it.
 */
export interface ScopeTraversal {
  kind: 'scopeTraversal';
  root: string;
  rootRange: Range;
  steps: TraversalStep[];
  range: Range;
}

export type TraversalStep = AttributeStep | IndexStep;

/** `.name` */
export interface AttributeStep {
  kind: 'attribute';
  name: string;
  nameRange: Range;
  /** From the dot. */
  range: Range;
}

/** `[0]`, `["key"]`, or the legacy `.0`. */
export interface IndexStep {
  kind: 'index';
  key: string | number;
  keyRange: Range;
  legacy: boolean;
  /** From the bracket (or dot). */
  range: Range;
}

/** Constant steps applied to something that is not a variable: `func()[0].id`, `(x).y`. */
export interface RelativeTraversal {
  kind: 'relativeTraversal';
  source: Expression;
  steps: TraversalStep[];
  range: Range;
}

/** `collection[key]` where the key is not a constant. */
export interface IndexExpression {
  kind: 'index';
  collection: Expression;
  key: Expression;
  bracketRange: Range;
  range: Range;
}

/**
 * `source.*.attr` (attribute-only splat) or `source[*].attr[0]` (full splat). `each` is the
 * expression applied to every element, written against a SplatItem that stands for the element.
 */
export interface SplatExpression {
  kind: 'splat';
  style: 'attribute' | 'full';
  source: Expression;
  each: Expression;
  markerRange: Range;
  range: Range;
}

/** The element a splat's `each` is applied to (HCL's AnonSymbolExpr). */
export interface SplatItem {
  kind: 'splatItem';
  range: Range;
}

export interface FunctionCall {
  kind: 'functionCall';
  /** May hold `::` namespaces, like `provider::aws::arn_parse`. */
  name: string;
  nameRange: Range;
  args: Expression[];
  /** The last argument is followed by `...` and expands into several. */
  expandFinal: boolean;
  openParenRange: Range;
  closeParenRange: Range | undefined;
  range: Range;
}

export interface TupleExpression {
  kind: 'tuple';
  items: Expression[];
  openRange: Range;
  closeRange: Range | undefined;
  range: Range;
}

export interface ObjectExpression {
  kind: 'object';
  items: ObjectItem[];
  openRange: Range;
  closeRange: Range | undefined;
  range: Range;
}

/** `key = value` or `key: value`; the separator lies between the key and the value. */
export interface ObjectItem {
  key: ObjectKey;
  value: Expression;
  range: Range;
}

export interface ObjectKey {
  expression: Expression;
  /**
   * The key when it is literal: a bare identifier (`Name = ...` means the string "Name", not a
   * variable), a keyword (`true`), or a string without interpolation. Undefined when computed,
   * including any key in parentheses.
   */
  name: string | undefined;
  parenthesized: boolean;
  /** The key expression's range. */
  range: Range;
}

/** `[for v in coll : expr if cond]` or `{for k, v in coll : key => value... if cond}`. */
export interface ForExpression {
  kind: 'for';
  resultType: 'tuple' | 'object';
  keyVariable: Identifier | undefined;
  valueVariable: Identifier;
  collection: Expression;
  /** Object results only. */
  keyExpression: Expression | undefined;
  valueExpression: Expression;
  /** `...` after the value: group values by key into tuples. */
  grouping: boolean;
  condition: Expression | undefined;
  openRange: Range;
  closeRange: Range | undefined;
  range: Range;
}

export interface ConditionalExpression {
  kind: 'conditional';
  condition: Expression;
  trueResult: Expression;
  falseResult: Expression;
  range: Range;
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpression {
  kind: 'binary';
  operator: BinaryOperator;
  operatorRange: Range;
  left: Expression;
  right: Expression;
  range: Range;
}

export interface UnaryExpression {
  kind: 'unary';
  operator: '-' | '!';
  operatorRange: Range;
  operand: Expression;
  range: Range;
}

export interface ParenthesesExpression {
  kind: 'parentheses';
  expression: Expression;
  range: Range;
}

/** Stands where an expression could not be read; a diagnostic covers it. */
export interface InvalidExpression {
  kind: 'invalid';
  range: Range;
}
