/**
 * Each mistake gives one diagnostic, is read as what was meant, and the rest of the file is still
 * parsed. Where the repair is certain the diagnostic carries a fix, and the fixed text parses clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl } from '../../server/src/service/parsing/hcl/index';
import type { HclDiagnosticCode } from '../../server/src/service/parsing/hcl/diagnostics';
import { applyFix, bodySexpr, covered } from './hcl-support';

interface Case {
  name: string;
  text: string;
  code: HclDiagnosticCode;
  /** The text the diagnostic's range covers. */
  at: string;
  /** How the file reads after recovery. */
  reads: string;
  /** The text once the fix is applied; absent when no fix is certain. */
  fixed?: string;
  /** Words the message must contain (HCL's own, and the character named in plain words). */
  says?: string[];
}

const cases: Case[] = [
  {
    name: 'curly quotes around a value',
    text: 'a {\n  ami_name = “my-ami”\n  region = "x"\n}\n',
    code: 'smart-quotes',
    at: '“my-ami”',
    reads: 'a {ami_name=(str "my-ami"); region=(str "x")}',
    fixed: 'a {\n  ami_name = "my-ami"\n  region = "x"\n}\n',
    says: ['Invalid character', 'left curly quote “', 'right curly quote ”', 'straight quote'],
  },
  {
    name: 'a curly opening quote closed by a straight one',
    text: 'ami_name = “my-ami"\nb = 1\n',
    code: 'smart-quotes',
    at: '“my-ami"',
    reads: 'ami_name=(str "my-ami"); b=1',
    fixed: 'ami_name = "my-ami"\nb = 1\n',
  },
  {
    name: 'curly single quotes',
    text: 'a = ‘x’\nb = 1\n',
    code: 'smart-quotes',
    at: '‘x’',
    reads: 'a=(str "x"); b=1',
    fixed: 'a = "x"\nb = 1\n',
  },
  {
    name: 'single quotes',
    text: "a {\n  ssh_username = 'ec2-user'\n  b = 1\n}\n",
    code: 'single-quotes',
    at: "'ec2-user'",
    reads: 'a {ssh_username=(str "ec2-user"); b=1}',
    fixed: 'a {\n  ssh_username = "ec2-user"\n  b = 1\n}\n',
    says: ['Single quotes are not valid. Use double quotes (") to enclose strings.'],
  },
  {
    name: 'a minus sign (U+2212) in an expression',
    text: 'x = 5 \u2212 3\ny = 1\n',
    code: 'lookalike-character',
    at: '\u2212',
    reads: 'x=(- 5 3); y=1',
    fixed: 'x = 5 - 3\ny = 1\n',
    says: ['minus sign (U+2212)', 'This character is not used within the language.'],
  },
  {
    name: 'an en dash (U+2013) inside a name',
    text: 'ami\u2013name = 1\ny = 2\n',
    code: 'lookalike-character',
    at: '\u2013',
    reads: 'ami-name=1; y=2',
    fixed: 'ami-name = 1\ny = 2\n',
    says: ['en dash (U+2013)'],
  },
  {
    name: 'an em dash (U+2014)',
    text: 'x = a \u2014 b\n',
    code: 'lookalike-character',
    at: '\u2014',
    reads: 'x=(- a b)',
    fixed: 'x = a - b\n',
    says: ['em dash (U+2014)'],
  },
  {
    name: 'a no-break space (packer 1.6.6 transcript, h14)',
    text: 'source "null" "x" {\n  communicator\u00a0= "none"\n}\n',
    code: 'lookalike-character',
    at: '\u00a0',
    reads: 'source "null" "x" {communicator=(str "none")}',
    fixed: 'source "null" "x" {\n  communicator = "none"\n}\n',
    says: ['no-break space (U+00A0)'],
  },
  {
    name: 'an indentation of no-break spaces: one diagnostic for the run',
    text: 'a {\n\u00a0\u00a0x = 1\n}\n',
    code: 'lookalike-character',
    at: '\u00a0\u00a0',
    reads: 'a {x=1}',
    fixed: 'a {\n  x = 1\n}\n',
  },
  {
    name: 'a zero-width space',
    text: 'a = 1\u200b\nb = 2\n',
    code: 'lookalike-character',
    at: '\u200b',
    reads: 'a=1; b=2',
    fixed: 'a = 1\nb = 2\n',
    says: ['zero-width space (U+200B)'],
  },
  {
    name: 'a comma after an argument (packer 1.6.6 transcript, h5)',
    text: 'source "a" "b" {\n  region = "us-east-1",\n  source_ami = "ami-123"\n}\n',
    code: 'comma-after-argument',
    at: ',',
    reads: 'source "a" "b" {region=(str "us-east-1"); source_ami=(str "ami-123")}',
    fixed: 'source "a" "b" {\n  region = "us-east-1"\n  source_ami = "ami-123"\n}\n',
    says: ['Unexpected comma after argument', 'Argument definitions must be separated by newlines, not commas.'],
  },
  {
    name: 'two arguments on one line, separated by a comma',
    text: 'a = 1, b = 2\nc = 3\n',
    code: 'comma-after-argument',
    at: ',',
    reads: 'a=1; b=2; c=3',
  },
  {
    name: '"=" between a block\'s labels and its brace',
    text: 'source "x" "y" = {\n  a = 1\n}\nbuild {\n}\n',
    code: 'block-equals',
    at: '=',
    reads: 'source "x" "y" {a=1}; build {}',
    fixed: 'source "x" "y" {\n  a = 1\n}\nbuild {\n}\n',
    says: ['The equals sign "=" indicates an argument definition, and must not be used when defining a block.'],
  },
  {
    name: 'a block opened on the next line',
    text: 'source "x" "y"\n{\n  a = 1\n}\n',
    code: 'invalid-block',
    at: '\n',
    reads: 'source "x" "y" {a=1}',
    fixed: 'source "x" "y" {\n  a = 1\n}\n',
  },
  {
    name: 'an unclosed block before the next one (packer 1.6.6 transcript, h7)',
    text: 'source "amazon-ebs" "example" {\n  ami_name = "x"\n\nbuild {\n  sources = ["source.amazon-ebs.example"]\n}\n',
    code: 'unclosed-block',
    at: '{',
    reads: 'source "amazon-ebs" "example" {ami_name=(str "x")}!; build {sources=[(str "source.amazon-ebs.example")]}',
    says: ['Unclosed configuration block', 'There is no closing brace for this block before the end of the file.'],
  },
  {
    name: 'an unclosed block at the end',
    text: 'a = 1\nb {\n  c = 2\n',
    code: 'unclosed-block',
    at: '{',
    reads: 'a=1; b {c=2}!',
  },
  {
    name: 'a missing "=" in an object (packer 1.6.6 transcript, h8b)',
    text: 'source "a" "b" {\n  tags = {\n    Name = "a"\n    Env "b"\n  }\n  x = 1\n}\n',
    code: 'missing-equals',
    at: '"',
    reads: 'source "a" "b" {tags={Name=(str "a") Env=(str "b")}; x=1}',
    fixed: 'source "a" "b" {\n  tags = {\n    Name = "a"\n    Env = "b"\n  }\n  x = 1\n}\n',
    says: [
      'Missing key/value separator',
      'Expected an equals sign ("=") to mark the beginning of the attribute value.',
    ],
  },
  {
    name: 'a missing "=" in a body',
    text: 'a {\n  ami_name "x"\n  b = 1\n}\n',
    code: 'missing-equals',
    at: 'ami_name',
    reads: 'a {ami_name=(str "x"); b=1}',
    fixed: 'a {\n  ami_name = "x"\n  b = 1\n}\n',
  },
  {
    name: 'a colon for "="',
    text: 'region: "us-east-1"\nb = 1\n',
    code: 'missing-equals',
    at: ':',
    reads: 'region=(str "us-east-1"); b=1',
    fixed: 'region = "us-east-1"\nb = 1\n',
  },
  {
    name: 'a quoted argument name',
    text: '"region" = "x"\nb = 1\n',
    code: 'quoted-argument-name',
    at: '"region"',
    reads: 'region=(str "x"); b=1',
    fixed: 'region = "x"\nb = 1\n',
    says: ['Argument names must not be quoted.'],
  },
  {
    name: 'an unterminated string',
    text: 'a {\n  x = "abc\n  y = "def"\n}\n',
    code: 'unterminated-string',
    at: '"abc',
    reads: 'a {x=(str "abc"); y=(str "def")}',
    says: ['Unterminated string literal'],
  },
  {
    name: 'a string split over two lines',
    text: 'x = "one\ntwo"\ny = 1\n',
    code: 'multiline-string',
    at: '\n',
    reads: 'x=(str "one\\ntwo"); y=1',
    says: ['Quoted strings may not be split over multiple lines.'],
  },
  {
    name: 'an unterminated heredoc',
    text: 'x = <<EOT\nabc\n',
    code: 'unterminated-heredoc',
    at: '<<EOT',
    reads: 'x=(heredoc "abc\\n")',
    says: ['No closing marker was found for the string.', '"EOT"'],
  },
  {
    name: 'spaces after a heredoc marker',
    text: 'x = <<EOT  \nabc\nEOT\n',
    code: 'heredoc-marker',
    at: '  ',
    reads: 'x=(heredoc "abc\\n")',
    fixed: 'x = <<EOT\nabc\nEOT\n',
  },
  {
    name: 'an interpolation missing its "}"',
    text: 'b = "${var.region"\nc = 1\n',
    code: 'unclosed-interpolation',
    at: '${',
    reads: 'b=(str ${var.region}); c=1',
    fixed: 'b = "${var.region}"\nc = 1\n',
  },
  {
    name: 'a semicolon',
    text: 'x = 1;\ny = 2\n',
    code: 'invalid-character',
    at: ';',
    reads: 'x=1; y=2',
    says: ['The ";" character is not valid.'],
  },
  {
    name: 'a single "&"',
    text: 'x = a & b\n',
    code: 'invalid-character',
    at: '&',
    reads: 'x=(&& a b)',
    fixed: 'x = a && b\n',
    says: ['Bitwise operators are not supported. Did you mean boolean AND ("&&")?'],
  },
  {
    name: 'a character HCL does not use',
    text: 'x = @\ny = 2\n',
    code: 'invalid-character',
    at: '@',
    reads: 'x=(invalid); y=2',
    says: ['at sign "@"', 'This character is not used within the language.'],
  },
  {
    name: 'a missing comma between list items on separate lines',
    text: 'x = [\n  "a",\n  "b"\n  "c"\n]\ny = 1\n',
    code: 'missing-separator',
    at: '"',
    reads: 'x=[(str "a") (str "b") (str "c")]; y=1',
    fixed: 'x = [\n  "a",\n  "b",\n  "c"\n]\ny = 1\n',
    says: ['Missing item separator'],
  },
  {
    name: 'a list left open before the next argument',
    text: 'x = [\n  "a"\ny = 1\n',
    code: 'unclosed-bracket',
    at: '[',
    reads: 'x=[(str "a")]; y=1',
  },
  {
    name: 'a call left open before the next argument',
    text: 'x = f(1, 2\ny = 3\n',
    code: 'unclosed-bracket',
    at: 'f(',
    reads: 'x=(call f 1 2); y=3',
  },
  {
    name: 'backslashes of a Windows path',
    text: 'x = "C:\\Users\\me"\n',
    code: 'invalid-escape',
    at: '\\Users\\m',
    reads: 'x=(str "C:\\\\Users\\\\me")',
    fixed: 'x = "C:\\\\Users\\\\me"\n',
  },
  {
    name: 'a stray closing brace',
    text: 'x = 1\n}\ny = 2\n',
    code: 'argument-or-block-expected',
    at: '}',
    reads: 'x=1; y=2',
  },
  {
    name: 'a dot with no name after it',
    text: 'x = var.\ny = 1\n',
    code: 'invalid-traversal',
    at: '.',
    reads: 'x=var; y=1',
  },
  {
    name: 'a missing value',
    text: 'x =\ny = 1\n',
    code: 'invalid-expression',
    at: '\n',
    reads: 'x=(invalid); y=1',
  },
];

