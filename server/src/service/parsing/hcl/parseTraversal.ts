/**
 * Postfix operators on a term: `.name`, the legacy `.0`, `[key]`, and the splats `.*` and `[*]`.
 * Constant steps extend a traversal (so `data.amazon-ami.ubuntu.id` is one ScopeTraversal with three
 * steps); a computed key makes an IndexExpression, and steps after it a RelativeTraversal.
 */
import type { Expression, IndexStep, SplatItem, TraversalStep } from './ast';
import {
  AttributeStepNode,
  IndexStepNode,
  InvalidNode,
  RelativeTraversalNode,
  ScopeTraversalNode,
  SplatItemNode,
} from './nodes';
import { parseExpression } from './parseExpression';
import type { Parser } from './parserState';
import { fit } from './tokenQueries';
import * as msg from './syntaxMessages';
import { T } from './tokens';

export function parseTraversals(p: Parser, from: Expression): Expression {
  const result = traversals(p, from);
  if (result.kind === 'scopeTraversal' || result.kind === 'relativeTraversal') result.steps = fit(result.steps);
  return result;
}

function traversals(p: Parser, from: Expression): Expression {
  let result = from;
  for (;;) {
    if (p.recovering) return result;
    const i = p.peek();
    const kind = p.kinds[i];
    if (kind === T.DOT) {
      p.index = i + 1;
      result = afterDot(p, result, i);
    } else if (kind === T.OBRACK) {
      p.index = i + 1;
      result = afterBracket(p, result, i);
    } else return result;
  }
}

/** Appends a step to a traversal, or starts a relative traversal on any other expression. */
function addStep(target: Expression, step: TraversalStep): Expression {
  // Traversals here are the parser's own nodes, whose offsets can grow.
  if (target instanceof ScopeTraversalNode || target instanceof RelativeTraversalNode) {
    target.steps.push(step);
    target.end = step.range.end;
    return target;
  }
  return new RelativeTraversalNode(target, [step], target.range.start, step.range.end);
}

function afterDot(p: Parser, target: Expression, dot: number): Expression {
  const t = p.peek();
  const kind = p.kinds[t];
  if (kind === T.IDENT) {
    p.index = t + 1;
    return addStep(target, new AttributeStepNode(p.identName(t), p.starts[t]!, p.starts[dot]!, p.ends[t]!));
  }
  if (kind === T.NUMBER) {
    p.index = t + 1;
    const step = legacyIndex(p, dot, t, false);
    if (step !== undefined) return addStep(target, step);
    return {
      kind: 'index',
      collection: target,
      key: new InvalidNode(p.starts[t]!, p.ends[t]!),
      bracketRange: p.range(t),
      range: { start: target.range.start, end: p.ends[t]! },
    };
  }
  if (kind === T.STAR) {
    p.index = t + 1;
    return attributeSplat(p, target, dot, t);
  }
  const at = kind === T.NEWLINE || kind === T.EOF ? p.range(dot) : p.range(t);
  p.fail(
    msg.invalidTraversal(
      at,
      'Invalid attribute name',
      'A name should follow this dot (as in var.name). An attribute name is required after a dot.',
    ),
  );
  return target;
}

/** `.0`, inherited from HIL: an index. `.0.1` scans as the number 0.1, which HCL rejects. */
function legacyIndex(p: Parser, dot: number, t: number, inSplat: boolean): IndexStep | undefined {
  const raw = p.tokenText(t);
  const point = raw.indexOf('.');
  if (point >= 0) {
    const [first, second] = [raw.slice(0, point), raw.slice(point + 1)];
    const proper = inSplat
      ? 'the proper index syntax with a full splat expression [*] instead'
      : 'the proper index syntax instead';
    p.report(
      msg.invalidTraversal(
        p.range(t),
        'Invalid legacy index syntax',
        `When using the legacy index syntax, chaining two indexes together is not permitted. Use ${proper}, like [${first}][${second}].`,
      ),
    );
    return undefined;
  }
  return new IndexStepNode(Number(raw), p.range(t), true, p.starts[dot]!, p.ends[t]!);
}

