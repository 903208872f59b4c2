/**
 * Constant evaluation: what a value is when it needs no variable or function, and `unknown`
 * otherwise, with HCL's (cty's) arithmetic, conversions and equality.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, parseHclExpression, toPlain, type HclValue } from '../../server/src/service/parsing/hcl/index';

function run(source: string, variables?: Record<string, HclValue>): HclValue {
  const { expression, diagnostics } = parseHclExpression(source);
  assert.deepEqual(diagnostics, []);
  return evaluate(expression, variables === undefined ? {} : { variables: new Map(Object.entries(variables)) });
}

const plain = (source: string): unknown => toPlain(run(source));

const constants: [string, unknown][] = [
  ['5', 5],
  ['"text"', 'text'],
  ['true', true],
  ['null', null],
  ['[1, "a", false]', [1, 'a', false]],
  ['{ a = 1, "b" = [2] }', { a: 1, b: [2] }],
  ['2 + 3.5', 5.5],
  ['3.5 - 2', 1.5],
  ['2 * 4.5', 9],
  ['1 / 10', 0.1],
  ['11 % 5', 1],
  ['11 % 5.1', 0.8],
  ['-7 % 3', -1],
  ['-(2 + 3)', -5],
  ['"2" + 1', 3],
  ['1 < 2', true],
  ['2 <= 1', false],
  ['"a" == "a"', true],
  ['"1" == 1', false],
  ['[1, 2] == [1, 2]', true],
  ['{ a = 1 } != { a = 2 }', true],
  ['true && false', false],
  ['false || "true"', true],
  ['!false', true],
  ['true ? "a" : "b"', 'a'],
  ['false ? 1 : "b"', 'b'],
  ['true ? 1 : "b"', '1'],
  ['"a-${1 + 1}-${true}"', 'a-2-true'],
  ['"%{ if 1 > 0 }yes%{ else }no%{ endif }"', 'yes'],
  ['"%{ for i, v in ["a", "b"] }${i}${v}%{ endfor }"', '0a1b'],
  ['<<-EOT\n    a ${1 + 1}\n    EOT', 'a 2\n'],
  ['[for v in [1, 2, 3] : v * 2 if v != 2]', [2, 6]],
  ['{ for k, v in { b = 1, a = 2 } : v => k }', { '2': 'a', '1': 'b' }],
  ['{ for v in ["a", "b", "a"] : v => v... }', { a: ['a', 'a'], b: ['b'] }],
  ['[{ id = 1 }, { id = 2 }].*.id', [1, 2]],
  ['[{ id = [1] }, { id = [2] }][*].id[0]', [1, 2]],
  ['{ id = 1 }[*].id', [1]],
  ['null[*]', []],
  ['[10, 20][1]', 20],
  ['{ a = { b = "c" } }.a.b', 'c'],
  ['{ a = 1 }["a"]', 1],
  ['(1 + 2) * 3', 9],
];

for (const [source, expected] of constants) {
  test(`evaluate: ${JSON.stringify(source)}`, () => {
    assert.deepEqual(plain(source), expected);
  });
}

test('evaluate: big numbers keep their digits', () => {
  const sum = run('3.14159265358979323846264338327950288419716939937510582097494459 + 1');
  assert.equal(sum.type, 'number');
  assert.equal(sum.text, '4.14159265358979323846264338327950288419716939937510582097494459');
  assert.equal(sum.value, 4.141592653589793);
  const small = run('0.1 + 0.2');
  assert.deepEqual(small, { type: 'number', value: 0.3 });
});

test('evaluate: what needs variables or functions is unknown', () => {
  for (const source of [
    'var.region',
    'timestamp()',
    '"ami-${var.x}"',
    '[var.a, 1]',
    '{ a = local.b }',
    'var.x ? 1 : 2',
    '1 + var.n',
    '"a${null}"',
    '1 + "a"',
    '1 / 0',
    '[for v in var.l : v]',
    '{ (var.k) = 1 }',
  ]) {
    assert.equal(run(source).type, 'unknown', source);
  }
});

test('evaluate: with variables and functions supplied', () => {
  const variables = { var: run('{ region = "eu-west-1", sizes = [10, 20] }') };
  assert.equal(toPlain(run('"${var.region}-${var.sizes[1]}"', variables)), 'eu-west-1-20');
  const { expression } = parseHclExpression('upper(var.region)');
  const upper = evaluate(expression, {
    variables: new Map(Object.entries(variables)),
    callFunction: (name, args) =>
      name === 'upper' && args[0]?.type === 'string'
        ? { type: 'string', value: args[0].value.toUpperCase() }
        : undefined,
  });
  assert.equal(toPlain(upper), 'EU-WEST-1');
});

test("evaluate: a for expression's names shadow variables", () => {
  assert.deepEqual(toPlain(run('[for var in [1] : var]', { var: run('"outer"') })), [1]);
});

test('evaluate: an object with a key made twice by `for` is an error, so unknown', () => {
  assert.equal(run('{ for v in ["a", "a"] : v => 1 }').type, 'unknown');
});

test('evaluate: strings are NFC-normalized, as cty does', () => {
  assert.equal(toPlain(run('"an\u0303o"')), 'a\u00f1o');
});