for (const c of cases) {
  test(`recovery: ${c.name}`, () => {
    const parsed = parseHcl(c.text);
    assert.deepEqual(
      parsed.diagnostics.map((d) => [d.code, covered(c.text, d)]),
      [[c.code, c.at]],
    );
    const diagnostic = parsed.diagnostics[0]!;
    assert.equal(bodySexpr(parsed.body), c.reads);
    for (const words of c.says ?? [])
      assert.ok(
        `${diagnostic.summary} ${diagnostic.detail}`.includes(words),
        `"${words}" in: ${diagnostic.summary} / ${diagnostic.detail}`,
      );
    if (c.fixed === undefined) return;
    const fixed = applyFix(c.text, diagnostic);
    assert.equal(fixed, c.fixed);
    assert.deepEqual(parseHcl(fixed).diagnostics, []);
  });
}

test('recovery: a block written as `name = { ... }` is an attribute, not a mistake', () => {
  const parsed = parseHcl('source "a" "b" {\n  source_ami_filter = {\n    owners = ["amazon"]\n  }\n}\n');
  assert.deepEqual(parsed.diagnostics, []);
  assert.equal(bodySexpr(parsed.body), 'source "a" "b" {source_ami_filter={owners=[(str "amazon")]}}');
});

test('recovery: tabs are whitespace, as in HCL', () => {
  const parsed = parseHcl('a {\n\tb\t=\t1\n}\n');
  assert.deepEqual(parsed.diagnostics, []);
  assert.equal(bodySexpr(parsed.body), 'a {b=1}');
});

