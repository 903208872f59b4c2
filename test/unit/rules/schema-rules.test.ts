import { describe } from 'node:test';
import { ruleTester } from '../../support/ruleTester';

const nullBuilder = (settings: string) => `{"builders": [{"type": "null", ${settings}}]}`;
const ebs = (settings: string) =>
  `{"builders": [{"type": "amazon-ebs", "region": "us-east-1", "source_ami": "ami-0abc", ${settings}}]}`;
const ebsComplete = '"ami_name": "x-{{timestamp}}", "instance_type": "t3.micro", "ssh_username": "ec2-user"';

describe('unknown-setting', () => {
  ruleTester('unknown-setting', {
    valid: [
      { code: nullBuilder('"communicator": "none"') },
      {
        name: 'comment keys at the top level',
        code: '{"_comment": "x", "builders": [{"type": "null", "communicator": "none"}]}',
      },
      { name: 'a type we have no schema for', code: '{"builders": [{"type": "my-own-builder", "anything": 1}]}' },
      {
        name: 'provisioner meta keys',
        code: `{"builders": [{"type": "null", "communicator": "none"}], "provisioners": [{"type": "shell-local", "inline": ["true"], "only": ["null"], "pause_before": "5s", "max_retries": 2, "timeout": "5m"}]}`,
      },
    ],
    invalid: [
      {
        code: ebs(`${ebsComplete}, "ssh_usrname": "ec2-user"`),
        messages: [
          /Unknown setting "ssh_usrname" in the amazon-ebs builder \(builder 1\).*Did you mean "ssh_username"\?/,
        ],
      },
      {
        name: 'rename when the right key is not set yet',
        code: ebs('"ami_name": "x-{{timestamp}}", "instance_type": "t3.micro", "ssh_usrname": "ec2-user"'),
        messages: [/Did you mean "ssh_username"/],
        output: ebs('"ami_name": "x-{{timestamp}}", "instance_type": "t3.micro", "ssh_username": "ec2-user"'),
      },
      {
        name: 'an unknown root key',
        code: '{"builders": [{"type": "null", "communicator": "none"}], "provisioner": []}',
        messages: [/Unknown setting "provisioner" in the top level.*Did you mean "provisioners"\?/],
        output: '{"builders": [{"type": "null", "communicator": "none"}], "provisioners": []}',
      },
      {
        name: 'inside a nested block',
        code: ebs(
          `${ebsComplete}, "source_ami_filter": {"filters": {"name": "x"}, "owners": ["amazon"], "most_recnt": true}`,
        ),
        messages: [/Unknown setting "most_recnt" in "source_ami_filter".*"most_recent"/],
        output: ebs(
          `${ebsComplete}, "source_ami_filter": {"filters": {"name": "x"}, "owners": ["amazon"], "most_recent": true}`,
        ),
      },
      {
        name: 'no close name: no guess',
        code: nullBuilder('"communicator": "none", "foo_bar": 1'),
        messages: [/Unknown setting "foo_bar"/],
      },
    ],
  });
});

describe('invalid-setting-value', () => {
  ruleTester('invalid-setting-value', {
    valid: [
      { name: 'numbers as strings, as Packer reads them', code: ebs(`${ebsComplete}, "ssh_port": "22"`) },
      { name: 'a template call for a number', code: ebs(`${ebsComplete}, "ssh_port": "{{user \`port\`}}"`) },
      { name: 'a single string for a list', code: ebs(`${ebsComplete}, "ami_regions": "us-west-2"`) },
      { name: 'bool as a string', code: ebs(`${ebsComplete}, "associate_public_ip_address": "true"`) },
    ],
    invalid: [
      {
        code: ebs(`${ebsComplete}, "ssh_port": "twenty-two"`),
        messages: [/"ssh_port" expects a number, not the string "twenty-two"/],
      },
      {
        code: ebs(`${ebsComplete}, "associate_public_ip_address": "yes"`),
        messages: [/"associate_public_ip_address" expects true or false/],
      },
      {
        name: 'an enum, with the close value',
        code: ebs(`${ebsComplete}, "communicator": "SSH"`),
        messages: [/"SSH" is not a valid value for "communicator"/],
        output: ebs(`${ebsComplete}, "communicator": "ssh"`),
      },
      {
        name: 'a length rule',
        code: ebs('"ami_name": "ab", "instance_type": "t3.micro", "ssh_username": "ec2-user"'),
        messages: [/"ami_name" must be at least 3 characters long; "ab" has 2/],
      },
    ],
  });
});

