import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf, ruleTester, type InvalidCase, type ValidCase } from '../../support/ruleTester';

const RULES = [
  'undefined-reference',
  'unknown-function',
  'variable-declared-in-varfile',
  'undeclared-variable-in-varfile',
  'variable-not-set',
];

const variablesFile = `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "tags" {
  type    = map(string)
  default = {}
}

locals {
  ami_name = "web-\${var.region}-\${formatdate("YYYYMMDD", timestamp())}"
}
`;

const sourcesFile = `data "amazon-ami" "ubuntu" {
  filters = {
    name = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
  }
  owners      = ["099720109477"]
  most_recent = true
  region      = var.region
}

source "amazon-ebs" "ubuntu" {
  region        = var.region
  instance_type = var.instance_type
  source_ami    = data.amazon-ami.ubuntu.id
  ami_name      = local.ami_name
  ssh_username  = "ubuntu"
  tags          = merge(var.tags, { Name = local.ami_name })
}
`;

const buildFile = `build {
  sources = ["source.amazon-ebs.ubuntu"]

  provisioner "shell" {
    inline = ["echo building in \${var.region} from \${data.amazon-ami.ubuntu.name}"]
  }
}
`;

const folder: Record<string, string> = {
  '/w/variables.pkr.hcl': variablesFile,
  '/w/sources.pkr.hcl': sourcesFile,
  '/w/build.pkr.hcl': buildFile,
};

/** ruleTester for HCL2: a case without a uri is main.pkr.hcl in the folder /w. */
function hclRuleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const withUri = <T extends { uri?: string }>(c: T): T => ({ uri: 'file:///w/main.pkr.hcl', ...c });
  ruleTester(ruleId, { valid: cases.valid.map(withUri), invalid: cases.invalid.map(withUri) });
}

/** The other files of the folder, for analysing `name`. */
function others(name: string, files: Record<string, string> = folder): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([p]) => p !== name));
}

describe('a three-file configuration', () => {
  for (const name of Object.keys(folder)) {
    it(`has no reference findings in ${name}`, () => {
      for (const rule of RULES) {
        const findings = findingsOf(rule, folder[name] ?? '', `file://${name}`, others(name));
        assert.deepEqual(
          findings.map((f) => f.message),
          [],
          rule,
        );
      }
    });
  }
});

