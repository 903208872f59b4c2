/**
 * The structure of HCL2 configurations: block types and arguments where they stand
 * (unknown-block-type), names declared twice in a folder (duplicate-source), and the HCL2 side of
 * unknown-setting (blocks against arguments, legacy-JSON meta keys, dynamic blocks).
 */
import { describe } from 'node:test';
import { ruleTester } from '../../support/ruleTester';

const uri = 'file:///w/main.pkr.hcl';
const nullSource = 'source "null" "example" {\n  communicator = "none"\n}\n';
const build = 'build {\n  sources = ["source.null.example"]\n}\n';
const ebs = (settings: string) =>
  `source "amazon-ebs" "web" {\n  region        = "us-east-1"\n  instance_type = "t3.micro"\n  ami_name      = "web"\n  ssh_username  = "ubuntu"\n${settings}}\n\nbuild {\n  sources = ["source.amazon-ebs.web"]\n}\n`;
const inBuild = (body: string) => `${nullSource}\nbuild {\n  sources = ["source.null.example"]\n${body}}\n`;

describe('unknown-block-type', () => {
  ruleTester('unknown-block-type', {
    valid: [
      {
        name: 'every top-level block',
        uri,
        code: `packer {\n  required_version = ">= 1.7"\n  required_plugins {\n    amazon = { version = ">= 1", source = "github.com/hashicorp/amazon" }\n  }\n}\nvariable "region" {\n  type    = string\n  default = "us-east-1"\n  validation {\n    condition     = length(var.region) > 0\n    error_message = "Set a region."\n  }\n}\nvariables {\n  zone = "a"\n}\nlocals {\n  name = "x"\n}\nlocal "secret" {\n  expression = "y"\n  sensitive  = true\n}\ndata "null" "d" {\n  input = "x"\n}\nhcp_packer_registry {\n  bucket_name = "b"\n}\n${nullSource}${build}`,
      },
      {
        name: 'every build child, and dynamic blocks in a build',
        uri,
        code: inBuild(
          '  name        = "b"\n  description = "d"\n  source "source.null.example" {\n    name = "other"\n  }\n  provisioner "shell-local" {\n    inline = ["true"]\n  }\n  error-cleanup-provisioner "shell-local" {\n    inline = ["true"]\n  }\n  post-processor "manifest" {}\n  post-processors {\n    post-processor "manifest" {}\n  }\n  hcp_packer_registry {\n    bucket_name = "b"\n  }\n  dynamic "provisioner" {\n    for_each = ["a"]\n    labels   = ["shell-local"]\n    content {\n      inline = ["true"]\n    }\n  }\n',
        ),
      },
      {
        name: 'a variables file is not a configuration file',
        uri: 'file:///w/x.pkrvars.hcl',
        code: 'region = "us-east-1"\n',
      },
      { name: 'a legacy JSON template', code: '{"builders": [{"type": "null", "communicator": "none"}]}' },
    ],
    invalid: [
      {
        name: 'a misspelt block type in a build',
        uri,
        code: inBuild('  provisoner "shell-local" {\n    inline = ["true"]\n  }\n'),
        messages: [/^A "provisoner" block is not expected in a build block: .* Did you mean "provisioner"\?$/],
        output: inBuild('  provisioner "shell-local" {\n    inline = ["true"]\n  }\n'),
      },
      {
        name: 'no suggestion of an argument the block already sets',
        uri,
        code: 'build {\n  sources = ["source.null.example"]\n  source  = ["source.null.example"]\n}\n',
        messages: [/^An argument named "source" is not expected in a build block: .*Arguments expected here/],
      },
      {
        name: 'a misspelt top-level block',
        uri,
        code: `varible "region" {}\n${nullSource}${build}`,
        messages: [/"varible" block is not expected at the top level.*Did you mean "variable"\?/],
        output: `variable "region" {}\n${nullSource}${build}`,
      },
      {
        name: 'a block in the wrong place says where it belongs',
        uri,
        code: `${nullSource}${build}provisioner "shell-local" {\n  inline = ["true"]\n}\n`,
        messages: [/A "provisioner" block is not expected at the top level .* belongs in a build block\.$/],
      },
      {
        name: 'required_plugins outside the packer block',
        uri,
        code: `required_plugins {}\n${nullSource}${build}`,
        messages: [/belongs in the packer block/],
      },
      {
        name: 'a JSON habit',
        uri,
        code: `builders {}\n${nullSource}${build}`,
        messages: [/In HCL2 each builder is a source block/],
      },
      {
        name: 'an unknown block lists the expected ones',
        uri,
        code: `potato {}\n${nullSource}${build}`,
        messages: [/A "potato" block is not expected .* Blocks expected here: build, data, hcp_packer_registry,/],
      },
      {
        name: 'a top-level argument',
        uri,
        code: `foo = 1\n${nullSource}${build}`,
        messages: [/^An argument named "foo" is not expected at the top level of a configuration file: .*pkrvars\.hcl/],
      },
      {
        name: 'a top-level block written as an argument',
        uri,
        code: `locals = {\n  name = "x"\n  tag  = "y"\n}\n${nullSource}${build}`,
        messages: [/^"locals" is a block: write it without "="/],
        output: `locals {\n  name = "x"\n  tag  = "y"\n}\n${nullSource}${build}`,
      },
      {
        name: 'no fix when the object is not a block body as written',
        uri,
        code: `locals = { name = "x", tag = "y" }\n${nullSource}${build}`,
        messages: [/"locals" is a block/],
      },
      {
        name: 'an argument misspelt in Packer blocks',
        uri,
        code: `variable "region" {\n  defualt = "us-east-1"\n}\n${nullSource}build {\n  source = ["source.null.example"]\n}\n`,
        messages: [
          /"defualt" is not expected in a variable block.*Did you mean "default"\?/,
          /"source" is not expected in a build block.*Did you mean "sources"\?/,
        ],
        output: `variable "region" {\n  default = "us-east-1"\n}\n${nullSource}build {\n  sources = ["source.null.example"]\n}\n`,
      },
      {
        name: 'the packer block',
        uri,
        code: `packer {\n  version = ">= 1.7"\n}\n${nullSource}${build}`,
        messages: [/"version" is not expected in the packer block: .* Arguments expected here: required_version\./],
      },
      {
        name: 'a block among the arguments of locals',
        uri,
        code: `locals {\n  tags {\n    Name = "x"\n  }\n}\n${nullSource}${build}`,
        messages: [/^Blocks are not allowed in a locals block: each entry is an argument/],
        output: `locals {\n  tags = {\n    Name = "x"\n  }\n}\n${nullSource}${build}`,
      },
      {
        name: 'a provisioner in a post-processors block',
        uri,
        code: inBuild('  post-processors {\n    provisioner "shell-local" {}\n  }\n'),
        messages: [/"provisioner" block is not expected in a post-processors block/],
      },
      {
        name: 'a dynamic block whose label is no block of the build',
        uri,
        code: inBuild('  dynamic "provisoner" {\n    for_each = []\n    content {}\n  }\n'),
        messages: [/A dynamic "provisoner" block is not expected in a build block.*Did you mean "provisioner"\?/],
        output: inBuild('  dynamic "provisioner" {\n    for_each = []\n    content {}\n  }\n'),
      },
      {
        name: 'dynamic blocks are not expanded at the top level',
        uri,
        code: `dynamic "source" {}\n${nullSource}${build}`,
        messages: [/A "dynamic" block is not expected at the top level.*only in build blocks/],
      },
      {
        name: 'communicator and from blocks are accepted and ignored',
        uri,
        code: `communicator "ssh" "x" {}\n${inBuild('  from "null" {}\n')}`,
        messages: [
          /^Packer accepts a "communicator" block .* does nothing with it/,
          /^Packer accepts a "from" block in a build block/,
        ],
      },
    ],
  });
});

