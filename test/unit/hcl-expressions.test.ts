/**
 * Every expression form of HCL's native syntax, with HCL's precedence, and the positions of the
 * pieces a language server points at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Expression } from '../../server/src/service/parsing/hcl/ast';
import { parseHcl, parseHclExpression } from '../../server/src/service/parsing/hcl/index';
import { sexpr } from './hcl-support';

/** The expression of `x = <source>`, which must parse without a diagnostic. */
function expr(source: string): Expression {
  const parsed = parseHcl(`x = ${source}\n`);
  assert.deepEqual(
    parsed.diagnostics.map((d) => d.summary),
    [],
  );
  const item = parsed.body.items[0];
  assert.equal(item?.kind, 'attribute');
  return item.expression;
}

const forms: [string, string][] = [
  // literals
  ['5', '5'],
  ['3.25', '3.25'],
  ['1e10', '1e10'],
  ['1.5E-3', '1.5E-3'],
  ['true', 'true'],
  ['false', 'false'],
  ['null', 'null'],
  // variables and traversals
  ['var.region', 'var.region'],
  ['data.amazon-ami.ubuntu.id', 'data.amazon-ami.ubuntu.id'],
  ['source.amazon-ebs.example', 'source.amazon-ebs.example'],
  ['local.x[0]', 'local.x[0]'],
  ['local.m["key"].y', 'local.m["key"].y'],
  ['local.list.0.name', 'local.list.0.name'],
  ['local.m[var.k]', '(index local.m var.k)'],
  ['local.m[var.k].z', '(rel (index local.m var.k) .z)'],
  ['f(1)[2].c', '(rel (call f 1) [2].c)'],
  ['(a).b', '(rel (paren a) .b)'],
  // splats
  ['var.list.*.id', '(splat-attribute var.list (rel * .id))'],
  ['var.list.*.a.0', '(splat-attribute var.list (rel * .a.0))'],
  ['var.list[*].id', '(splat-full var.list (rel * .id))'],
  ['var.list[*].tags["Name"]', '(splat-full var.list (rel * .tags["Name"]))'],
  ['var.list[*]', '(splat-full var.list *)'],
  // function calls
  ['timestamp()', '(call timestamp)'],
  ['join(",", var.list)', '(call join (str ",") var.list)'],
  ['max(var.numbers...)', '(call max var.numbers ...)'],
  ['f(1, 2,)', '(call f 1 2)'],
  ['f(\n  1,\n  2\n)', '(call f 1 2)'],
  ['provider::aws::arn_parse(x)', '(call provider::aws::arn_parse x)'],
  // collections
  ['[]', '[]'],
  ['[1, 2, 3]', '[1 2 3]'],
  ['[\n  1,\n  2,\n]', '[1 2]'],
  ['{}', '{}'],
  ['{ a = 1, b: 2 }', '{a=1 b=2}'],
  ['{\n  a = 1\n  "b c" = 2\n}', '{a=1 b c=2}'],
  ['{ (var.k) = 1 }', '{(paren var.k)=1}'],
  ['{ a = { b = [1] } }', '{a={b=[1]}}'],
  // for expressions
  ['[for s in var.list : upper(s)]', '(for-tuple s in var.list: (call upper s))'],
  ['[for i, s in var.list : s if i > 0]', '(for-tuple i,s in var.list: s if (> i 0))'],
  ['{for k, v in var.map : k => v}', '(for-object k,v in var.map: k => v)'],
  ['{for v in var.list : v.key => v...}', '(for-object v in var.list: v.key => v...)'],
  ['[\n  for s in var.list :\n  s\n]', '(for-tuple s in var.list: s)'],
  // operators
  ['!a', '(! a)'],
  ['-a', '(- a)'],
  ['-a.b', '(- a.b)'],
  ['- - 1', '(- (- 1))'],
  ['a * b / c % d', '(% (/ (* a b) c) d)'],
  ['a + b - c', '(- (+ a b) c)'],
  ['a + b * c', '(+ a (* b c))'],
  ['-1 + 2', '(+ (- 1) 2)'],
  ['a < b == c > d', '(== (< a b) (> c d))'],
  ['a <= b != c >= d', '(!= (<= a b) (>= c d))'],
  ['a && b || c && d', '(|| (&& a b) (&& c d))'],
  ['!a && b', '(&& (! a) b)'],
  ['a == b && c != d', '(&& (== a b) (!= c d))'],
  ['a || b ? c : d', '(? (|| a b) c d)'],
  ['a ? b : c ? d : e', '(? a b (? c d e))'],
  ['a ? b ? c : d : e', '(? a (? b c d) e)'],
  ['(a + b) * c', '(* (paren (+ a b)) c)'],
  ['(\n  a +\n  b\n)', '(paren (+ a b))'],
];

for (const [source, expected] of forms) {
  test(`expression: ${JSON.stringify(source)}`, () => {
    assert.equal(sexpr(expr(source)), expected);
  });
}

test('expression: a `for` first in brackets is a for expression; in parentheses it is a name', () => {
  assert.equal(sexpr(expr('[(for), 1]')), '[(paren for) 1]');
});

test('expression: a newline ends an argument value outside brackets', () => {
  const parsed = parseHcl('x = a\n+ b\n');
  assert.equal(parsed.diagnostics[0]?.code, 'argument-or-block-expected');
});

