/**
 * The legacy JSON → HCL2 converter through the service façade: the whole output of a template
 * that uses every part, then one concern at a time (template functions, variables, blocks, build
 * wiring), what it refuses, and that broken or half-typed input never throws.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goLayoutToFormatdate, strftimeToFormatdate } from '../../server/src/service/convert/timeFormats';
import { parseHcl } from '../../server/src/service/parsing/hcl/index';
import { createLanguageService } from '../../server/src/service/service';
import { messageText } from '../support/messageText';
import { CORPUS } from '../support/corpusPath';

const service = createLanguageService({ readText: () => undefined });

function convert(template: unknown): { text: string; warnings: string[] } {
  const text = typeof template === 'string' ? template : JSON.stringify(template, null, 2);
  const result = service.convertToHcl({ uri: 'file:///w/template.json', version: 1, languageId: 'packer-json', text });
  if ('error' in result) assert.fail(result.error);
  return result;
}

/** The HCL2 expression a legacy string becomes, as the `command` of a shell-local provisioner. */
function expressionOf(value: string, variables: Record<string, unknown> = { name: 'web' }): string {
  const { text } = convert({
    variables,
    builders: [{ type: 'null', communicator: 'none' }],
    provisioners: [{ type: 'shell-local', command: value }],
  });
  const match = /^ {4}command = (.*)$/m.exec(text);
  assert.ok(match, text);
  return match[1] ?? '';
}

const WHOLE = {
  description: 'The web image.',
  min_packer_version: '1.6.0',
  variables: { region: 'us-east-1', password: 'hunter2', stamp: 'web-{{timestamp}}' },
  'sensitive-variables': ['password'],
  builders: [
    {
      type: 'amazon-ebs',
      region: '{{user `region`}}',
      ami_name: 'web-{{timestamp | clean_resource_name}}',
      instance_type: 't3.micro',
      source_ami_filter: { filters: { name: 'ubuntu/*' }, owners: ['099720109477'], most_recent: true },
      launch_block_device_mappings: [
        { device_name: '/dev/sda1', volume_size: 40 },
        { device_name: '/dev/sdb', volume_size: 100 },
      ],
      tags: { Name: '{{build_name}}', 'cost-center': 'web' },
      ssh_username: 'ubuntu',
    },
    { type: 'null', name: 'local', communicator: 'none' },
  ],
  provisioners: [
    {
      type: 'shell',
      inline: ['echo {{build_name}}'],
      only: ['amazon-ebs'],
      pause_before: '10s',
      override: { 'amazon-ebs': { execute_command: "sh '{{.Path}}'" } },
    },
  ],
  'post-processors': [['compress', { type: 'manifest', output: 'out-{{user `stamp`}}.json' }]],
};

describe('convert: a whole template', () => {
  it('writes variables, locals, sources and one build, laid out as packer fmt does', () => {
    const { text, warnings } = convert(WHOLE);
    assert.equal(
      text,
      `# The web image.

packer {
  required_version = ">= 1.6.0"
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1"
    }
  }
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "password" {
  type      = string
  default   = "hunter2"
  sensitive = true
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  # Variables whose defaults call template functions: HCL2 allows such calls only in locals, so
  # these are locals now, and -var can no longer set them.
  stamp = "web-\${local.timestamp}"
}

source "amazon-ebs" "amazon-ebs" {
  region        = var.region
  ami_name      = "web-\${local.timestamp}"
  instance_type = "t3.micro"
  source_ami_filter {
    filters = {
      name = "ubuntu/*"
    }
    owners      = ["099720109477"]
    most_recent = true
  }
  launch_block_device_mappings {
    device_name = "/dev/sda1"
    volume_size = 40
  }
  launch_block_device_mappings {
    device_name = "/dev/sdb"
    volume_size = 100
  }
  tags = {
    Name        = "amazon-ebs"
    cost-center = "web"
  }
  ssh_username = "ubuntu"
}

source "null" "local" {
  communicator = "none"
}

build {
  sources = ["source.amazon-ebs.amazon-ebs", "source.null.local"]

  provisioner "shell" {
    inline       = ["echo \${source.name}"]
    pause_before = "10s"
    only         = ["amazon-ebs.amazon-ebs"]
    override = {
      amazon-ebs = {
        execute_command = "sh '{{.Path}}'"
      }
    }
  }

  post-processors {
    post-processor "compress" {
    }
    post-processor "manifest" {
      output = "out-\${local.stamp}.json"
    }
  }
}
`,
    );
    assert.deepEqual(warnings, [
      'variable "stamp" is a local now: its default calls template functions, which HCL2 allows only in locals, and -var can no longer set it.',
    ]);
  });

  it('gets no error from our own HCL2 checks', () => {
    const { text } = convert(WHOLE);
    const checker = createLanguageService({ readText: () => undefined }, (uri) =>
      uri.endsWith('.pkr.hcl') ? text : undefined,
    );
    const diagnostics = checker.validate({ uri: 'file:///w/lab/lab.pkr.hcl', version: 1, languageId: 'packer', text });
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 1).map((d) => messageText(d)),
      [],
    );
  });
});

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

