/**
 * Every variable reference (`var.x`, `local.y`, `data.t.n.attr`, ...) and function call in an HCL2
 * body, for the checks that resolve them. Names bound by `for` expressions, template `for`
 * directives and `dynamic` blocks are not references and are left out.
 */
import type { Block, Body, Expression, FunctionCall, ScopeTraversal, TemplatePart } from '../../parsing/hcl/ast';

export interface References {
  traversals: ScopeTraversal[];
  calls: FunctionCall[];
}

export function collectReferences(body: Body): References {
  const found: References = { traversals: [], calls: [] };
  walkBody(body, new Set(), found);
  return found;
}

function walkBody(body: Body, bound: ReadonlySet<string>, found: References): void {
  for (const item of body.items) {
    if (item.kind === 'attribute') walkExpression(item.expression, bound, found);
    else walkBlock(item, bound, found);
  }
}

function walkBlock(block: Block, bound: ReadonlySet<string>, found: References): void {
  if (block.type !== 'dynamic') {
    walkBody(block.body, bound, found);
    return;
  }
  // dynamic "name" { for_each = ...; iterator = it; content { ... } }: `name` (or the iterator) is bound inside.
  const iterator = block.body.items.find((i) => i.kind === 'attribute' && i.name === 'iterator');
  const iteratorName =
    iterator?.kind === 'attribute' && iterator.expression.kind === 'scopeTraversal'
      ? iterator.expression.root
      : block.labels[0]?.value;
  const inner = iteratorName === undefined ? bound : new Set([...bound, iteratorName]);
  for (const item of block.body.items) {
    if (item.kind === 'attribute') {
      if (item.name !== 'iterator') walkExpression(item.expression, item.name === 'for_each' ? bound : inner, found);
    } else {
      walkBlock(item, inner, found);
    }
  }
}

function walkExpression(expression: Expression, bound: ReadonlySet<string>, found: References): void {
  switch (expression.kind) {
    case 'scopeTraversal':
      if (!bound.has(expression.root)) found.traversals.push(expression);
      return;
    case 'template':
      walkParts(expression.parts, bound, found);
      return;
    case 'relativeTraversal':
      walkExpression(expression.source, bound, found);
      return;
    case 'index':
      walkExpression(expression.collection, bound, found);
      walkExpression(expression.key, bound, found);
      return;
    case 'splat':
      walkExpression(expression.source, bound, found);
      walkExpression(expression.each, bound, found);
      return;
    case 'functionCall':
      found.calls.push(expression);
      for (const arg of expression.args) walkExpression(arg, bound, found);
      return;
    case 'tuple':
      for (const item of expression.items) walkExpression(item, bound, found);
      return;
    case 'object':
      for (const item of expression.items) {
        if (item.key.name === undefined) walkExpression(item.key.expression, bound, found);
        walkExpression(item.value, bound, found);
      }
      return;
    case 'for': {
      walkExpression(expression.collection, bound, found);
      const inner = new Set(bound);
      inner.add(expression.valueVariable.name);
      if (expression.keyVariable !== undefined) inner.add(expression.keyVariable.name);
      if (expression.keyExpression !== undefined) walkExpression(expression.keyExpression, inner, found);
      walkExpression(expression.valueExpression, inner, found);
      if (expression.condition !== undefined) walkExpression(expression.condition, inner, found);
      return;
    }
    case 'conditional':
      walkExpression(expression.condition, bound, found);
      walkExpression(expression.trueResult, bound, found);
      walkExpression(expression.falseResult, bound, found);
      return;
    case 'binary':
      walkExpression(expression.left, bound, found);
      walkExpression(expression.right, bound, found);
      return;
    case 'unary':
      walkExpression(expression.operand, bound, found);
      return;
    case 'parentheses':
      walkExpression(expression.expression, bound, found);
      return;
    default:
      return;
  }
}

function walkParts(parts: TemplatePart[], bound: ReadonlySet<string>, found: References): void {
  for (const part of parts) {
    switch (part.kind) {
      case 'templateInterpolation':
        walkExpression(part.expression, bound, found);
        break;
      case 'templateIf':
        walkExpression(part.condition, bound, found);
        walkParts(part.then, bound, found);
        if (part.else !== undefined) walkParts(part.else, bound, found);
        break;
      case 'templateFor': {
        walkExpression(part.collection, bound, found);
        const inner = new Set(bound);
        inner.add(part.valueVariable.name);
        if (part.keyVariable !== undefined) inner.add(part.keyVariable.name);
        walkParts(part.body, inner, found);
        break;
      }
      default:
        break;
    }
  }
}
