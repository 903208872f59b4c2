/**
 * Templates: quoted strings with escapes and `${ }`, heredocs (`<<EOT`, `<<-EOT`), strip markers,
 * `%{ if }` and `%{ for }` directives, and bare templates; parts keep their positions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Expression, TemplateExpression } from '../../server/src/service/parsing/hcl/ast';
import {
  evaluate,
  parseHcl,
  parseHclTemplate,
  templateDelimiters,
  toPlain,
} from '../../server/src/service/parsing/hcl/index';
import { sexpr } from './hcl-support';

function value(text: string): Expression {
  const parsed = parseHcl(text);
  assert.deepEqual(
    parsed.diagnostics.map((d) => `${d.summary}: ${d.detail}`),
    [],
  );
  const item = parsed.body.items[0];
  assert.equal(item?.kind, 'attribute');
  return item.expression;
}

const templates: [string, string][] = [
  ['x = ""', '(str "")'],
  ['x = "plain"', '(str "plain")'],
  ['x = "a\\nb\\tc\\"d\\\\e"', '(str "a\\nb\\tc\\"d\\\\e")'],
  ['x = "\\u00e9\\U0001F600"', '(str "é😀")'],
  ['x = "$${not} %%{not}"', '(str "${not} %{not}")'],
  ['x = "cost: $5 and 100%"', '(str "cost: $5 and 100%")'],
  ['x = "a-${var.b}-c"', '(str "a-" ${var.b} "-c")'],
  ['x = "${var.b}"', '(str ${var.b})'],
  ['x = "${lookup(var.m, "k", "d")}"', '(str ${(call lookup var.m (str "k") (str "d"))})'],
  ['x = "${ { a = "}" }.a }"', '(str ${(rel {a=(str "}")} .a)})'],
  ['x = "a ${~ b ~} c"', '(str "a" ${~b~} "c")'],
  ['x = "%{ if a }yes%{ endif }"', '(str (if a "yes"))'],
  ['x = "%{ if a }yes%{ else }no%{ endif }"', '(str (if a "yes" else "no"))'],
  ['x = "%{ for i, v in xs }${i}=${v},%{ endfor }"', '(str (for i,v in xs ${i} "=" ${v} ","))'],
  ['x = "%{ for v in xs ~} ${v} %{~ endfor }"', '(str (for v in xs "" ${v} ""))'],
  ['x = "%{ if a }%{ for v in xs }${v}%{ endfor }%{ endif }"', '(str (if a (for v in xs ${v})))'],
  ['x = "años"', '(str "años")'],
  ['x = <<EOT\nhello\n  ${name}\nEOT', '(heredoc "hello\\n  " ${name} "\\n")'],
  ['x = <<EOT\nEOT', '(heredoc "")'],
  ['x = <<-EOT\n    a\n      b\n    EOT', '(heredoc "a\\n  b\\n")'],
  ['x = <<-EOT\n    a\n\n    b\n  EOT', '(heredoc "a\\n\\nb\\n")'],
  ['x = <<-EOT\n  ${a}\n    b\n  EOT', '(heredoc "" ${a} "\\n  b\\n")'],
  ['x = <<-EOT\n${a}\n    b\n  EOT', '(heredoc ${a} "\\n    b\\n")'],
  ['x = <<EOT\n  NOT EOT\n  EOT', '(heredoc "  NOT EOT\\n")'],
  ['x = <<EOT\n\\n stays\nEOT', '(heredoc "\\\\n stays\\n")'],
  ['x = <<EOT\r\nwindows\r\nEOT\r\n', '(heredoc "windows\\r\\n")'],
  ['x = f(<<EOT\nin a call\nEOT\n)', '(call f (heredoc "in a call\\n"))'],
  ['x = "${<<EOT\ninner\nEOT\n}"', '(str ${(heredoc "inner\\n")})'],
];

for (const [source, expected] of templates) {
  test(`template: ${JSON.stringify(source)}`, () => {
    assert.equal(sexpr(value(source + '\n')), expected);
  });
}

test('a heredoc ends its attribute at the newline after the marker', () => {
  const parsed = parseHcl('a = <<EOT\nx\nEOT\nb = 2\n');
  assert.deepEqual(parsed.diagnostics, []);
  assert.equal(parsed.body.items.length, 2);
});

test('template parts keep their source positions', () => {
  const text = 'x = "ab${c}d"\n';
  const node = value(text) as TemplateExpression;
  assert.deepEqual(
    node.parts.map((p) => [p.kind, text.slice(p.range.start, p.range.end)]),
    [
      ['templateLiteral', 'ab'],
      ['templateInterpolation', '${c}'],
      ['templateLiteral', 'd'],
    ],
  );
  assert.deepEqual(node.range, { start: 4, end: 13 });
  assert.equal(node.terminated, true);
  assert.deepEqual(templateDelimiters(node), { open: { start: 4, end: 5 }, close: { start: 12, end: 13 } });
});

test('heredoc delimiters and marker', () => {
  const text = 'x = <<-END\n  a\n  END\n';
  const node = value(text) as TemplateExpression;
  assert.deepEqual(node.heredoc, { marker: 'END', flush: true });
  const delimiters = templateDelimiters(node);
  assert.ok(delimiters !== undefined);
  assert.equal(text.slice(delimiters.open.start, delimiters.open.end), '<<-END');
  assert.equal(text.slice(delimiters.close.start, delimiters.close.end), 'END');
});

test('interpolation unwrapping: a lone interpolation keeps its type, anything more is a string', () => {
  const evaluated = (source: string): unknown => toPlain(evaluate(value(`x = ${source}\n`)));
  assert.equal(evaluated('"${true}"'), true);
  assert.equal(evaluated('"${"${true}"}"'), true);
  assert.equal(evaluated('"hello ${true}"'), 'hello true');
  assert.equal(evaluated('"${""}${true}"'), 'true');
  assert.equal(evaluated('"%{ for v in [true] }${v}%{ endfor }"'), 'true');
});

test("strip markers, per HCL's specification", () => {
  const evaluated = (source: string): unknown => toPlain(evaluate(value(`x = ${source}\n`)));
  assert.equal(evaluated('"hello ${~ "world" }"'), 'helloworld');
  assert.equal(evaluated('"%{ if true ~} hello %{~ endif }"'), 'hello');
  assert.equal(evaluated('"${"hello" ~}${" world"}"'), 'hello world');
});

test('directive mistakes are reported once each', () => {
  const summaries = (source: string): string[] => parseHcl(`x = ${source}\n`).diagnostics.map((d) => d.summary);
  assert.deepEqual(summaries('"%{ if a }x"'), ['Unexpected end of template']);
  assert.deepEqual(summaries('"%{ endif }"'), ['Unexpected endif directive']);
  assert.deepEqual(summaries('"%{ for v in xs }x%{ endif }"'), ['Unexpected endif directive']);
  assert.deepEqual(summaries('"%{ iff a }x%{ endif }"'), ['Invalid template control keyword']);
  assert.deepEqual(summaries('"${a b}"'), ['Extra characters after interpolation expression']);
});

test('block labels are plain strings', () => {
  const parsed = parseHcl('source "a-${x}" "b" {\n}\n');
  assert.deepEqual(
    parsed.diagnostics.map((d) => d.summary),
    ['Invalid string literal'],
  );
});

test('bare templates (the strings of a .pkr.json file)', () => {
  const { template, diagnostics } = parseHclTemplate('ami-${var.x}\n%{ if y }z%{ endif }');
  assert.deepEqual(diagnostics, []);
  assert.equal(sexpr(template), '(str "ami-" ${var.x} "\\n" (if y "z"))');
  assert.equal(
    sexpr(parseHclTemplate('no interpolation, 100% and $5').template),
    '(str "no interpolation, 100% and $5")',
  );
});