describe('duplicate-source', () => {
  ruleTester('duplicate-source', {
    valid: [
      {
        name: 'distinct names',
        uri,
        code: `${nullSource}source "null" "other" {\n  communicator = "none"\n}\n${build}`,
      },
      {
        name: 'the same name for two builder types',
        uri,
        code: `${nullSource}source "file" "example" {\n  target = "x"\n}\n${build}`,
      },
      {
        name: 'the first declaration is not reported',
        uri,
        code: `${nullSource}${build}`,
        files: { '/w/other.pkr.hcl': nullSource },
      },
      {
        name: 'a variables file is not a configuration file',
        uri,
        code: `variable "region" {}\n${nullSource}${build}`,
        files: { '/w/x.pkrvars.hcl': 'region = "a"\n', '/w/y.auto.pkrvars.hcl': 'region = "b"\n' },
      },
      {
        name: 'a name twice in one locals block is duplicate-setting',
        uri,
        code: `locals {\n  a = 1\n  a = 2\n}\n${nullSource}${build}`,
      },
    ],
    invalid: [
      {
        name: 'two sources in one file',
        uri,
        code: `${nullSource}${nullSource}${build}`,
        messages: [
          /^Duplicate source block: source "null" "example" is already declared on line 1\. Each source must have a unique name per builder type/,
        ],
      },
      {
        name: 'a source declared in an earlier file of the folder',
        uri: 'file:///w/sources.pkr.hcl',
        code: nullSource,
        files: { '/w/a-sources.pkr.hcl': `# Sources.\n${nullSource}`, '/w/build.pkr.hcl': build },
        messages: [/already declared in a-sources\.pkr\.hcl on line 2\./],
      },
      {
        name: 'data sources, variables and locals',
        uri,
        code: `data "null" "d" {\n  input = "x"\n}\ndata "null" "d" {\n  input = "y"\n}\nvariable "region" {}\nvariables {\n  region = "a"\n}\nlocals {\n  name = "x"\n}\nlocal "name" {\n  expression = "y"\n}\n${nullSource}${build}`,
        messages: [
          /^Duplicate data block: data "null" "d"/,
          /^Duplicate variable: variable "region" is already declared on line 7/,
          /^Duplicate local: local "name" is already declared on line 12/,
        ],
      },
      {
        name: 'side-by-side templates: one warning per pair of files',
        uri: 'file:///w/b.pkr.hcl',
        code: `variable "region" {}\n${nullSource}${build}`,
        files: { '/w/a.pkr.hcl': `variable "region" {}\n${nullSource}${build}` },
        messages: [
          /^This file and a\.pkr\.hcl both declare variable "region" \(and 1 more name\): Packer cannot build this folder as one configuration/,
        ],
      },
    ],
  });
});

