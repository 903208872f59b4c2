/**
 * Constant evaluation of expressions: literals, templates, collections, operators, conditionals,
 * `for` and splats over constants. Whatever needs a variable or function the caller did not give
 * is `unknown`, and so is whatever HCL would reject at evaluation (`1 + "a"`, a null in a template).
 */
import type { Expression, ObjectExpression, TemplatePart, TraversalStep } from './ast';
import { evaluateBinary, evaluateUnary } from './evaluateOperators';
import { evaluateFor } from './evaluateFor';
import { type HclValue, NULL, numberFromText, stringValue, toBool, toStringValue, UNKNOWN } from './values';

export interface EvaluationContext {
  /** Root names (`var`, `local`...) and their values; anything else is unknown. */
  variables?: ReadonlyMap<string, HclValue>;
  /** Function results; undefined (or no hook) makes a call unknown. */
  callFunction?: (name: string, args: HclValue[]) => HclValue | undefined;
}

/** Names bound by enclosing `for` expressions and splats, innermost first. */
export interface Scope {
  context: EvaluationContext;
  locals: ReadonlyMap<string, HclValue> | undefined;
  splatItem: HclValue | undefined;
  parent: Scope | undefined;
}

export function evaluate(expression: Expression, context: EvaluationContext = {}): HclValue {
  return evaluateIn(expression, { context, locals: undefined, splatItem: undefined, parent: undefined });
}

export function evaluateIn(expression: Expression, scope: Scope): HclValue {
  switch (expression.kind) {
    case 'number':
      return numberFromText(expression.raw);
    case 'bool':
      return { type: 'bool', value: expression.value };
    case 'null':
      return NULL;
    case 'template':
      return evaluateTemplate(expression.parts, scope, true);
    case 'scopeTraversal':
      return applySteps(lookup(expression.root, scope), expression.steps);
    case 'relativeTraversal':
      return applySteps(evaluateIn(expression.source, scope), expression.steps);
    case 'index': {
      const key = evaluateIn(expression.key, scope);
      if (key.type === 'unknown') return UNKNOWN;
      return index(
        evaluateIn(expression.collection, scope),
        key.type === 'number' ? key.value : key.type === 'string' ? key.value : undefined,
      );
    }
    case 'splat':
      return evaluateSplat(evaluateIn(expression.source, scope), expression.each, scope);
    case 'splatItem':
      return findSplatItem(scope);
    case 'functionCall':
      return callFunction(expression.name, expression.args, expression.expandFinal, scope);
    case 'tuple': {
      const items = expression.items.map((item) => evaluateIn(item, scope));
      return items.some((item) => item.type === 'unknown') ? UNKNOWN : { type: 'tuple', items };
    }
    case 'object':
      return evaluateObject(expression, scope);
    case 'for':
      return evaluateFor(expression, scope);
    case 'conditional': {
      const condition = toBool(evaluateIn(expression.condition, scope));
      if (condition === undefined) return UNKNOWN;
      const chosen = evaluateIn(condition ? expression.trueResult : expression.falseResult, scope);
      const other = evaluateIn(condition ? expression.falseResult : expression.trueResult, scope);
      // HCL unifies the two result types: a number or bool beside a string becomes a string.
      if (other.type === 'string' && (chosen.type === 'number' || chosen.type === 'bool'))
        return stringValue(toStringValue(chosen)!);
      return chosen;
    }
    case 'binary':
      return evaluateBinary(
        expression.operator,
        evaluateIn(expression.left, scope),
        evaluateIn(expression.right, scope),
      );
    case 'unary':
      return evaluateUnary(expression.operator, evaluateIn(expression.operand, scope));
    case 'parentheses':
      return evaluateIn(expression.expression, scope);
    case 'invalid':
      return UNKNOWN;
  }
}

/**
 * A template is a string, except that one made of a single interpolation yields that value as is
 * (HCL's "interpolation unwrapping"): `"${true}"` is the bool true.
 */
export function evaluateTemplate(parts: TemplatePart[], scope: Scope, unwrap: boolean): HclValue {
  const only = parts[0];
  if (unwrap && parts.length === 1 && only?.kind === 'templateInterpolation') return evaluateIn(only.expression, scope);
  let result = '';
  for (const part of parts) {
    const value = evaluatePart(part, scope);
    if (value === undefined) return UNKNOWN;
    result += value;
  }
  return stringValue(result);
}

