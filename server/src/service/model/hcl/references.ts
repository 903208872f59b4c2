/**
 * Every variable reference (`var.x`, `local.y`, `data.t.n.attr`, ...) and function call in an HCL2
 * body, for the checks that resolve them. The parser's walker leaves out names bound by `for`
 * expressions and directives; this adds the names `dynamic` blocks bind, which only a body shows.
 */
import type { Block, Body, Expression, FunctionCall, ScopeTraversal } from '../../parsing/hcl/ast';
import { forEachChild, references } from '../../parsing/hcl/walk';

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
    if (item.kind === 'attribute') addExpression(item.expression, bound, found);
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
    if (item.kind === 'block') walkBlock(item, inner, found);
    else if (item.name !== 'iterator') addExpression(item.expression, item.name === 'for_each' ? bound : inner, found);
  }
}

function addExpression(expression: Expression, bound: ReadonlySet<string>, found: References): void {
  for (const traversal of references(expression)) if (!bound.has(traversal.root)) found.traversals.push(traversal);
  collectCalls(expression, found.calls);
}

function collectCalls(expression: Expression, calls: FunctionCall[]): void {
  if (expression.kind === 'functionCall') calls.push(expression);
  forEachChild(expression, (child) => collectCalls(child, calls));
}