describe('convert: template functions', () => {
  const cases: [string, string][] = [
    ['{{user `name`}}', 'var.name'],
    ['{{ user `name` }}-x', '"${var.name}-x"'],
    ['{{timestamp}}', 'local.timestamp'],
    ['{{uuid}}', 'uuidv4()'],
    ['{{isotime}}', 'timestamp()'],
    ['{{isotime `2006-01-02T15:04:05Z07:00`}}', `formatdate("YYYY-MM-DD'T'hh:mm:ssZ", timestamp())`],
    ['{{isotime "Jan 2 03:04PM"}}', 'formatdate("MMM D HH:mmAA", timestamp())'],
    ['{{strftime `%Y%m%d-%H%M`}}', 'formatdate("YYYYMMDD-hhmm", timestamp())'],
    ['{{split `a-b-c` `-` 1}}', 'split("-", "a-b-c")[1]'],
    ['{{replace_all `-` `_` (user `name`)}}', 'replace(var.name, "-", "_")'],
    ['{{replace `a` `b` -1 `aaa`}}', 'replace("aaa", "a", "b")'],
    ['{{user `name` | upper}}', 'upper(var.name)'],
    ['{{lower `ABC`}}', 'lower("ABC")'],
    ['{{pwd}}/{{template_dir}}', '"${path.cwd}/${path.root}"'],
    ['{{packer_version}}', 'packer.version'],
    ['{{build_name}}/{{build_type}}', '"${source.name}/${source.type}"'],
    ['{{build `ID`}}', 'build.ID'],
    ['{{vault `secret/x` `key`}}', 'vault("secret/x", "key")'],
    ['{{consul_key `a/b`}}', 'consul_key("a/b")'],
    ['{{ .Vars }} {{.Path}}', '"{{ .Vars }} {{.Path}}"'],
    ['{{user `missing`}}!', '"!"'],
    ['${HOME} %{x} "q" \\ \t', '"$${HOME} %%{x} \\"q\\" \\\\ \\t"'],
    // A literal `$` or `%` next to a kept or translated call must not open `${`, `%{` or the escape `$${`.
    ['a${{{build_type}}', '"a$${{{build_type}}"'],
    ['cost ${{user `name`}}', '"cost ${"$"}${var.name}"'],
    ['$${{user `name`}}', '"${"$$"}${var.name}"'],
    ['cost $$ {{user `name`}}', '"cost $$ ${var.name}"'],
  ];
  for (const [legacy, hcl] of cases) {
    it(`${legacy} → ${hcl}`, () => assert.equal(expressionOf(legacy), hcl));
  }

  it('keeps what has no HCL2 equivalent as written, with a comment at its place and a warning', () => {
    const { text, warnings } = convert({
      builders: [{ type: 'null', communicator: 'none' }],
      provisioners: [{ type: 'shell-local', command: 'echo {{replace `a` `b` 2 `aaa`}} {{env `HOME`}} {{nonsense}}' }],
    });
    assert.match(
      text,
      / {4}# \{\{replace `a` `b` 2 `aaa`\}\} was kept as written: HCL2 replace\(\) always replaces every\n {4}# occurrence\.\n/,
    );
    assert.match(
      text,
      /# \{\{env `HOME`\}\} was kept as written: HCL2 allows env\(\) only in the default of a variable/,
    );
    assert.match(text, /command = "echo \{\{replace `a` `b` 2 `aaa`\}\} \{\{env `HOME`\}\} \{\{nonsense\}\}"\n/);
    assert.equal(warnings.length, 3);
    assert.ok(warnings.every((w) => w.startsWith('provisioner 1 (shell-local) command: ')));
  });

  it('keeps as written an action nested deeper than any template needs, without running out of stack', () => {
    const deep = `{{${'('.repeat(5000)}user \`name\`${')'.repeat(5000)}}}`;
    const { text } = convert({
      variables: { name: 'web' },
      builders: [{ type: 'null', communicator: 'none' }],
      provisioners: [{ type: 'shell-local', command: deep }],
    });
    assert.match(text, /was kept as written/);
  });

  it('gives the literal build name and type inside a source, where source.name is unknown', () => {
    const { text } = convert({
      builders: [{ type: 'null', name: 'n1', communicator: 'none', ssh_host: '{{build_name}}-{{build_type}}' }],
    });
    assert.match(text, /ssh_host {5}= "n1-null"/);
  });
});