function evaluatePart(part: TemplatePart, scope: Scope): string | undefined {
  switch (part.kind) {
    case 'templateLiteral':
      return part.value;
    case 'templateInterpolation':
      return toStringValue(evaluateIn(part.expression, scope));
    case 'templateIf': {
      const condition = toBool(evaluateIn(part.condition, scope));
      if (condition === undefined) return undefined;
      const chosen = evaluateTemplate(condition ? part.then : (part.else ?? []), scope, false);
      return chosen.type === 'string' ? chosen.value : undefined;
    }
    case 'templateFor': {
      const collection = evaluateIn(part.collection, scope);
      const entries = iterate(collection);
      if (entries === undefined) return undefined;
      let text = '';
      for (const [key, value] of entries) {
        const locals = new Map<string, HclValue>([[part.valueVariable.name, value]]);
        if (part.keyVariable !== undefined) locals.set(part.keyVariable.name, key);
        const body = evaluateTemplate(
          part.body,
          { context: scope.context, locals, splatItem: undefined, parent: scope },
          false,
        );
        if (body.type !== 'string') return undefined;
        text += body.value;
      }
      return text;
    }
  }
}

/** (key, value) pairs in HCL's order: tuples by index, objects by sorted key. */
export function iterate(collection: HclValue): [HclValue, HclValue][] | undefined {
  if (collection.type === 'tuple') return collection.items.map((item, i) => [{ type: 'number', value: i }, item]);
  if (collection.type === 'object') {
    return [...collection.attributes.keys()]
      .sort(compareKeys)
      .map((key) => [stringValue(key), collection.attributes.get(key)!]);
  }
  return undefined;
}

/** Go sorts strings by bytes; UTF-16 order agrees except across surrogate pairs, which is fine here. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lookup(name: string, scope: Scope): HclValue {
  for (let s: Scope | undefined = scope; s !== undefined; s = s.parent) {
    const local = s.locals?.get(name);
    if (local !== undefined) return local;
  }
  return scope.context.variables?.get(name) ?? UNKNOWN;
}

function findSplatItem(scope: Scope): HclValue {
  for (let s: Scope | undefined = scope; s !== undefined; s = s.parent)
    if (s.splatItem !== undefined) return s.splatItem;
  return UNKNOWN;
}

function applySteps(value: HclValue, steps: TraversalStep[]): HclValue {
  let current = value;
  for (const step of steps) current = step.kind === 'attribute' ? index(current, step.name) : index(current, step.key);
  return current;
}

function index(collection: HclValue, key: string | number | undefined): HclValue {
  if (key === undefined) return UNKNOWN;
  if (collection.type === 'tuple') {
    const i = typeof key === 'number' ? key : Number(key);
    return Number.isInteger(i) && i >= 0 ? (collection.items[i] ?? UNKNOWN) : UNKNOWN;
  }
  if (collection.type === 'object') return collection.attributes.get(String(key)) ?? UNKNOWN;
  return UNKNOWN;
}

/** A splat maps over a tuple; a single value counts as a one-item tuple, and null as none. */
function evaluateSplat(source: HclValue, each: Expression, scope: Scope): HclValue {
  if (source.type === 'unknown') return UNKNOWN;
  if (source.type === 'null') return { type: 'tuple', items: [] };
  const items = source.type === 'tuple' ? source.items : [source];
  const results = items.map((item) =>
    evaluateIn(each, { context: scope.context, locals: undefined, splatItem: item, parent: scope }),
  );
  return results.some((r) => r.type === 'unknown') ? UNKNOWN : { type: 'tuple', items: results };
}

function callFunction(name: string, args: Expression[], expandFinal: boolean, scope: Scope): HclValue {
  const hook = scope.context.callFunction;
  if (hook === undefined) return UNKNOWN;
  const values = args.map((arg) => evaluateIn(arg, scope));
  if (expandFinal) {
    const last = values.pop();
    if (last?.type !== 'tuple') return UNKNOWN;
    values.push(...last.items);
  }
  return hook(name, values) ?? UNKNOWN;
}

function evaluateObject(expression: ObjectExpression, scope: Scope): HclValue {
  const attributes = new Map<string, HclValue>();
  for (const item of expression.items) {
    let key: string | undefined = item.key.name;
    if (key === undefined) {
      // A bare `a.b` key is ambiguous to HCL (a reference, or a name with a dot?): an error.
      if (!item.key.parenthesized && item.key.expression.kind === 'scopeTraversal') return UNKNOWN;
      key = toStringValue(evaluateIn(item.key.expression, scope));
    }
    const value = evaluateIn(item.value, scope);
    if (key === undefined || value.type === 'unknown') return UNKNOWN;
    attributes.set(key, value);
  }
  return { type: 'object', attributes };
}