test('positions: a traversal keeps its root and each step', () => {
  const source = 'data.amazon-ami.ubuntu.id';
  const node = expr(source);
  assert.equal(node.kind, 'scopeTraversal');
  const at = (s: string, from = 0): { start: number; end: number } => {
    const start = `x = ${source}`.indexOf(s, from);
    return { start, end: start + s.length };
  };
  assert.equal(node.root, 'data');
  assert.deepEqual(node.rootRange, at('data'));
  assert.deepEqual(node.range, at(source));
  assert.deepEqual(
    node.steps.map((s) => (s.kind === 'attribute' ? [s.name, s.nameRange, s.range] : undefined)),
    [
      ['amazon-ami', at('amazon-ami'), at('.amazon-ami')],
      ['ubuntu', at('ubuntu'), at('.ubuntu')],
      ['id', at('id', 20), at('.id')],
    ],
  );
});

test('positions: index steps, legacy and bracketed', () => {
  const node = expr('local.x[0]["k"].1');
  assert.equal(node.kind, 'scopeTraversal');
  assert.deepEqual(
    node.steps.map((s) => (s.kind === 'index' ? [s.key, s.legacy, s.range, s.keyRange] : [s.name])),
    [
      ['x'],
      [0, false, { start: 11, end: 14 }, { start: 12, end: 13 }],
      ['k', false, { start: 14, end: 19 }, { start: 15, end: 18 }],
      [1, true, { start: 19, end: 21 }, { start: 20, end: 21 }],
    ],
  );
});

test('positions: operators, calls, collections', () => {
  const binary = expr('a + b');
  assert.equal(binary.kind, 'binary');
  assert.deepEqual(binary.operatorRange, { start: 6, end: 7 });
  assert.deepEqual(binary.range, { start: 4, end: 9 });
  const call = expr('f(a, b)');
  assert.equal(call.kind, 'functionCall');
  assert.deepEqual(
    [call.nameRange, call.openParenRange, call.closeParenRange, call.range],
    [
      { start: 4, end: 5 },
      { start: 5, end: 6 },
      { start: 10, end: 11 },
      { start: 4, end: 11 },
    ],
  );
  const object = expr('{ Name = "x" }');
  assert.equal(object.kind, 'object');
  const item = object.items[0]!;
  assert.deepEqual(
    [item.key.name, item.key.range, item.value.range, item.range],
    ['Name', { start: 6, end: 10 }, { start: 13, end: 16 }, { start: 6, end: 16 }],
  );
});

test('object keys: bare names and keywords are literal names; parentheses make them computed', () => {
  const object = expr('{ a = 1, true = 2, "q r" = 3, (k) = 4, 5 = 6 }');
  assert.equal(object.kind, 'object');
  assert.deepEqual(
    object.items.map((i) => [i.key.name, i.key.parenthesized]),
    [
      ['a', false],
      ['true', false],
      ['q r', false],
      [undefined, true],
      ['5', false],
    ],
  );
});

test('numbers keep their digits', () => {
  const node = expr('3.14159265358979323846264338327950288419716939937510582097494459');
  assert.equal(node.kind, 'number');
  assert.equal(node.raw, '3.14159265358979323846264338327950288419716939937510582097494459');
  assert.equal(node.value, Math.PI);
});

test('`1.2.3` is no number', () => {
  const parsed = parseHcl('x = 1.2.3\n');
  assert.deepEqual(
    parsed.diagnostics.map((d) => [d.code, d.summary]),
    [['invalid-number', 'Invalid number literal']],
  );
});

test('legacy index chains are refused as HCL does', () => {
  const parsed = parseHcl('x = a.0.1\n');
  assert.deepEqual(
    parsed.diagnostics.map((d) => [d.summary, d.detail.includes('[0][1]')]),
    [['Invalid legacy index syntax', true]],
  );
});

test("`for` expressions: HCL's shape checks", () => {
  const errors = (source: string): string[] =>
    parseHcl(`x = ${source}\n`).diagnostics.map((d) => d.detail.replace(/^.*\. /, ''));
  assert.equal(errors('[for k, v in m : k => v]').length, 1);
  assert.equal(errors('{for v in m : v}').length, 1);
  assert.equal(errors('[for v in m : v...]').length, 1);
  assert.equal(errors('[for v m : v]').length, 1);
});

test('parseHclExpression reads one expression, newlines and all', () => {
  const { expression, diagnostics } = parseHclExpression('[\n  1,\n  var.x\n]');
  assert.deepEqual(diagnostics, []);
  assert.equal(sexpr(expression), '[1 var.x]');
  assert.equal(parseHclExpression('1 2').diagnostics.length, 1);
});

test('every node lies within its parent, and children do not overlap', () => {
  const text = 'x = [for k, v in var.m : "${k}=${v}" if v != null][0] + f(a.b[*].c, { q = -1 })\n';
  const parsed = parseHcl(text);
  assert.deepEqual(parsed.diagnostics, []);
  const check = (node: Expression, within: { start: number; end: number }): void => {
    assert.ok(
      node.range.start >= within.start && node.range.end <= within.end,
      `${node.kind} ${JSON.stringify(node.range)} in ${JSON.stringify(within)}`,
    );
  };
  const walk = (node: Expression): void => {
    const children: Expression[] = [];
    switch (node.kind) {
      case 'binary':
        children.push(node.left, node.right);
        break;
      case 'relativeTraversal':
        children.push(node.source);
        break;
      case 'for':
        children.push(node.collection, node.valueExpression, ...(node.condition === undefined ? [] : [node.condition]));
        break;
      case 'functionCall':
        children.push(...node.args);
        break;
      case 'object':
        for (const item of node.items) children.push(item.key.expression, item.value);
        break;
      case 'splat':
        children.push(node.source);
        break;
      case 'unary':
        children.push(node.operand);
        break;
      default:
        break;
    }
    for (const child of children) {
      check(child, node.range);
      walk(child);
    }
  };
  const item = parsed.body.items[0]!;
  assert.equal(item.kind, 'attribute');
  walk(item.expression);
});
