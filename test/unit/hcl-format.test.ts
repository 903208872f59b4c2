/**
 * The HCL2 formatter, rule by rule. Each case's `packer` text is what Debian's packer 1.6.6
 * `fmt` wrote for `input` (checked again below when packer is installed), so the table documents
 * `packer fmt`'s style as much as our code. Then the guarantees around it: only spaces change,
 * a second format changes nothing, broken text is declined, CRLF stays, edits are minimal and a
 * range formats only its lines.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatHcl, formatHclEdits, type OffsetEdit } from '../../server/src/service/format/hcl/index';
import { sameTokens } from '../../server/src/service/format/hcl/tokenCheck';
import { createLanguageService } from '../../server/src/service/service';
import { applyTextEdits } from '../support/edits';
import { PACKER, packerAvailable } from '../support/packerCli';

const CASES: { name: string; input: string; packer: string }[] = [
  {
    name: 'aligns the = of consecutive arguments, not across a blank line',
    input: 'a=1\nbbb = "x"\n\ncc=2\n',
    packer: 'a   = 1\nbbb = "x"\n\ncc = 2\n',
  },
  {
    name: 'indents nested blocks two spaces, whatever the input used',
    input: 'source "null" "x" {\n\tcommunicator="none"\nprovisioner "shell" {\n        inline = ["a"]\n}\n}\n',
    packer: 'source "null" "x" {\n  communicator = "none"\n  provisioner "shell" {\n    inline = ["a"]\n  }\n}\n',
  },
  {
    name: 'one space after commas, none inside brackets',
    input: 'x = [ 1,2 ,  3 ]\ny = foo( a,b )\n',
    packer: 'x = [1, 2, 3]\ny = foo(a, b)\n',
  },
  {
    name: 'spaces around binary operators, none after a negating minus',
    input: 'a = 1+2*3\nb = -1 - -2\nc = x ? -y : z\nd = a==b&&c!=d||e<=f\n',
    packer: 'a = 1 + 2 * 3\nb = -1 - -2\nc = x ? -y : z\nd = a == b && c != d || e <= f\n',
  },
  {
    name: 'packer 1.6.6 puts a space after !',
    input: 'a = !true\nb = !(x)\n',
    packer: 'a = ! true\nb = ! (x)\n',
  },
  {
    name: "no spaces around dots, before an index or a call's parenthesis",
    input: 'a = var . x [0] . y\nb = upper (var.x)\nc = a[*].b\n',
    packer: 'a = var.x[0].y\nb = upper(var.x)\nc = a[*].b\n',
  },
  {
    name: 'braces get inner spaces, except an empty pair',
    input: 'a = {x=1}\nb = { }\nc = []\n',
    packer: 'a = { x = 1 }\nb = {}\nc = []\n',
  },
  {
    name: 'inside ${ } the usual spacing applies; template text is left alone',
    input: 'a = "${ var.x   }  and  ${upper( var.y )}"\nb = "%{ if true }  yes %{ endif }"\n',
    packer: 'a = "${var.x}  and  ${upper(var.y)}"\nb = "%{if true}  yes %{endif}"\n',
  },
  {
    name: 'heredocs are left exactly as written',
    input: 'locals {\n  x = <<EOT\n   keep   this ${var.a  }\n\tand this\n  EOT\n  yy = <<-EOF\n    a\n      EOF\n}\n',
    packer: 'locals {\n  x  = <<EOT\n   keep   this ${var.a}\n\tand this\n  EOT\n  yy = <<-EOF\n    a\n      EOF\n}\n',
  },
  {
    name: 'aligns trailing comments of consecutive lines',
    input: 'a = 1 # one\nbbbb = 2 // two\n\n# alone\nc = [\n  1, # x\n  22, # y\n]\n',
    packer: 'a    = 1 # one\nbbbb = 2 // two\n\n# alone\nc = [\n  1,  # x\n  22, # y\n]\n',
  },
  {
    name: 'multi-line values break the alignment run',
    input: 'locals {\n  a = 1\n  bb = {\n    c = 2\n    ddd = 3\n  }\n  eeee = 4\n}\n',
    packer: 'locals {\n  a = 1\n  bb = {\n    c   = 2\n    ddd = 3\n  }\n  eeee = 4\n}\n',
  },
  {
    name: 'for expressions: spaces around in, :, => and after if',
    input: 'a = [for x in [1,2]: x*2 if x>1]\nb = {for k,v in var.m : k=>v...}\n',
    packer: 'a = [for x in [1, 2] : x * 2 if x > 1]\nb = { for k, v in var.m : k => v... }\n',
  },
  {
    name: 'blank lines and trailing spaces: spaces go, lines stay',
    input: 'a = 1   \n   \n\n\nb = 2\n',
    packer: 'a = 1\n\n\n\nb = 2\n',
  },
  {
    name: 'closing brackets dedent by the levels their line opened',
    input: 'x = [{\na = 1\n}, {\nb = 2\n}]\ny = foo(\n1,\n2\n)\n',
    packer: 'x = [{\n  a = 1\n  }, {\n  b = 2\n}]\ny = foo(\n  1,\n  2\n)\n',
  },
  {
    name: 'columns count characters, not bytes',
    input: 'locals {\n  ü = "ä"\n  aa = "😀" # z\n  b = "x" # y\n}\n',
    packer: 'locals {\n  ü  = "ä"\n  aa = "😀" # z\n  b  = "x" # y\n}\n',
  },
  {
    name: 'single-line blocks keep their spaces inside braces',
    input: 'source "a" "b" {}\nlocals {a = 1}\n',
    packer: 'source "a" "b" {}\nlocals { a = 1 }\n',
  },
  {
    name: 'object keys with : and quoted keys',
    input: 'x = {\n"quoted key" = 1\nb : 2\n}\n',
    packer: 'x = {\n  "quoted key" = 1\n  b : 2\n}\n',
  },
];

function formatted(text: string): string {
  const result = formatHcl(text);
  if (typeof result !== 'string') throw new Error(`declined: ${result.declined}`);
  return result;
}

function applyOffsetEdits(text: string, edits: OffsetEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

describe('HCL2 formatting rules (as packer 1.6.6 formats)', () => {
  for (const { name, input, packer } of CASES) {
    it(name, () => {
      const output = formatted(input);
      assert.equal(output, packer);
      assert.ok(sameTokens(input, output), 'only spaces change');
      assert.equal(formatted(output), output, 'a second format changes nothing');
    });
  }

  it('the table is what packer fmt writes', { skip: packerAvailable() ? false : `${PACKER} is not installed` }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'packer-fmt-cases-'));
    try {
      for (const { name, input, packer } of CASES) {
        const file = join(dir, 'case.pkr.hcl');
        writeFileSync(file, input);
        const run = spawnSync(PACKER, ['fmt', file], { env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
        assert.equal(run.status, 0, name);
        assert.equal(readFileSync(file, 'utf8'), packer, name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('HCL2 formatting guarantees', () => {
  it('keeps CRLF line ends', () => {
    assert.equal(
      formatted('a=1\r\nbb = 2 # c\r\nx {\r\ny = 1\r\n}\r\n'),
      'a  = 1\r\nbb = 2 # c\r\nx {\r\n  y = 1\r\n}\r\n',
    );
  });

  it('indents with two spaces whatever the editor uses, as packer does', () => {
    assert.equal(formatted('x {\n\t\ty = 1\n}\n'), 'x {\n  y = 1\n}\n');
  });

  it('declines text with syntax errors, naming the first one and its line', () => {
    for (const broken of [
      'a = \n',
      'x {\n  y = "open\n}\n',
      'x {\n  a = 1\n  a = 2\n}\n',
      'x = [1, 2\n',
      'a = “curly”\n',
    ]) {
      const result = formatHcl(broken);
      assert.ok(typeof result !== 'string', `formats ${JSON.stringify(broken)}`);
      assert.match(result.declined, /syntax errors.*\(line \d+: .+\)/);
    }
    // Our parser forgives a closing marker without its line break; HCL (and so packer fmt) does not.
    const open = formatHcl('x = <<EOT\nhi\nEOT');
    assert.ok(typeof open !== 'string' && open.declined.includes('line 3'));
    const result = formatHcl('ok = 1\n\nbad = \n');
    assert.ok(typeof result !== 'string' && result.declined.includes('line 3'));
  });

  it('leaves formatted text alone: no edits at all', () => {
    for (const { packer } of CASES) assert.deepEqual(formatHclEdits(packer), []);
  });

  it('returns one small edit per changed gap, never the whole document', () => {
    const text = 'locals {\n  a=1\n  bb = 2\n  ccc = "keep   this"\n}\n';
    const edits = formatHclEdits(text);
    assert.ok(Array.isArray(edits));
    assert.deepEqual(edits, [
      { start: 12, end: 12, newText: '   ' }, // before the = of a
      { start: 13, end: 13, newText: ' ' }, // after it
      { start: 19, end: 20, newText: '  ' }, // before the = of bb
    ]);
    assert.equal(applyOffsetEdits(text, edits), formatted(text));
  });

  it('formats only the lines a range covers, aligned as a whole-document format would', () => {
    const text = 'locals {\n  a=1\n  bb  =  2\n  ccc=3\n}\nx=[ 1 ]\n';
    const line = (n: number) => text.split('\n').slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
    const edits = formatHclEdits(text, { start: line(2) + 3, end: line(2) + 4 });
    assert.ok(Array.isArray(edits));
    const result = applyOffsetEdits(text, edits);
    assert.equal(result, 'locals {\n  a=1\n  bb  = 2\n  ccc=3\n}\nx=[ 1 ]\n');
    // A selection of whole lines, ending at the start of the next line, stops before that line.
    const two = formatHclEdits(text, { start: line(1), end: line(3) });
    assert.ok(Array.isArray(two));
    assert.equal(applyOffsetEdits(text, two), 'locals {\n  a   = 1\n  bb  = 2\n  ccc=3\n}\nx=[ 1 ]\n');
  });

  it('through the service: HCL2 files get packer fmt layout, broken ones a reason', () => {
    const service = createLanguageService({ readText: () => undefined, listDirectory: () => undefined });
    const uri = 'file:///w-format/main.pkr.hcl';
    const text = 'source "null" "a" {\ncommunicator="none"\n}\n';
    const result = service.format({ uri, version: 1, languageId: 'packer', text }, { tabSize: 8, insertSpaces: false });
    assert.ok('edits' in result);
    assert.equal(applyTextEdits(text, result.edits), 'source "null" "a" {\n  communicator = "none"\n}\n');
    const vars = service.format(
      { uri: 'file:///w-format/x.pkrvars.hcl', version: 1, languageId: 'packer-vars', text: 'a=1\nbb=2\n' },
      { tabSize: 2, insertSpaces: true },
    );
    assert.ok('edits' in vars && vars.edits.length > 0);
    const broken = service.format(
      { uri, version: 2, languageId: 'packer', text: 'source "null" "a" {\n' },
      { tabSize: 2, insertSpaces: true },
    );
    assert.ok('declined' in broken);
  });
});