describe('undefined-reference', () => {
  hclRuleTester('undefined-reference', {
    valid: [
      {
        name: 'a variable declared in a variables block',
        code: 'variables {\n  region = "x"\n}\nlocals {\n  r = var.region\n}\n',
      },
      {
        name: 'a local declared with a local block',
        code: 'local "secret" {\n  expression = "x"\n  sensitive  = true\n}\nlocals {\n  y = local.secret\n}\n',
      },
      {
        name: 'names bound by for expressions and template for directives',
        code:
          'variable "list" {\n  default = []\n}\nlocals {\n' +
          '  a = [for s in var.list : upper(s)]\n' +
          '  b = {for k, v in var.list : k => v if v != ""}\n' +
          '  c = "%{ for x in var.list }${x}%{ endfor }"\n}\n',
      },
      {
        name: 'names bound by dynamic blocks, with and without an iterator',
        code:
          'variable "tags" {\n  default = {}\n}\nsource "amazon-ebs" "x" {\n' +
          '  dynamic "tag" {\n    for_each = var.tags\n    content {\n      key   = tag.key\n      value = tag.value\n    }\n  }\n' +
          '  dynamic "launch_block_device_mappings" {\n    for_each = var.tags\n    iterator = disk\n' +
          '    content {\n      device_name = disk.key\n    }\n  }\n}\n',
      },
      {
        name: 'path, packer, build and source references are not checked',
        code:
          'source "null" "x" {\n  communicator = "none"\n}\nbuild {\n  sources = ["source.null.x"]\n' +
          '  provisioner "shell-local" {\n    inline = ["echo ${path.root} ${packer.version} ${build.ID} ${source.name}"]\n  }\n}\n',
      },
      {
        name: 'an older two-part source reference and a source block in a build',
        code:
          'source "null" "x" {\n  communicator = "none"\n}\nbuild {\n  sources = ["null.x"]\n' +
          '  source "source.null.x" {\n    name = "second"\n  }\n}\n',
      },
      {
        name: 'the outputs of a data source from a plugin we do not know',
        code: 'data "my-plugin-thing" "x" {}\nlocals {\n  v = data.my-plugin-thing.x.anything\n}\n',
      },
      {
        name: 'type expressions are not references',
        code: 'variable "x" {\n  type    = list(object({ a = string }))\n  default = []\n}\nlocals {\n  y = convert(var.x, list(any))\n}\n',
      },
      {
        name: 'a variable declared in a .pkr.json beside it (HCL JSON syntax)',
        code: 'locals {\n  r = var.region\n}\n',
        uri: 'file:///w/main.pkr.hcl',
        files: { '/w/variables.pkr.json': '{"variable": {"region": {}}}' },
      },
      {
        name: 'variable files are not checked',
        code: 'region = var.other\n',
        uri: 'file:///w/x.auto.pkrvars.hcl',
      },
    ],
    invalid: [
      {
        name: 'a typo in build.pkr.hcl, declared in variables.pkr.hcl',
        code: buildFile.replace('${var.region}', '${var.regoin}'),
        uri: 'file:///w/build.pkr.hcl',
        files: others('/w/build.pkr.hcl'),
        messages: [
          /^There is no variable "regoin": declare it with a variable block, or did you mean "region" \(variables\.pkr\.hcl\)\?$/,
        ],
        output: buildFile,
      },
      {
        name: 'a variable close to nothing',
        code: 'locals {\n  x = var.completely_different\n}\n',
        messages: [/^There is no variable "completely_different": declare it with a variable block\.$/],
      },
      {
        name: 'a variable block in a variable file does not declare it',
        code: 'locals {\n  x = var.region\n}\n',
        uri: 'file:///w/main.pkr.hcl',
        files: { '/w/dev.pkrvars.hcl': 'variable "region" {\n  default = "x"\n}\n' },
        messages: [/its variable block is in dev\.pkrvars\.hcl, a variable file, which can only set values/],
      },
      {
        name: 'a variable named by index',
        code: 'variable "region" {\n  default = "x"\n}\nlocals {\n  x = var["regoin"]\n}\n',
        messages: [/no variable "regoin".*"region"/],
        output: 'variable "region" {\n  default = "x"\n}\nlocals {\n  x = var["region"]\n}\n',
      },
      {
        name: 'a local value',
        code: 'locals {\n  ami_name = "x"\n  y = local.ami_nmae\n}\n',
        messages: [/^There is no local value "ami_nmae": declare it in a locals block, or did you mean "ami_name" \(/],
        output: 'locals {\n  ami_name = "x"\n  y        = local.ami_name\n}\n',
      },
      {
        name: 'a for expression binds only its own names',
        code: 'locals {\n  xs = []\n  a  = [for s in local.xs : upper(t)]\n  b  = [for s in local.xs : local.s]\n}\n',
        messages: [/^There is no local value "s": declare it in a locals block, or did you mean "xs"/],
        output:
          'locals {\n  xs = []\n  a  = [for s in local.xs : upper(t)]\n  b  = [for s in local.xs : local.xs]\n}\n',
      },
      {
        name: 'a dynamic block binds its label inside its content only',
        code:
          'variable "tags" {\n  default = {}\n}\nsource "amazon-ebs" "x" {\n' +
          '  dynamic "tag" {\n    for_each = var.tags\n    content {\n      key = tag.key\n    }\n  }\n' +
          '  ami_name = var.tag\n}\n',
        messages: [/^There is no variable "tag": declare it with a variable block, or did you mean "tags"/],
        output:
          'variable "tags" {\n  default = {}\n}\nsource "amazon-ebs" "x" {\n' +
          '  dynamic "tag" {\n    for_each = var.tags\n    content {\n      key = tag.key\n    }\n  }\n' +
          '  ami_name = var.tags\n}\n',
      },
      {
        name: 'a data source name, in another file',
        code: 'locals {\n  ami = data.amazon-ami.ubnutu.id\n}\n',
        uri: 'file:///w/main.pkr.hcl',
        files: { '/w/sources.pkr.hcl': sourcesFile },
        messages: [
          /^There is no data source data\.amazon-ami\.ubnutu: declare it with a data "amazon-ami" "ubnutu" block, or did you mean data\.amazon-ami\.ubuntu \(sources\.pkr\.hcl\)\?$/,
        ],
        output: 'locals {\n  ami = data.amazon-ami.ubuntu.id\n}\n',
      },
      {
        name: 'a data source type',
        code: 'data "amazon-ami" "x" {}\nlocals {\n  ami = data.amazon-amy.x.id\n}\n',
        messages: [/data\.amazon-amy\.x.*did you mean data\.amazon-ami\.x/],
        output: 'data "amazon-ami" "x" {}\nlocals {\n  ami = data.amazon-ami.x.id\n}\n',
      },
      {
        name: 'a data source that is not declared at all',
        code: 'locals {\n  ami = data.amazon-ami.ubuntu.id\n}\n',
        messages: [
          /^There is no data source data\.amazon-ami\.ubuntu: declare it with a data "amazon-ami" "ubuntu" block\.$/,
        ],
      },
      {
        name: 'an attribute a data source does not have',
        code: 'data "amazon-ami" "x" {}\nlocals {\n  ami = data.amazon-ami.x.idd\n}\n',
        messages: [/^The amazon-ami data source has no attribute "idd": did you mean "id"\?$/],
        output: 'data "amazon-ami" "x" {}\nlocals {\n  ami = data.amazon-ami.x.id\n}\n',
      },
      {
        name: 'an attribute close to none of the outputs',
        code: 'data "http" "x" {\n  url = "https://example.com"\n}\nlocals {\n  v = data.http.x.status\n}\n',
        messages: [/^The http data source has no attribute "status": it has "body", "request_headers", "url"\.$/],
      },
      {
        name: 'a build source, in sources = [...] and as a block label',
        code: 'build {\n  sources = ["source.amazon-ebs.ubnutu"]\n  source "source.amazon-ebz.ubuntu" {\n    name = "b"\n  }\n}\n',
        uri: 'file:///w/build.pkr.hcl',
        files: { '/w/sources.pkr.hcl': sourcesFile },
        messages: [
          /^There is no source "amazon-ebs" "ubnutu" for this build: declare it with a source "amazon-ebs" "ubnutu" block, or did you mean source\.amazon-ebs\.ubuntu \(sources\.pkr\.hcl\)\?$/,
          /There is no source "amazon-ebz" "ubuntu".*source\.amazon-ebs\.ubuntu/,
        ],
        output:
          'build {\n  sources = ["source.amazon-ebs.ubuntu"]\n  source "source.amazon-ebs.ubuntu" {\n    name = "b"\n  }\n}\n',
      },
      {
        name: 'a two-part build source',
        code: 'source "null" "web" {\n  communicator = "none"\n}\nbuild {\n  sources = ["null.wbe"]\n}\n',
        messages: [/no source "null" "wbe".*source\.null\.web/],
        output: 'source "null" "web" {\n  communicator = "none"\n}\nbuild {\n  sources = ["null.web"]\n}\n',
      },
      {
        name: 'a build source close to nothing',
        code: 'build {\n  sources = ["source.null.x"]\n}\n',
        messages: [/^There is no source "null" "x" for this build: declare it with a source "null" "x" block\.$/],
      },
      {
        name: 'a data reference without its type',
        code: 'data "http" "certs" {\n  url = "https://example.com"\n}\nlocals {\n  v = data.certs.body\n}\n',
        messages: [
          /^There is no data source data\.certs\.body: .*, or did you mean data\.http\.certs \(main\.pkr\.hcl\)\?$/,
        ],
        output: 'data "http" "certs" {\n  url = "https://example.com"\n}\nlocals {\n  v = data.http.certs.body\n}\n',
      },
      {
        name: 'a source reference without its type',
        code: 'source "null" "web" {\n  communicator = "none"\n}\nbuild {\n  sources = ["source.web"]\n}\n',
        messages: [/^There is no source "source" "web" for this build: .*, or did you mean source\.null\.web/],
        output: 'source "null" "web" {\n  communicator = "none"\n}\nbuild {\n  sources = ["source.null.web"]\n}\n',
      },
      {
        name: 'in a branch of a condition, and in try()',
        code: 'variable "mode" {\n  default = null\n}\nlocals {\n  x = var.mode == null ? "none" : var.fallback\n  y = try(var.optional, "none")\n}\n',
        messages: [
          /^There is no variable "fallback": .* Packer only stops on it when this branch of the condition is taken\.$/,
          /^There is no variable "optional": .* try\(\) hides the error, so this never has a value\.$/,
        ],
      },
      {
        name: 'a slip in the root name',
        code: 'locals {\n  a = "x"\n  b = locals.a\n}\n',
        messages: [/^There is nothing named "locals" to refer to: did you mean "local"\?$/],
        output: 'locals {\n  a = "x"\n  b = local.a\n}\n',
      },
    ],
  });
});

describe('undefined-reference severity', () => {
  it('is an error, and a warning where HCL may never evaluate the reference', () => {
    const code = 'locals {\n  a = var.x\n  b = true ? var.y : 1\n}\n';
    const findings = findingsOf('undefined-reference', code, 'file:///w/main.pkr.hcl');
    assert.deepEqual(
      findings.map((f) => f.severity),
      [undefined, 'warning'],
    );
  });
});

describe('unknown-function', () => {
  hclRuleTester('unknown-function', {
    valid: [
      { code: 'locals {\n  a = upper(trimspace(" x "))\n  b = strcontains("abc", "b")\n}\n' },
      { name: 'provider functions', code: 'locals {\n  a = provider::aws::arn_parse("x")\n}\n' },
      {
        name: 'type constraints',
        code: 'variable "x" {\n  type    = map(object({ a = optional(string) }))\n  default = {}\n}\nlocals {\n  y = convert(var.x, map(any))\n}\n',
      },
    ],
    invalid: [
      {
        code: 'locals {\n  a = lenght([1])\n}\n',
        messages: [/^There is no function "lenght" in Packer: did you mean "length"\?$/],
        output: 'locals {\n  a = length([1])\n}\n',
      },
      {
        name: 'inside a template and a for expression',
        code: 'locals {\n  a = "${uper("x")}"\n  b = [for s in ["a"] : lowr(s)]\n}\n',
        messages: [/"uper".*"upper"/, /"lowr".*"lower"/],
        output: 'locals {\n  a = "${upper("x")}"\n  b = [for s in ["a"] : lower(s)]\n}\n',
      },
      {
        name: 'env() outside a variable default',
        code: 'variable "a" {\n  default = env("A")\n}\nvariables {\n  b = env("B")\n}\nlocals {\n  c = env("C")\n}\n',
        messages: [/^env\(\) is only available in the default of a variable block/],
      },
      {
        name: "Terraform's conversions",
        code: 'locals {\n  a = tostring(1)\n}\n',
        messages: [/^There is no function "tostring" in Packer: write convert\(value, string\) instead\.$/],
      },
      {
        name: 'a name close to nothing',
        code: 'locals {\n  a = frobnicate(1)\n}\n',
        messages: [/^There is no function "frobnicate" in Packer\.$/],
      },
    ],
  });
});

describe('variable-declared-in-varfile', () => {
  hclRuleTester('variable-declared-in-varfile', {
    valid: [
      { code: 'region = "eu-west-1"\n', uri: 'file:///w/dev.pkrvars.hcl' },
      { name: 'a configuration file', code: 'variable "region" {}\n', uri: 'file:///w/variables.pkr.hcl' },
    ],
    invalid: [
      {
        code: 'variable "region" {\n  type    = string\n  default = "eu-west-1"\n}\n',
        uri: 'file:///w/dev.pkrvars.hcl',
        messages: [
          /^A variable block in a variable file: dev\.pkrvars\.hcl can only set the values of variables declared in \.pkr\.hcl files, so Packer stops here\. Move the block to a \.pkr\.hcl file, or write region = <value> to set it\.$/,
        ],
        output: 'region = "eu-west-1"\n',
      },
      {
        name: 'without a default there is no value to keep',
        code: 'variable "region" {\n  type = string\n}\n',
        uri: 'file:///w/x.auto.pkrvars.hcl',
        messages: [/A variable block in a variable file/],
      },
      {
        name: 'a variables block',
        code: 'variables {\n  a = 1\n  b = ["x",\n    "y"]\n}\n',
        uri: 'file:///w/x.auto.pkrvars.hcl',
        messages: [/^A variables block in a variable file/],
        // packer fmt puts a line that closes the bracket at the indentation of the line that opened it.
        output: 'a = 1\nb = ["x",\n"y"]\n',
      },
      {
        name: 'no fix when the file would declare the name twice',
        code: 'variable "region" {\n  default = "a"\n}\nvariables {\n  region = "b"\n}\n',
        uri: 'file:///w/dev.pkrvars.hcl',
        messages: [/variable block/, /variables block/],
      },
      {
        name: 'no fix when the file already sets the variable',
        code: 'region = "a"\nvariable "region" {\n  default = "b"\n}\n',
        uri: 'file:///w/dev.pkrvars.hcl',
        messages: [/variable block/],
      },
    ],
  });
});

describe('undeclared-variable-in-varfile', () => {
  const files = { '/w/variables.pkr.hcl': variablesFile };
  hclRuleTester('undeclared-variable-in-varfile', {
    valid: [
      { code: 'region = "eu-central-1"\n', uri: 'file:///w/dev.pkrvars.hcl', files },
      { name: 'no configuration beside it', code: 'anything = 1\n', uri: 'file:///w/vars/dev.pkrvars.hcl', files },
      {
        name: 'declared in a .pkr.json beside it',
        code: 'other = 1\n',
        uri: 'file:///w/dev.pkrvars.hcl',
        files: { ...files, '/w/more.pkr.json': '{"variable": {"other": {}}}' },
      },
    ],
    invalid: [
      {
        code: 'regoin = "eu-central-1"\n',
        uri: 'file:///w/x.auto.pkrvars.hcl',
        files,
        messages: [
          /^No variable "regoin" is declared in the configuration, so Packer ignores this value: did you mean "region" \(variables\.pkr\.hcl\)\?$/,
        ],
        output: 'region = "eu-central-1"\n',
      },
      {
        name: 'close to nothing',
        code: 'vpc_id = "vpc-1"\n',
        uri: 'file:///w/dev.pkrvars.hcl',
        files,
        messages: [/"vpc_id".*declare it with a variable block in a \.pkr\.hcl file\.$/],
      },
      {
        name: 'no fix onto a name the file already sets',
        code: 'region = "a"\nregoin = "b"\n',
        uri: 'file:///w/dev.pkrvars.hcl',
        files,
        messages: [/"regoin"/],
      },
    ],
  });
});

describe('variable-not-set', () => {
  const declaration = 'variable "region" {\n  type = string\n}\n';
  const use = { '/w/build.pkr.hcl': 'source "null" "x" {\n  communicator = "none"\n  name = var.region\n}\n' };
  hclRuleTester('variable-not-set', {
    valid: [
      {
        name: 'with a default',
        code: 'variable "region" {\n  default = "x"\n}\n',
        uri: 'file:///w/v.pkr.hcl',
        files: use,
      },
      {
        name: 'set by an auto variable file',
        code: declaration,
        uri: 'file:///w/v.pkr.hcl',
        files: { ...use, '/w/x.auto.pkrvars.hcl': 'region = "x"\n' },
      },
      {
        name: 'set by an auto JSON variable file',
        code: declaration,
        uri: 'file:///w/v.pkr.hcl',
        files: { ...use, '/w/x.auto.pkrvars.json': '{"region": "x"}' },
      },
      { name: 'not used', code: declaration, uri: 'file:///w/v.pkr.hcl' },
      {
        name: 'only used by its own validation',
        code: 'variable "region" {\n  validation {\n    condition     = var.region != ""\n    error_message = "Empty."\n  }\n}\n',
        uri: 'file:///w/v.pkr.hcl',
      },
      {
        name: 'reported in the declaring file only',
        code: use['/w/build.pkr.hcl'],
        uri: 'file:///w/build.pkr.hcl',
        files: { '/w/v.pkr.hcl': declaration },
      },
    ],
    invalid: [
      {
        code: declaration,
        uri: 'file:///w/v.pkr.hcl',
        files: use,
        messages: [
          /^The variable "region" has no default, and neither an \.auto\.pkrvars\.hcl file nor a build script or setting known here sets it: Packer stops with "Unset variable" unless it is given with -var region=\.\.\., a -var-file, or PKR_VAR_region in the environment\.$/,
        ],
      },
      {
        name: 'a variable file beside it sets it',
        code: declaration,
        uri: 'file:///w/v.pkr.hcl',
        files: { ...use, '/w/dev.pkrvars.hcl': 'region = "x"\n' },
        messages: [/\(dev\.pkrvars\.hcl sets it: -var-file=dev\.pkrvars\.hcl\)\.$/],
      },
    ],
  });
});
