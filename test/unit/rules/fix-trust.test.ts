/**
 * Quick fixes on broken text: each case is the smallest form of a text on which the fix once made
 * things worse (found by the robustness fuzzer). The fix is withheld where the place it edits
 * cannot be trusted, and made right where it can.
 */
import { describe } from 'node:test';
import { ruleTester } from '../../support/ruleTester';

const hcl = 'file:///w/main.pkr.hcl';
const nullBuilder = '"builders": [{"type": "null", "communicator": "none"';

describe('undefined-variable on broken JSON', () => {
  ruleTester('undefined-variable', {
    valid: [],
    invalid: [
      {
        name: 'a colon missing inside "variables": its braces are guesses, no declaration is inserted',
        code: `{"variables": {"bar": "{{user \`foo\`}}", "baz" {"type": "foo"}}, ${nullBuilder}}]}`,
        messages: [/"foo" is not declared/],
      },
      {
        name: 'stray characters before the root object: no section is created',
        code: `%{${nullBuilder}, "name": "{{user \`x\`}}"}]}`,
        messages: [/"x" is not declared/],
      },
      {
        name: 'an invisible character in the name is the typo, not a variable to declare',
        code: `{"variables": {}, ${nullBuilder}, "name": "{{user \`a\u200bb\`}}"}]}`,
        messages: [/is not declared/],
      },
      {
        name: 'a syntax error elsewhere leaves a well-formed "variables" open to the fix',
        code: `{"variables": {"region": ""}, ${nullBuilder}, "name": "{{user \`build_id\`}}"}], "x" 1}`,
        messages: [/"build_id" is not declared/],
        output: `{"variables": {"region": "", "build_id": ""}, ${nullBuilder}, "name": "{{user \`build_id\`}}"}], "x" 1}`,
      },
    ],
  });
});

describe('smart-quotes beside a string left open', () => {
  ruleTester('smart-quotes', {
    valid: [],
    invalid: [
      {
        name: 'straightening the quote would let the open string above run on to it: no fix',
        uri: hcl,
        code: 'locals {\n  tags = {\n    "a“ = 1\n    ”b" = "c“\n  }\n}\n',
        messages: [/opened by a right curly quote/],
      },
      {
        name: 'with the string above closed, the same quote is fixed',
        uri: hcl,
        code: 'locals {\n  tags = {\n    "a" = 1\n    ”b" = "c"\n  }\n}\n',
        messages: [/opened by a right curly quote/],
        output: 'locals {\n  tags = {\n    "a" = 1\n    "b" = "c"\n  }\n}\n',
      },
    ],
  });
});

describe('hcl-syntax: a missing comma after a string left open', () => {
  ruleTester('hcl-syntax', {
    valid: [],
    invalid: [
      {
        name: 'the comma would land inside the open string: none is offered',
        uri: hcl,
        code: 'locals {\n  xs = ["a”,\n    "b"]\n}\n',
        messages: [/Unterminated string literal/, /Missing item separator/],
      },
    ],
  });
});

describe('deprecated-setting: rewrites that would not hold', () => {
  const vbox = (settings: string) =>
    `{"builders": [{"type": "virtualbox-iso", "iso_url": "x.iso", "ssh_username": "vagrant", "iso_checksum": "sha256:abc", ${settings}}]}`;
  ruleTester('deprecated-setting', {
    valid: [],
    invalid: [
      {
        name: 'a value the new key rejects is not moved to it',
        code: vbox('"ssh_wait_timeout": "30m”"'),
        messages: [/ssh_wait_timeout.*ssh_timeout/],
      },
      {
        name: 'a component the parser had to guess through is not rewritten',
        code: vbox('"ssh_wait_timeout": "30m", "x" 1'),
        messages: [/ssh_wait_timeout.*ssh_timeout/],
      },
    ],
  });
});

describe('undefined-reference in curly quotes', () => {
  ruleTester('undefined-reference', {
    valid: [],
    invalid: [
      {
        name: 'the correction is offered as in straight quotes',
        uri: hcl,
        code: 'source "null" "example" {\n  communicator = "none"\n}\nbuild {\n  sources = [“source.null.exampel”]\n}\n',
        messages: [/no source "null" "exampel".*did you mean source\.null\.example/],
        output:
          'source "null" "example" {\n  communicator = "none"\n}\nbuild {\n  sources = [“source.null.example”]\n}\n',
      },
    ],
  });
});

describe('smart-quotes on a JSON string that never closes', () => {
  ruleTester('smart-quotes', {
    valid: [],
    invalid: [
      {
        name: 'an opening curly quote with nothing after it to close: no fix, the open string comes first',
        code: '{"builders": [{"type": \u201camazon-ebs',
        messages: [/Curly quotes \(\u201c\)/],
      },
    ],
  });
});

describe('deprecated-setting rewrites of HCL2 expressions', () => {
  ruleTester('deprecated-setting', {
    valid: [],
    invalid: [
      {
        name: 'the checksum is an expression: its value is unknown, so no rewrite is offered',
        uri: hcl,
        code: 'source "qemu" "x" {\n  iso_checksum_type = "sha256"\n  iso_checksum      = var.sum\n}\n',
        messages: [/iso_checksum_type/],
      },
      {
        name: 'the rewrite sets a block (network_adapters): written as an argument Packer would reject it, so no fix',
        uri: hcl,
        code: 'source "vsphere-iso" "x" {\n  network = "VM Network"\n}\n',
        messages: [/`network` moved into a `network_adapters` block/],
      },
    ],
  });
});

describe('missing-required-setting on broken JSON', () => {
  ruleTester('missing-required-setting', {
    valid: [],
    invalid: [
      {
        name: 'a string left open in the builder: its braces are guesses, nothing is inserted',
        code: '{"builders": [{"type": "amazon-ebs\n", "region": "us-east-1", "source_ami": "ami-1"}]}',
        messages: [/Missing "ami_name"/, /"source_ami" or/, /"instance_type" or/, /Missing "ssh_username"/],
      },
      {
        name: 'a byte order mark in the layout is not copied: it stays where it stood, before the next key',
        code: '{"builders": [{\n  \ufeff"source_ami": "ami-1",\n  "type": "amazon-ebs",\n  \ufeff"instance_type": "t3.micro", "ssh_username": "ec2-user"}]}',
        messages: [/Missing "ami_name"/],
        output:
          '{"builders": [{\n  \ufeff"source_ami": "ami-1",\n  "type": "amazon-ebs",\n  \ufeff"ami_name": "packer-image-{{timestamp}}",\n  "instance_type": "t3.micro", "ssh_username": "ec2-user"}]}',
      },
    ],
  });
});

describe('unknown-block-type on a name read through a syntax error', () => {
  ruleTester('unknown-block-type', {
    valid: [],
    invalid: [
      {
        name: 'a stray quote makes `source "..." {` read as an argument: no rename to "sources"',
        uri: hcl,
        code: 'build {\n  source "source.null.base\u201c {\n    name = "x"\n  }\n}\n',
        messages: [/An argument named "source" is not expected in a build block/],
      },
    ],
  });
});