test('recovery: every curly-quoted string gets its own diagnostic, and nothing cascades', () => {
  const text = 'source “amazon-ebs” “x” {\n  a = “b”\n}\nbuild {\n}\n';
  const parsed = parseHcl(text);
  assert.deepEqual(
    parsed.diagnostics.map((d) => [d.code, covered(text, d)]),
    [
      ['smart-quotes', '“amazon-ebs”'],
      ['smart-quotes', '“x”'],
      ['smart-quotes', '“b”'],
    ],
  );
  assert.equal(bodySexpr(parsed.body), 'source "amazon-ebs" "x" {a=(str "b")}; build {}');
});

test('recovery: mistakes in separate arguments are each reported', () => {
  const text = 'a {\n  x = 1,\n  y = @\n  z = “q”\n  w = 2\n}\n';
  const parsed = parseHcl(text);
  assert.deepEqual(
    parsed.diagnostics.map((d) => d.code),
    ['comma-after-argument', 'invalid-character', 'smart-quotes'],
  );
  assert.equal(bodySexpr(parsed.body), 'a {x=1; y=(invalid); z=(str "q"); w=2}');
});

test('recovery: a repeated argument is reported where it is repeated', () => {
  const text = 'a {\n  x = 1\n  x = 2\n}\n';
  const parsed = parseHcl(text);
  assert.deepEqual(
    parsed.diagnostics.map((d) => [d.code, d.summary, d.range]),
    [['duplicate-argument', 'Attribute redefined', { start: 14, end: 15 }]],
  );
});

test('a lone carriage return ends an interpolation as a line feed does, so its fix reads the same', () => {
  const sexprs = ['\r', '\n'].map((lineBreak) => {
    const parsed = parseHcl(`x = "\${var.image_fo${lineBreak}lder}"\ny = 1\n`);
    return {
      // The string goes on after the interpolation with the line break itself, as written.
      body: bodySexpr(parsed.body).replace('\\r', '\\n'),
      diagnostics: parsed.diagnostics.map((d) => [d.summary, d.range.start, d.range.end]),
    };
  });
  assert.deepEqual(sexprs[0], sexprs[1]);
});
