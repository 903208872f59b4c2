import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { formatProblem, problemsFromValidateOutput, type PackerProblem } from '../../client/src/tasks/packerOutput';

/** The `$packer` problem matcher from package.json, applied the way VS Code applies a one-line pattern. */
function matchLine(
  line: string,
): { file: string; line: number; column: number; severity: string; message: string } | undefined {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
    contributes: { problemMatchers: Array<{ name: string; pattern: { regexp: string } }> };
  };
  const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'packer');
  assert.ok(matcher, 'package.json has no "packer" problem matcher');
  const m = new RegExp(matcher.pattern.regexp).exec(line);
  if (!m) return undefined;
  return { file: m[1] ?? '', line: Number(m[2]), column: Number(m[3]), severity: m[4] ?? '', message: m[5] ?? '' };
}

const at = (p: PackerProblem): string => `${path.basename(p.file)}:${p.line}:${p.column} ${p.message}`;

// Outputs below are verbatim from Packer 1.6.6 (../shared/packer/packer-1.6.6-transcript.txt).
describe('problemsFromValidateOutput, legacy JSON (packer names no file)', () => {
  const empty = '{\n  "builders": [\n    {\n      "type": "amazon-ebs"\n    }\n  ]\n}\n';
  const output = `Error: Failed to prepare build: "amazon-ebs"

6 error(s) occurred:

* ami_name must be specified
* ami_name must be between 3 and 128 characters long
* An ssh_username must be specified
  Note: some builders used to default ssh_username to "root".
* A source_ami or source_ami_filter must be specified
* For security reasons, your source AMI filter must declare an owner.
* either instance_type or spot_instance_types must be specified


`;
  it('puts each message on the template, at the builder the build name points to', () => {
    const problems = problemsFromValidateOutput(output, {
      cwd: '/w',
      templateFile: '/w/empty.json',
      templateText: empty,
    });
    assert.equal(problems.length, 6);
    assert.ok(
      problems.every((p) => p.file === '/w/empty.json' && p.line === 3 && p.column === 5 && p.severity === 'error'),
    );
    assert.equal(
      problems[2]?.message,
      'An ssh_username must be specified Note: some builders used to default ssh_username to "root".',
    );
  });

  it('puts an unknown key on the key itself', () => {
    const text = '{\n  "builders": [\n    {\n      "type": "null",\n      "foo_bar": 1\n    }\n  ]\n}\n';
    const out = `Error: Failed to prepare build: "null"\n\n1 error occurred:\n\t* unknown configuration key: '"foo_bar"'\n\n\n\n`;
    const problems = problemsFromValidateOutput(out, { cwd: '/w', templateFile: '/w/t.json', templateText: text });
    assert.deepEqual(problems.map(at), [`t.json:5:7 unknown configuration key: '"foo_bar"'`]);
  });

  it('joins a message packer wrapped over several lines', () => {
    const out = `Error: Failed to prepare build: "virtualbox-iso"

1 error occurred:
\t* Deprecated configuration key: 'iso_checksum_type'. Please call \`packer fix\`
against your template to update your template to be compatible with the current
version of Packer. Visit https://www.packer.io/docs/commands/fix/ for more
detail.




`;
    const text = '{"builders":[{"type":"virtualbox-iso",\n"iso_checksum_type":"md5"}]}';
    const [problem] = problemsFromValidateOutput(out, { cwd: '/w', templateFile: '/w/d.json', templateText: text });
    assert.equal(problem?.line, 2);
    assert.match(problem?.message ?? '', /^Deprecated configuration key: 'iso_checksum_type'\. .* for more detail\.$/);
  });

  it('places a JSON syntax error by its byte offset, after curly quotes too', () => {
    const text = '{\n  "builders": [\n    {\n      \u201ctype\u201d: "amazon-ebs"\n    }\n  ]\n}\n';
    const out = `Failed to parse template: Error parsing JSON: invalid character '\u00e2' looking for beginning of object key string
At line 4, column 8 (offset 31):
    3:     {
    4:       \ufffd
             ^
`;
    const problems = problemsFromValidateOutput(out, { cwd: '/w', templateFile: '/w/smart.json', templateText: text });
    assert.deepEqual(problems.map(at), [
      `smart.json:4:7 Error parsing JSON: invalid character '\u00e2' looking for beginning of object key string`,
    ]);
  });

  it('finds an unknown root key and a bad variable', () => {
    const text = '{\n "variables": {"headless": true},\n "builders": [],\n "provisioner": []\n}';
    const out = `Failed to parse template: 2 errors occurred:
\t* Unknown root level key in template: 'provisioner'
\t* variable headless: '' expected type 'string', got unconvertible type 'bool', value: 'true'


`;
    const problems = problemsFromValidateOutput(out, { cwd: '/w', templateFile: '/w/v.json', templateText: text });
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column}`),
      ['4:2', '2:16'],
    );
  });

  it('places an unknown builder on its entry', () => {
    const text = '{"builders": [\n {"type": "amazon-ebz"}]}';
    const out = `Error: Failed to initialize build "amazon-ebz"\n\nerror initializing builder 'amazon-ebz': Unknown builder amazon-ebz\n\n\n`;
    const problems = problemsFromValidateOutput(out, { cwd: '/w', templateFile: '/w/b.json', templateText: text });
    assert.deepEqual(problems.map(at), [
      "b.json:2:2 error initializing builder 'amazon-ebz': Unknown builder amazon-ebz",
    ]);
  });

  it('reads warnings as warnings', () => {
    const out = `Template validation succeeded, but there were some warnings.\nWarnings for build 'null':\n\n* a deprecated thing\n`;
    const problems = problemsFromValidateOutput(out, {
      cwd: '/w',
      templateFile: '/w/w.json',
      templateText: '{"builders":[{"type":"null"}]}',
    });
    assert.deepEqual(
      problems.map((p) => [p.severity, p.message]),
      [['warning', 'a deprecated thing']],
    );
  });
});

describe('problemsFromValidateOutput, HCL2', () => {
  it('resolves "on FILE line N" against packer\'s working directory and keeps summary and detail', () => {
    const out = `Error: Unsupported argument

  on h12/a.pkr.hcl line 6:
  (source code not available)

An argument named "ssh_usrname" is not expected here. Did you mean
"ssh_username"?


`;
    const [problem] = problemsFromValidateOutput(out, { cwd: '/w' });
    assert.deepEqual(problem, {
      file: '/w/h12/a.pkr.hcl',
      line: 6,
      column: 1,
      severity: 'error',
      message:
        'Unsupported argument: An argument named "ssh_usrname" is not expected here. Did you mean "ssh_username"?',
    });
  });

  it('gives plugin errors, listed before their "on" line, that line', () => {
    const out = `Error: 2 error(s) occurred:

* ami_name must be between 3 and 128 characters long
* winrm_username must be specified.

  on h11/a.pkr.hcl line 1:
  (source code not available)


`;
    assert.deepEqual(problemsFromValidateOutput(out, { cwd: '/w' }).map(at), [
      'a.pkr.hcl:1:1 ami_name must be between 3 and 128 characters long',
      'a.pkr.hcl:1:1 winrm_username must be specified.',
    ]);
  });

  it('skips source snippets and keeps every error of a file', () => {
    const out = `Error: Invalid character

  on t1/curly.pkr.hcl line 2, in source "amazon-ebs" "example":
   2:   ami_name      = \u201cmy-ami\u201d

This character is not used within the language.

Error: Invalid expression

  on t1/curly.pkr.hcl line 2, in source "amazon-ebs" "example":
   2:   ami_name      = \u201cmy-ami\u201d

Expected the start of an expression, but found an invalid expression token.


`;
    assert.deepEqual(problemsFromValidateOutput(out, { cwd: '/w' }).map(at), [
      'curly.pkr.hcl:2:1 Invalid character: This character is not used within the language.',
      'curly.pkr.hcl:2:1 Invalid expression: Expected the start of an expression, but found an invalid expression token.',
    ]);
  });

  it('uses the precise range packer puts in some details', () => {
    const out = `Error: Failed preparing provisioner-block "shell" ""\n\n  on h10/a.pkr.hcl line 6:\n  (source code not available)\n\nh10/a.pkr.hcl:7,26-42: Unsupported attribute; This object does not have an\nattribute named "undefined_thing".\n\n\n`;
    assert.deepEqual(problemsFromValidateOutput(out, { cwd: '/w' }).map(at), [
      'a.pkr.hcl:7:26 Failed preparing provisioner-block "shell" "": Unsupported attribute; This object does not have an attribute named "undefined_thing".',
    ]);
  });

  it('puts "on  line 0" on the file the command ran on, or leaves it out', () => {
    const out = `Error: Unknown source amazon-ebs.exmaple\n\n  on  line 0:\n  (source code not available)\n\nKnown: map[amazon-ebs.example:{amazon-ebs example 0xc00077cea0 <nil> }]\n\n\n`;
    assert.deepEqual(problemsFromValidateOutput(out, { cwd: '/w', templateFile: '/w/b.pkr.hcl' }).map(at), [
      'b.pkr.hcl:1:1 Unknown source amazon-ebs.exmaple: Known: map[amazon-ebs.example:{amazon-ebs example 0xc00077cea0 <nil> }]',
    ]);
    assert.deepEqual(problemsFromValidateOutput(out, { cwd: '/w' }), []);
  });

  it('ignores colour codes and CRLF', () => {
    const out =
      '\u001b[1;31mError: Unsupported argument\r\n\r\n  on a.pkr.hcl line 3:\r\n  (source code not available)\r\n\r\nAn argument named "foo_bar" is not expected here.\u001b[0m\r\n';
    assert.deepEqual(problemsFromValidateOutput(out, { cwd: '/w' }).map(at), [
      'a.pkr.hcl:3:1 Unsupported argument: An argument named "foo_bar" is not expected here.',
    ]);
  });

  it('finds nothing in a clean run', () => {
    assert.deepEqual(problemsFromValidateOutput('', { cwd: '/w', templateFile: '/w/t.json' }), []);
    assert.deepEqual(
      problemsFromValidateOutput('Template validated successfully.\n', { cwd: '/w', templateFile: '/w/t.json' }),
      [],
    );
  });
});

describe('formatProblem and the $packer problem matcher', () => {
  it('round-trips every field, with spaces and colons in the path', () => {
    const problem: PackerProblem = {
      file: '/tmp/my dir/x: y.json',
      line: 12,
      column: 7,
      severity: 'warning',
      message: 'a: b "c"',
    };
    assert.deepEqual(matchLine(formatProblem(problem)), problem);
  });

  it("does not match packer's own lines", () => {
    for (const line of [
      'Error: Unsupported argument',
      '  on a.pkr.hcl line 3:',
      'h10/a.pkr.hcl:7,26-42: Unsupported attribute; x',
      '* ami_name must be specified',
    ]) {
      assert.equal(matchLine(line), undefined, line);
    }
  });
});

describe(
  'with the real packer 1.6.6',
  { skip: fs.existsSync('/usr/bin/packer') ? false : 'no /usr/bin/packer' },
  () => {
    it("places a legacy template's unknown key from what packer printed", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-output-'));
      try {
        const text =
          '{\n  "builders": [\n    { "type": "null", "communicator": "none",\n      "ssh_user": "x" }\n  ]\n}\n';
        fs.writeFileSync(path.join(dir, 'lab.json'), text);
        const result = spawnSync('/usr/bin/packer', ['validate', 'lab.json'], {
          cwd: dir,
          encoding: 'utf8',
          timeout: 60_000,
          env: { ...process.env, HOME: dir, CHECKPOINT_DISABLE: '1' },
        });
        assert.equal(result.status, 1, result.stdout + result.stderr);
        const problems = problemsFromValidateOutput(result.stdout + result.stderr, {
          cwd: dir,
          templateFile: path.join(dir, 'lab.json'),
          templateText: text,
        });
        assert.deepEqual(problems.map(at), [`lab.json:4:7 unknown configuration key: '"ssh_user"'`]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
