/**
 * Walking the tree: every child expression of an expression, every expression of a body, and the
 * references an expression makes (HCL's Variables()): its scope traversals, minus the names that
 * `for` expressions and directives bind.
 */
import type { Body, BodyItem, Expression, Range, ScopeTraversal, TemplateExpression, TemplatePart } from './ast';

/** Calls `visit` on each direct child expression of `expression`. */
export function forEachChild(expression: Expression, visit: (child: Expression) => void): void {
  switch (expression.kind) {
    case 'template':
      forEachPartExpression(expression.parts, visit);
      return;
    case 'relativeTraversal':
      visit(expression.source);
      return;
    case 'index':
      visit(expression.collection);
      visit(expression.key);
      return;
    case 'splat':
      visit(expression.source);
      visit(expression.each);
      return;
    case 'functionCall':
      expression.args.forEach(visit);
      return;
    case 'tuple':
      expression.items.forEach(visit);
      return;
    case 'object':
      for (const item of expression.items) {
        // A literal key (`Name = ...`) is a name, not a reference.
        if (item.key.name === undefined || item.key.parenthesized) visit(item.key.expression);
        visit(item.value);
      }
      return;
    case 'for':
      visit(expression.collection);
      if (expression.keyExpression !== undefined) visit(expression.keyExpression);
      visit(expression.valueExpression);
      if (expression.condition !== undefined) visit(expression.condition);
      return;
    case 'conditional':
      visit(expression.condition);
      visit(expression.trueResult);
      visit(expression.falseResult);
      return;
    case 'binary':
      visit(expression.left);
      visit(expression.right);
      return;
    case 'unary':
      visit(expression.operand);
      return;
    case 'parentheses':
      visit(expression.expression);
      return;
    default:
      return;
  }
}

function forEachPartExpression(parts: TemplatePart[], visit: (child: Expression) => void): void {
  for (const part of parts) {
    switch (part.kind) {
      case 'templateInterpolation':
        visit(part.expression);
        break;
      case 'templateIf':
        visit(part.condition);
        forEachPartExpression(part.then, visit);
        if (part.else !== undefined) forEachPartExpression(part.else, visit);
        break;
      case 'templateFor':
        visit(part.collection);
        forEachPartExpression(part.body, visit);
        break;
      default:
        break;
    }
  }
}

/** Every attribute value in a body and its nested blocks, in source order. */
export function forEachBodyExpression(body: Body, visit: (expression: Expression) => void): void {
  for (const item of body.items) {
    if (item.kind === 'attribute') visit(item.expression);
    else forEachBodyExpression(item.body, visit);
  }
}

/**
 * The references in an expression: `var.region`, `local.tags["Name"]`, `data.amazon-ami.x.id`.
 * Names bound by an enclosing `for` (`[for s in var.list : upper(s)]` refers to `var`, not `s`)
 * are left out, as HCL does.
 */
export function references(expression: Expression): ScopeTraversal[] {
  const found: ScopeTraversal[] = [];
  collect(expression, new Set(), found);
  return found;
}

function collect(expression: Expression, bound: ReadonlySet<string>, found: ScopeTraversal[]): void {
  if (expression.kind === 'scopeTraversal') {
    if (!bound.has(expression.root)) found.push(expression);
    return;
  }
  if (expression.kind === 'for') {
    collect(expression.collection, bound, found);
    const inner = withNames(bound, expression.keyVariable?.name, expression.valueVariable.name);
    if (expression.keyExpression !== undefined) collect(expression.keyExpression, inner, found);
    collect(expression.valueExpression, inner, found);
    if (expression.condition !== undefined) collect(expression.condition, inner, found);
    return;
  }
  if (expression.kind === 'template') {
    collectParts(expression.parts, bound, found);
    return;
  }
  forEachChild(expression, (child) => collect(child, bound, found));
}

function collectParts(parts: TemplatePart[], bound: ReadonlySet<string>, found: ScopeTraversal[]): void {
  for (const part of parts) {
    if (part.kind === 'templateInterpolation') collect(part.expression, bound, found);
    else if (part.kind === 'templateIf') {
      collect(part.condition, bound, found);
      collectParts(part.then, bound, found);
      if (part.else !== undefined) collectParts(part.else, bound, found);
    } else if (part.kind === 'templateFor') {
      collect(part.collection, bound, found);
      collectParts(part.body, withNames(bound, part.keyVariable?.name, part.valueVariable.name), found);
    }
  }
}

function withNames(bound: ReadonlySet<string>, ...names: (string | undefined)[]): Set<string> {
  const result = new Set(bound);
  for (const name of names) if (name !== undefined) result.add(name);
  return result;
}

/**
 * The delimiters of a terminated template: the quotes, or `<<EOT` and the closing marker.
 * Undefined for a bare template or one whose end is missing.
 */
export function templateDelimiters(template: TemplateExpression): { open: Range; close: Range } | undefined {
  if (!template.terminated || template.style === 'bare') return undefined;
  const { start, end } = template.range;
  if (template.heredoc === undefined) return { open: { start, end: start + 1 }, close: { start: end - 1, end } };
  const { marker, flush } = template.heredoc;
  return {
    open: { start, end: start + 2 + (flush ? 1 : 0) + marker.length },
    close: { start: end - marker.length, end },
  };
}

/** The index of the top-level item whose range holds `offset` (its end included), by bisection. */
export function itemIndexAt(items: readonly BodyItem[], offset: number): number | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = items[middle]!.range;
    if (range.end < offset) low = middle + 1;
    else if (range.start > offset) high = middle - 1;
    else return middle;
  }
  return undefined;
}