/** `source.*.a.b`: only attribute (and legacy index) steps follow the star. */
function attributeSplat(p: Parser, source: Expression, dot: number, star: number): Expression {
  const item: SplatItem = new SplatItemNode(p.starts[dot]!, p.ends[star]!);
  const steps: TraversalStep[] = [];
  while (p.peekKind() === T.DOT) {
    const d = p.next();
    const n = p.peek();
    const kind = p.kinds[n];
    if (kind === T.IDENT) {
      p.index = n + 1;
      steps.push(new AttributeStepNode(p.identName(n), p.starts[n]!, p.starts[d]!, p.ends[n]!));
    } else if (kind === T.NUMBER) {
      p.index = n + 1;
      const step = legacyIndex(p, d, n, true);
      if (step !== undefined) steps.push(step);
    } else {
      if (kind === T.STAR)
        p.report(
          msg.invalidTraversal(
            p.range(n),
            'Nested splat expression not allowed',
            'A splat expression (*) cannot be used inside another attribute-only splat expression.',
          ),
        );
      else
        p.report(
          msg.invalidTraversal(
            p.range(d),
            'Invalid attribute name',
            'A name should follow this dot. An attribute name is required after a dot.',
          ),
        );
      p.recovering = true;
      break;
    }
  }
  const last = steps[steps.length - 1];
  const each: Expression =
    last === undefined ? item : new RelativeTraversalNode(item, fit(steps), steps[0]!.range.start, last.range.end);
  return {
    kind: 'splat',
    style: 'attribute',
    source,
    each,
    markerRange: item.range,
    range: { start: source.range.start, end: last?.range.end ?? item.range.end },
  };
}

function afterBracket(p: Parser, target: Expression, open: number): Expression {
  if (p.peekKind() === T.STAR) return fullSplat(p, target, open);
  const saved = p.newlines;
  p.newlines = false;
  const key = parseExpression(p);
  let close: number;
  if (p.recovering) close = p.recover(T.CBRACK);
  else {
    close = p.peek();
    if (p.kinds[close] === T.CBRACK) p.index = close + 1;
    else {
      p.fail(
        msg.unclosed(
          p.range(close),
          'Missing close bracket on index',
          'The index operator must end with a closing bracket ("]").',
        ),
      );
      close = p.recover(T.CBRACK);
    }
  }
  p.newlines = saved;
  const end = p.kinds[close] === T.CBRACK ? p.ends[close]! : key.range.end;
  const bracketRange = { start: p.starts[open]!, end };
  const constant = constantKey(key);
  if (constant !== undefined)
    return addStep(target, new IndexStepNode(constant, key.range, false, bracketRange.start, bracketRange.end));
  return { kind: 'index', collection: target, key, bracketRange, range: { start: target.range.start, end } };
}

/** HCL makes a traversal step of a literal key: a number, or a string without interpolation. */
function constantKey(key: Expression): string | number | undefined {
  if (key.kind === 'number' && !Number.isNaN(key.value)) return key.value;
  if (key.kind === 'template' && key.parts.length === 1 && key.parts[0]!.kind === 'templateLiteral')
    return key.parts[0]!.value;
  return undefined;
}

/** `source[*].a[0]`: any traversal steps follow, applied to each element. */
function fullSplat(p: Parser, source: Expression, open: number): Expression {
  p.next(); // the star
  let close = p.peek();
  if (p.kinds[close] === T.CBRACK) p.index = close + 1;
  else {
    p.fail(
      msg.unclosed(
        p.range(close),
        'Missing close bracket on splat index',
        'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
      ),
    );
    close = p.recover(T.CBRACK);
  }
  const item: SplatItem = new SplatItemNode(p.starts[open]!, p.ends[close]!);
  const each = parseTraversals(p, item);
  return {
    kind: 'splat',
    style: 'full',
    source,
    each,
    markerRange: item.range,
    range: { start: source.range.start, end: each.range.end },
  };
}