describe('convert: variables', () => {
  it('infers types, marks sensitive ones, keeps required ones without a default, and reads env() in defaults', () => {
    const { text } = convert({
      variables: { n: 2, b: true, l: ['a'], m: { k: 'v' }, req: null, home: '{{env `HOME`}}/x', s: '{{user `n`}}' },
      'sensitive-variables': ['req'],
      builders: [{ type: 'null', communicator: 'none' }],
    });
    assert.match(text, /variable "n" \{\n {2}type {4}= number\n {2}default = 2\n\}/);
    assert.match(text, /variable "b" \{\n {2}type {4}= bool\n {2}default = true\n\}/);
    assert.match(text, /variable "l" \{\n {2}type {4}= list\(string\)\n {2}default = \["a"\]\n\}/);
    assert.match(text, /variable "m" \{\n {2}type = map\(string\)\n {2}default = \{\n {4}k = "v"\n {2}\}\n\}/);
    assert.match(text, /variable "req" \{\n {2}type {6}= string\n {2}sensitive = true\n\}/);
    assert.match(text, /variable "home" \{\n {2}type {4}= string\n {2}default = "\$\{env\("HOME"\)\}\/x"\n\}/);
    assert.match(text, /locals \{\n(?: {2}#.*\n)+ {2}s = var\.n\n\}/);
  });

  it('renames the timestamp helper when a variable that became a local took its name', () => {
    const { text } = convert({
      variables: { timestamp: '{{timestamp}}' },
      builders: [{ type: 'null', communicator: 'none' }],
    });
    assert.match(text, /legacy_timestamp = regex_replace\(timestamp\(\), "\[- TZ:\]", ""\)/);
    assert.match(text, /\n {2}timestamp = local\.legacy_timestamp\n/);
  });
});

describe('convert: settings', () => {
  it('wraps a single string where HCL2 wants a list (JSON accepted it), also for builders without a schema', () => {
    const { text } = convert({
      builders: [{ type: 'hyperv-iso', boot_command: '', floppy_files: 'a.ps1', communicator: 'none' }],
    });
    assert.match(text, /boot_command = \[\]\n {2}floppy_files = \["a\.ps1"\]/);
  });

  it('quotes map keys that are not identifiers, and comments out underscore keys', () => {
    const { text } = convert({
      builders: [{ type: 'amazon-ebs', _note: 'why', tags: { 'a b': 'c', null: 'd' } }],
    });
    assert.match(text, / {2}# _note: why\n/);
    assert.match(text, / {4}"a b" {2}= "c"\n {4}"null" = "d"\n/);
  });
});

describe('convert: the build', () => {
  it('rewrites only/except to TYPE.NAME, keeps override by source name, and the retry settings', () => {
    const { text } = convert({
      builders: [
        { type: 'null', name: 'a', communicator: 'none' },
        { type: 'null', name: 'b', communicator: 'none' },
      ],
      provisioners: [
        { type: 'shell-local', inline: ['x'], except: ['b'], max_retries: 3, timeout: '5m' },
        { type: 'shell-local', inline: ['y'], only: ['a', 'zz'], override: { b: { inline: ['z'] } } },
      ],
      'post-processors': [{ type: 'shell-local', inline: ['p'], only: ['b'] }, 'checksum'],
    });
    assert.match(text, /sources = \["source\.null\.a", "source\.null\.b"\]/);
    assert.match(
      text,
      /inline {6}= \["x"\]\n {4}max_retries = 3\n {4}timeout {5}= "5m"\n {4}except {6}= \["null\.b"\]/,
    );
    assert.match(text, /# no builder is named "zz"; it was kept as written\.\n {4}only = \["null\.a", "zz"\]/);
    assert.match(text, /override = \{\n {6}b = \{\n {8}inline = \["z"\]\n {6}\}\n {4}\}/);
    assert.match(text, /post-processor "shell-local" \{\n {4}inline = \["p"\]\n {4}only {3}= \["null\.b"\]\n {2}\}/);
    assert.match(text, /post-processor "checksum" \{\n {2}\}/);
  });

  it('keeps the error-cleanup-provisioner commented out, since packer 1.6.6 rejects the block', () => {
    const { text, warnings } = convert({
      builders: [{ type: 'null', communicator: 'none' }],
      'error-cleanup-provisioner': { type: 'shell-local', inline: ['echo failed'] },
    });
    assert.match(
      text,
      / {2}# error-cleanup-provisioner "shell-local" \{\n {2}# {3}inline = \["echo failed"\]\n {2}# \}/,
    );
    assert.equal(warnings.length, 1);
  });

  it('leaves nothing out without a word: entries of the wrong shape and components without a type', () => {
    const { text, warnings } = convert({
      variables: ['x'],
      builders: [{ type: 'null', communicator: 'none' }, 'null'],
      provisioners: [{ inline: ['x'] }, 7],
    });
    assert.match(text, /# "variables" is not an object; it was left out\./);
    assert.match(text, /# builders\[1\] is not an object; it was left out\./);
    assert.match(text, /# provisioners\[1\] is not an object; it was left out\./);
    assert.match(text, / {2}# it has no type; it was left out\.\n/);
    assert.equal(warnings.length, 4);
  });

  it('notes root keys that have no HCL2 place', () => {
    const { text, warnings } = convert({ builders: [{ type: 'null', communicator: 'none' }], push: { name: 'x' } });
    assert.match(text, /^# The root key "push" has no HCL2 equivalent; it was left out\./);
    assert.equal(warnings.length, 1);
  });
});

describe('convert: refusals and robustness', () => {
  const attempt = (text: string) =>
    service.convertToHcl({ uri: 'file:///w/t.json', version: 1, languageId: 'packer-json', text });

  it('refuses JSON that is not a legacy template, and a template with syntax errors', () => {
    assert.match(String((attempt('{"a": 1}') as { error: string }).error), /not a legacy JSON template/);
    assert.match(String((attempt('{"builders": [{"type": "null"}') as { error: string }).error), /syntax errors/);
  });

  it('converts a file of variables only, without a build', () => {
    const result = attempt('{"variables": {"a": "b"}}');
    assert.deepEqual(result, { text: 'variable "a" {\n  type    = string\n  default = "b"\n}\n', warnings: [] });
  });

  it('converts a template with a trailing comma and curly quotes as it was meant', () => {
    const result = attempt('{"builders": [{"type": “null”, "communicator": "none",}]}');
    assert.ok('text' in result);
    assert.match(result.text, /source "null" "null" \{\n {2}communicator = "none"\n\}/);
  });

  it('never throws on half-typed text, and what it writes always parses as HCL2', () => {
    const full = readFileSync(join(FIXTURES, 'lab', 'packer_configuration.json'), 'utf8');
    for (let end = 0; end <= full.length; end += 3) {
      const result = attempt(full.slice(0, end));
      if ('text' in result) assert.deepEqual(parseHcl(result.text).diagnostics, [], full.slice(0, end));
    }
  });

  const corpus = CORPUS;
  it(
    'converts every legacy JSON template of the corpus into HCL2 that parses',
    { skip: !existsSync(join(corpus, 'INDEX.tsv')) },
    () => {
      const rows = readFileSync(join(corpus, 'INDEX.tsv'), 'utf8')
        .split('\n')
        .map((row) => row.split('\t'));
      const legacy = rows.filter((cells) => cells[4] === 'legacy-json').map((cells) => cells[0] ?? '');
      assert.ok(legacy.length > 200);
      for (const path of legacy) {
        const result = attempt(readFileSync(join(corpus, path), 'utf8'));
        if ('text' in result) assert.deepEqual(parseHcl(result.text).diagnostics, [], path);
      }
    },
  );
});

describe('convert: date layouts', () => {
  it('turns Go reference layouts into formatdate specs, or refuses', () => {
    assert.equal(goLayoutToFormatdate('2006-01-02 15:04:05 MST'), 'YYYY-MM-DD hh:mm:ss ZZZ');
    assert.equal(goLayoutToFormatdate('Monday, January 2, 2006'), 'EEEE, MMMM D, YYYY');
    assert.equal(goLayoutToFormatdate('20060102T150405'), "YYYYMMDD'T'hhmmss");
    assert.equal(goLayoutToFormatdate('15:04:05.000'), undefined);
  });

  it('turns strftime formats into formatdate specs, or refuses', () => {
    assert.equal(strftimeToFormatdate('%Y-%m-%d %H:%M:%S %%'), 'YYYY-MM-DD hh:mm:ss %');
    assert.equal(strftimeToFormatdate('%j'), undefined);
  });
});
