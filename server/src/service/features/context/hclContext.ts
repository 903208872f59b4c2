/**
 * What stands at an offset of an HCL2 file: the blocks around it (outermost first), and the one
 * thing the cursor is on — a block keyword, a label, an attribute name, or an expression (with the
 * traversal, function call or template literal under the cursor). Hover and completion both start
 * here, so nothing in this module knows what either of them shows.
 *
 * A token counts as under the cursor when `start <= offset <= end`: the end is included so that a
 * cursor just after a word being typed (`var.reg|`) still finds it.
 */
import type {
  Attribute,
  Block,
  BlockLabel,
  Body,
  Expression,
  FunctionCall,
  ScopeTraversal,
  TemplateLiteral,
  TemplatePart,
  TraversalStep,
} from '../../parsing/hcl/ast';
import { forEachChild } from '../../parsing/hcl/walk';
import type { HclFile } from '../../model/hcl/hclFile';
import type { OffsetRange } from '../../types';
import { componentAround, type HclComponentContext } from './hclComponent';

/** What the cursor is on. */
export type HclTarget =
  | { kind: 'blockType'; block: Block }
  | { kind: 'blockLabel'; block: Block; label: BlockLabel; index: number }
  | { kind: 'attributeName'; attribute: Attribute }
  | {
      kind: 'expression';
      /** The attribute whose value holds the cursor. */
      attribute: Attribute;
      /** The expressions holding the offset, outermost (the attribute's value) first. */
      expressions: Expression[];
      /** The variable reference under the cursor, with the step the cursor is on (-1: the root name). */
      traversal: { traversal: ScopeTraversal; stepIndex: number } | undefined;
      /** A function call whose name is under the cursor. */
      call: FunctionCall | undefined;
      /** The literal text of a string under the cursor (it may hold legacy `{{ }}` calls). */
      literal: TemplateLiteral | undefined;
    }
  /** Between the items of a body (or in text the parser could not read). */
  | { kind: 'body' };

export interface HclCursorContext {
  format: 'hcl';
  offset: number;
  file: HclFile;
  /** The blocks holding the offset, outermost first. */
  blocks: Block[];
  /** The builder, provisioner, post-processor or data source these blocks configure, if any. */
  component: HclComponentContext | undefined;
  target: HclTarget;
}

/** Whether `range` holds `offset`, its end included: every position request measures "under the cursor" this way. */
export function touches(range: OffsetRange, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

export function locateInHcl(file: HclFile, offset: number): HclCursorContext {
  const blocks: Block[] = [];
  let body: Body = file.body;
  for (;;) {
    const found = itemAt(body, offset);
    if (found === undefined) return finish(file, offset, blocks, { kind: 'body' });
    if (found.kind === 'attribute') return finish(file, offset, blocks, attributeTarget(found, offset));
    blocks.push(found);
    if (touches(found.typeRange, offset)) return finish(file, offset, blocks, { kind: 'blockType', block: found });
    const index = found.labels.findIndex((label) => touches(label.range, offset));
    const label = found.labels[index];
    if (label !== undefined) return finish(file, offset, blocks, { kind: 'blockLabel', block: found, label, index });
    if (offset <= found.openBraceRange.start) return finish(file, offset, blocks, { kind: 'body' });
    body = found.body;
  }
}

function finish(file: HclFile, offset: number, blocks: Block[], target: HclTarget): HclCursorContext {
  return { format: 'hcl', offset, file, blocks, component: componentAround(blocks), target };
}

function itemAt(body: Body, offset: number): Attribute | Block | undefined {
  // Last match wins: a recovered item may end where the next one starts.
  let found: Attribute | Block | undefined;
  for (const item of body.items) if (touches(item.range, offset) || onHeader(item, offset)) found = item;
  return found;
}

/**
 * In HCL's JSON syntax (`*.pkr.json`) a block's type and labels are keys of the objects around its
 * body, outside its range (and shared by the blocks written under them).
 */
function onHeader(item: Attribute | Block, offset: number): boolean {
  return (
    item.kind === 'block' && (touches(item.typeRange, offset) || item.labels.some((l) => touches(l.range, offset)))
  );
}

function attributeTarget(attribute: Attribute, offset: number): HclTarget {
  if (touches(attribute.nameRange, offset)) return { kind: 'attributeName', attribute };
  const expressions: Expression[] = [];
  let literal: TemplateLiteral | undefined;
  let current: Expression | undefined = touches(attribute.expression.range, offset) ? attribute.expression : undefined;
  while (current !== undefined) {
    expressions.push(current);
    if (current.kind === 'template') literal ??= literalAt(current.parts, offset);
    let next: Expression | undefined;
    forEachChild(current, (child) => {
      if (next === undefined && touches(child.range, offset)) next = child;
    });
    current = next;
  }
  const innermost = expressions[expressions.length - 1];
  const traversal = innermost?.kind === 'scopeTraversal' ? traversalAt(innermost, offset) : undefined;
  const calls = expressions.filter((e): e is FunctionCall => e.kind === 'functionCall' && touches(e.nameRange, offset));
  const call = calls[calls.length - 1];
  return { kind: 'expression', attribute, expressions, traversal, call, literal };
}

function traversalAt(traversal: ScopeTraversal, offset: number): { traversal: ScopeTraversal; stepIndex: number } {
  const stepIndex = traversal.steps.findIndex((step: TraversalStep) => touches(step.range, offset));
  return { traversal, stepIndex };
}

/** The literal part under the cursor, looking inside `%{ if }` and `%{ for }` directives too. */
function literalAt(parts: TemplatePart[], offset: number): TemplateLiteral | undefined {
  for (const part of parts) {
    if (!touches(part.range, offset)) continue;
    if (part.kind === 'templateLiteral') return part;
    if (part.kind === 'templateIf') return literalAt([...part.then, ...(part.else ?? [])], offset);
    if (part.kind === 'templateFor') return literalAt(part.body, offset);
  }
  return undefined;
}