describe('unknown-setting in HCL2', () => {
  ruleTester('unknown-setting', {
    valid: [
      { name: 'a complete source', uri, code: ebs('') },
      {
        name: 'blocks and arguments as the schema has them, and dynamic blocks',
        uri,
        code: ebs(
          '  source_ami_filter {\n    filters = { name = "ubuntu/*" }\n    owners  = ["099720109477"]\n  }\n  tags = { Name = "web" }\n  launch_block_device_mappings {\n    device_name = "/dev/sda1"\n    volume_size = 40\n  }\n  dynamic "tag" {\n    for_each = { a = "b" }\n    content {\n      key   = tag.key\n      value = tag.value\n    }\n  }\n',
        ),
      },
      {
        name: 'what HCL2 provisioner and post-processor blocks take',
        uri,
        code: inBuild(
          '  provisioner "shell-local" {\n    name              = "hello"\n    inline            = ["true"]\n    pause_before      = "5s"\n    max_retries       = 2\n    timeout           = "5m"\n    continue_on_error = true\n    only              = ["null.example"]\n  }\n  post-processor "manifest" {\n    name                = "m"\n    keep_input_artifact = true\n    except              = ["null.example"]\n  }\n',
        ),
      },
    ],
    invalid: [
      {
        name: 'a block written as an argument',
        uri,
        code: ebs(
          '  source_ami_filter = {\n    filters = { name = "ubuntu/*" }\n    owners  = ["099720109477"]\n  }\n',
        ),
        messages: [
          /^"source_ami_filter" of the amazon-ebs builder is a block: write it without "=", as `source_ami_filter \{ \.\.\. \}`\. Packer rejects the template: "An argument named/,
        ],
        output: ebs(
          '  source_ami_filter {\n    filters = { name = "ubuntu/*" }\n    owners  = ["099720109477"]\n  }\n',
        ),
      },
      {
        name: 'a list of blocks written as a list of objects',
        uri,
        code: ebs(
          '  launch_block_device_mappings = [{\n    device_name = "/dev/sda1"\n  }, {\n    device_name = "/dev/sdb"\n  }]\n',
        ),
        messages: [/"launch_block_device_mappings" of the amazon-ebs builder is a block/],
        output: ebs(
          '  launch_block_device_mappings {\n    device_name = "/dev/sda1"\n  }\n  launch_block_device_mappings {\n    device_name = "/dev/sdb"\n  }\n',
        ),
      },
      {
        name: 'no fix for an object with commas',
        uri,
        code: ebs('  source_ami_filter = { owners = ["099720109477"], most_recent = true }\n'),
        messages: [/is a block: write it without "="/],
      },
      {
        name: 'a block set from a value: a dynamic block does that',
        uri,
        code: ebs('  launch_block_device_mappings = local.mappings\n'),
        messages: [
          /is a block: a value cannot set it; to make blocks from a value, use `dynamic "launch_block_device_mappings"/,
        ],
      },
      {
        name: 'an argument written as a block',
        uri,
        code: ebs('  tags {\n    Name = "web"\n  }\n'),
        messages: [
          /^"tags" of the amazon-ebs builder is an argument, not a block: write it as an argument, `tags = \{ \.\.\. \}`/,
        ],
        output: ebs('  tags = {\n    Name = "web"\n  }\n'),
      },
      {
        name: 'an argument of a nested block written as a block',
        uri,
        code: ebs(
          '  source_ami_filter {\n    filters {\n      name = "ubuntu/*"\n    }\n    owners = ["099720109477"]\n  }\n',
        ),
        messages: [/"filters" of the amazon-ebs builder is an argument/],
        output: ebs(
          '  source_ami_filter {\n    filters = {\n      name = "ubuntu/*"\n    }\n    owners = ["099720109477"]\n  }\n',
        ),
      },
      {
        name: 'legacy JSON meta keys in a source: type and name are its labels',
        uri,
        code: ebs('  type = "amazon-ebs"\n  name = "web"\n'),
        messages: [
          /^"type" is not a setting of a source block in HCL2: the source's type is the first label/,
          /^"name" is not a setting of a source block in HCL2: the source's name is the second label/,
        ],
        output: ebs(''),
      },
      {
        name: 'type in a provisioner, different from its label: no fix',
        uri,
        code: inBuild('  provisioner "shell-local" {\n    type   = "shell"\n    inline = ["true"]\n  }\n'),
        messages: [/^"type" is not a setting of a provisioner block in HCL2/],
      },
      {
        name: 'a misspelt key, with its rename',
        uri,
        code: ebs('  ssh_usrname = "x"\n'),
        messages: [
          /^Unknown setting "ssh_usrname" in the amazon-ebs builder \(source "amazon-ebs" "web"\).*Did you mean "ssh_username"\?/,
        ],
      },
      {
        name: 'HCL2 suggests the keys HCL2 takes',
        uri,
        code: inBuild('  provisioner "shell-local" {\n    inline = ["true"]\n    continue_on_eror = true\n  }\n'),
        messages: [/Unknown setting "continue_on_eror".*Did you mean "continue_on_error"\?/],
        output: inBuild(
          '  provisioner "shell-local" {\n    inline            = ["true"]\n    continue_on_error = true\n  }\n',
        ),
      },
      {
        name: 'a dynamic block whose label is no block of the source',
        uri,
        code: ebs('  dynamic "tagz" {\n    for_each = {}\n    content {}\n  }\n'),
        messages: [/^Unknown block type "tagz" in a dynamic block.*Did you mean "tag"\?/],
        output: ebs('  dynamic "tag" {\n    for_each = {}\n    content {}\n  }\n'),
      },
      {
        name: 'the content of a dynamic block',
        uri,
        code: ebs(
          '  dynamic "tag" {\n    for_each = {}\n    content {\n      key  = tag.key\n      valu = tag.value\n    }\n  }\n',
        ),
        messages: [/^Unknown setting "valu" in the content of a dynamic "tag" block.*Did you mean "value"\?/],
        output: ebs(
          '  dynamic "tag" {\n    for_each = {}\n    content {\n      key   = tag.key\n      value = tag.value\n    }\n  }\n',
        ),
      },
      {
        name: 'a dynamic block cannot make an argument',
        uri,
        code: ebs('  dynamic "tags" {\n    for_each = {}\n    content {}\n  }\n'),
        messages: [/^"tags" of the amazon-ebs builder is an argument, not a block: a dynamic block cannot generate it/],
      },
      {
        name: 'a source that no build uses: a warning, as Packer checks it only when built',
        uri,
        code: 'source "null" "unused" {\n  communicator = "none"\n  bogus = 1\n}\n',
        messages: [/^Unknown setting "bogus" .*: Packer will reject it once a build uses this source/],
      },
    ],
  });
});

describe('lookalike-character in HCL2 type labels', () => {
  ruleTester('lookalike-character', {
    valid: [{ uri: 'file:///w/a.pkr.hcl', code: 'source "null" "x" {\n  communicator = "none"\n}\n' }],
    invalid: [
      {
        uri: 'file:///w/a.pkr.hcl',
        code: 'source "amazon\u2212ebs" "x" {\n}\n',
        messages: [
          /The type "amazon\u2212ebs" holds a character that only looks like ASCII \(minus sign \(U\+2212\)\)/,
        ],
        output: 'source "amazon-ebs" "x" {\n}\n',
      },
    ],
  });
});

describe('HCL2 fixes keep the file’s line endings', () => {
  ruleTester('missing-required-setting', {
    valid: [],
    invalid: [
      {
        name: 'CRLF',
        uri: 'file:///w/a.pkr.hcl',
        code: 'source "amazon-ebs" "x" {\r\n  ami_name = "a-b-c"\r\n  source_ami = "ami-1"\r\n  communicator = "none"\r\n}\r\nbuild {\r\n  sources = ["source.amazon-ebs.x"]\r\n}\r\n',
        messages: [/needs "instance_type" or "spot_instance_types"/],
        output:
          'source "amazon-ebs" "x" {\r\n  instance_type = "t3.micro"\r\n  ami_name      = "a-b-c"\r\n  source_ami    = "ami-1"\r\n  communicator  = "none"\r\n}\r\nbuild {\r\n  sources = ["source.amazon-ebs.x"]\r\n}\r\n',
      },
    ],
  });
});
