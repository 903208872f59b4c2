/**
 * The structural language: bodies, attributes, blocks with quoted and bare labels, one-line
 * blocks, comments; and the positions the model layer relies on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl, references, forEachBodyExpression, LineIndex } from '../../server/src/service/parsing/hcl/index';
import { bodySexpr } from './hcl-support';

function clean(text: string): ReturnType<typeof parseHcl> {
  const parsed = parseHcl(text);
  assert.deepEqual(
    parsed.diagnostics.map((d) => d.summary),
    [],
  );
  return parsed;
}

const bodies: [string, string][] = [
  ['', ''],
  ['\n\n', ''],
  ['a = 1', 'a=1'],
  ['a = 1\nb = "x"\n', 'a=1; b=(str "x")'],
  ['source "amazon-ebs" "example" {\n  a = 1\n}\n', 'source "amazon-ebs" "example" {a=1}'],
  ['source amazon-ebs example {\n}\n', 'source amazon-ebs example {}'],
  [
    'build {\n  provisioner "shell" {\n    inline = ["x"]\n  }\n}\n',
    'build {provisioner "shell" {inline=[(str "x")]}}',
  ],
  ['a {}\n', 'a {}'],
  ['a { b = "foo" }\n', 'a {b=(str "foo")}'],
  ['a {\n\n}\n', 'a {}'],
  ['locals {\n  x = { a = 1 }\n}', 'locals {x={a=1}}'],
  ['# only a comment', ''],
  ['// only a comment', ''],
  ['/*\n  only a comment\n*/', ''],
  ['a = 1 # trailing\nb = 2 // trailing\nc = /* inline */ 3\n', 'a=1; b=2; c=3'],
  ['a {\n  # comment before the brace\n}\n', 'a {}'],
  ['\ufeffa = 1\n', 'a=1'],
  ['a = 1\r\nb {\r\n  c = 2\r\n}\r\n', 'a=1; b {c=2}'],
  ['a {\n\tb = 1\n}\n', 'a {b=1}'],
  ['ĉapelo = 1\n', 'ĉapelo=1'],
  ['a-b_c = 1\n', 'a-b_c=1'],
];

for (const [text, expected] of bodies) {
  test(`body: ${JSON.stringify(text)}`, () => {
    assert.equal(bodySexpr(clean(text).body), expected);
  });
}

test('block positions: type, labels, braces, range', () => {
  const text = 'source "amazon-ebs" x {\n  a = 1\n}\n';
  const block = clean(text).body.items[0];
  assert.equal(block?.kind, 'block');
  const slice = (r: { start: number; end: number }): string => text.slice(r.start, r.end);
  assert.equal(slice(block.typeRange), 'source');
  assert.deepEqual(
    block.labels.map((l) => [l.value, slice(l.range), l.quoted]),
    [
      ['amazon-ebs', '"amazon-ebs"', true],
      ['x', 'x', false],
    ],
  );
  assert.equal(slice(block.openBraceRange), '{');
  assert.equal(block.closeBraceRange === undefined ? undefined : slice(block.closeBraceRange), '}');
  assert.equal(slice(block.range), text.trimEnd());
  assert.equal(slice(block.body.range), '{\n  a = 1\n}');
  const attribute = block.body.items[0];
  assert.equal(attribute?.kind, 'attribute');
  assert.equal(slice(attribute.nameRange), 'a');
  assert.equal(slice(attribute.range), 'a = 1');
});

test('an unclosed block has no closing brace range', () => {
  const block = parseHcl('a {\n  b = 1\n').body.items[0];
  assert.equal(block?.kind, 'block');
  assert.equal(block.closeBraceRange, undefined);
});

test('comments are collected', () => {
  const text = '# one\na = 1 // two\n/* three */\n';
  assert.deepEqual(
    clean(text).comments.map((c) => text.slice(c.start, c.end)),
    ['# one', '// two', '/* three */'],
  );
});

test('references: every variable an expression uses, with its range, minus for-expression names', () => {
  const text = 'x = [for s in var.list : "${s}-${local.suffix}" if data.a.b.ok]\ny = source.amazon-ebs.example\n';
  const found: string[] = [];
  forEachBodyExpression(clean(text).body, (expression) => {
    for (const traversal of references(expression)) found.push(text.slice(traversal.range.start, traversal.range.end));
  });
  assert.deepEqual(found, ['var.list', 'local.suffix', 'data.a.b.ok', 'source.amazon-ebs.example']);
});

test('line index: editor positions and HCL positions', () => {
  const text = 'ab\ncdé\n😀x\n';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.positionAt(4), { line: 1, character: 1 });
  assert.equal(lines.offsetAt({ line: 1, character: 1 }), 4);
  assert.equal(lines.offsetAt({ line: 9, character: 0 }), text.length);
  // HCL counts columns in characters and offsets in UTF-8 bytes.
  assert.deepEqual(lines.hclPosition(text.indexOf('x')), { line: 3, column: 2, byte: 12 });
  assert.deepEqual(lines.hclPosition(0), { line: 1, column: 1, byte: 0 });
});

test('the parser never throws, whatever the text', () => {
  const pieces = [
    'a',
    '=',
    '{',
    '}',
    '[',
    ']',
    '(',
    ')',
    '"',
    "'",
    '“',
    '${',
    '%{',
    '~}',
    '<<EOT\n',
    'EOT',
    '\n',
    ' ',
    ',',
    '.',
    '*',
    '...',
    'for',
    'in',
    ':',
    '?',
    '#',
    '/*',
    '\\',
    '$',
    '-',
    '=>',
    'if',
    '1',
    '\u2212',
    '\u00a0',
  ];
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < 2000; i++) {
    let text = '';
    for (let j = random(40); j > 0; j--) text += pieces[random(pieces.length)];
    const parsed = parseHcl(text);
    for (const d of parsed.diagnostics)
      assert.ok(d.range.start >= 0 && d.range.end <= text.length && d.range.start <= d.range.end, JSON.stringify(text));
  }
});

test('nesting past 256 levels gives one diagnostic, not a stack overflow', () => {
  for (const text of [
    'x = ' + '['.repeat(5000) + ']'.repeat(5000),
    'a {\n'.repeat(5000) + '}\n'.repeat(5000),
    'x = ' + '"${'.repeat(5000) + '1' + '}"'.repeat(5000),
  ]) {
    assert.deepEqual(
      parseHcl(text).diagnostics.map((d) => d.summary),
      ['Nesting too deep'],
    );
  }
  assert.deepEqual(parseHcl('x = ' + '-'.repeat(100000) + '1').diagnostics, []);
});