describe('missing-required-setting', () => {
  ruleTester('missing-required-setting', {
    valid: [
      { code: ebs(ebsComplete) },
      {
        name: 'spot instance types instead of instance_type',
        code: ebs('"ami_name": "x-{{timestamp}}", "spot_instance_types": ["t3.micro"], "ssh_username": "ec2-user"'),
      },
      {
        name: 'no SSH user without SSH',
        code: ebs('"ami_name": "x-{{timestamp}}", "instance_type": "t3.micro", "communicator": "none"'),
      },
      {
        name: 'a templated communicator',
        code: ebs('"ami_name": "x-{{timestamp}}", "instance_type": "t3.micro", "communicator": "{{user `c`}}"'),
      },
      { name: 'null builder without a communicator', code: nullBuilder('"communicator": "none"') },
    ],
    invalid: [
      {
        code: ebs('"instance_type": "t3.micro", "ssh_username": "ec2-user"'),
        messages: [/Missing "ami_name": the amazon-ebs builder requires it/],
        output: ebs('"instance_type": "t3.micro", "ssh_username": "ec2-user"').replace(
          '"type": "amazon-ebs", ',
          '"type": "amazon-ebs", "ami_name": "packer-image-{{timestamp}}", ',
        ),
      },
      {
        name: 'WinRM needs its user',
        code: ebs('"ami_name": "x-{{timestamp}}", "instance_type": "t3.micro", "communicator": "winrm"'),
        messages: [/Missing "winrm_username": .*connects over WinRM/],
        output: ebs('"ami_name": "x-{{timestamp}}", "instance_type": "t3.micro", "communicator": "winrm"').replace(
          '"type": "amazon-ebs", ',
          '"type": "amazon-ebs", "winrm_username": "Administrator", ',
        ),
      },
      {
        name: 'a shell provisioner with nothing to run',
        code: '{"builders": [{"type": "null", "communicator": "none"}], "provisioners": [{"type": "shell"}]}',
        messages: [/The shell provisioner needs "inline", "script" or "scripts", and none is set/],
      },
      {
        name: 'no builders',
        code: '{"provisioners": []}',
        messages: [/at least one builder/],
      },
    ],
  });
});

describe('conflicting-settings', () => {
  ruleTester('conflicting-settings', {
    valid: [{ code: ebs(ebsComplete) }],
    invalid: [
      {
        code: ebs(`${ebsComplete}, "spot_instance_types": ["t3.micro"]`),
        messages: [/"instance_type" and "spot_instance_types" cannot be set together/],
      },
      {
        code: '{"builders": [{"type": "null", "communicator": "none"}], "provisioners": [{"type": "shell", "inline": ["a"], "script": "b.sh"}]}',
        messages: [/"inline" and "script" cannot be set together/],
      },
    ],
  });
});

describe('deprecated-setting', () => {
  const vbox = (settings: string) =>
    `{"builders": [{"type": "virtualbox-iso", "iso_url": "x.iso", "ssh_username": "vagrant", ${settings}}]}`;
  ruleTester('deprecated-setting', {
    valid: [{ code: vbox('"iso_checksum": "sha256:abc", "ssh_timeout": "30m"') }],
    invalid: [
      {
        code: vbox('"iso_checksum": "sha256:abc", "ssh_wait_timeout": "30m"'),
        messages: [/ssh_wait_timeout.*ssh_timeout/],
        output: vbox('"iso_checksum": "sha256:abc", "ssh_timeout": "30m"'),
      },
      {
        name: 'two keys become one, as packer fix does',
        code: vbox('"iso_checksum": "abc", "iso_checksum_type": "sha256"'),
        messages: [/iso_checksum_type/],
        output: vbox('"iso_checksum": "sha256:abc"'),
      },
    ],
  });
});
