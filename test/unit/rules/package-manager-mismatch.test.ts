import { describe } from 'node:test';
import { ruleTester } from '../../support/ruleTester';

const builder = (name: string, filter: string, owner: string) =>
  `{"type": "amazon-ebs", "name": "${name}", "region": "us-east-1", "instance_type": "t3.micro", "ami_name": "x-{{timestamp}}", "ssh_username": "ec2-user", "source_ami_filter": {"filters": {"name": "${filter}"}, "owners": ["${owner}"], "most_recent": true}}`;
const al2 = builder('al2', 'amzn2-ami-hvm*', 'amazon');
const al2023 = builder('al2023', 'al2023-ami-2023*-x86_64', 'amazon');
const ubuntu = builder('ubuntu', 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*', '099720109477');
const template = (builders: string[], provisioner: string) =>
  `{"builders": [${builders.join(', ')}], "provisioners": [${provisioner}]}`;

describe('package-manager-mismatch', () => {
  ruleTester('package-manager-mismatch', {
    valid: [
      {
        name: 'yum on Amazon Linux 2',
        code: template([al2], '{"type": "shell", "inline": ["sudo yum install -y httpd"]}'),
      },
      {
        name: 'apt on Ubuntu',
        code: template(
          [ubuntu],
          '{"type": "shell", "inline": ["sudo apt-get update", "sudo apt-get install -y nginx"]}',
        ),
      },
      {
        name: 'a script that picks its package manager',
        code: template(
          [al2],
          '{"type": "shell", "inline": ["if command -v apt-get; then sudo apt-get install -y git; else sudo yum install -y git; fi"]}',
        ),
      },
      {
        name: 'shell-local runs on this machine',
        code: template([al2], '{"type": "shell-local", "inline": ["apt list --installed"]}'),
      },
      {
        name: 'only: the provisioner runs on the Ubuntu build alone',
        code: template(
          [al2, ubuntu],
          '{"type": "shell", "only": ["ubuntu"], "inline": ["sudo apt-get install -y nginx"]}',
        ),
      },
      {
        name: 'an image we cannot tell',
        code: '{"builders": [{"type": "amazon-ebs", "source_ami": "ami-123"}], "provisioners": [{"type": "shell", "inline": ["apt-get install -y x"]}]}',
      },
    ],
    invalid: [
      {
        name: 'the lab: apt on Amazon Linux 2',
        code: template([al2], '{"type": "shell", "inline": ["sudo apt update", "sudo apt install -y nginx"]}'),
        messages: [
          /`apt` is not available on Amazon Linux 2.*amzn2-ami-hvm\*/,
          /`apt` is not available on Amazon Linux 2/,
        ],
        output: template(
          [al2],
          '{"type": "shell", "inline": ["sudo yum makecache", "sudo amazon-linux-extras install -y nginx1"]}',
        ),
      },
      {
        name: 'Amazon Linux 2023 has dnf',
        code: template([al2023], '{"type": "shell", "inline": ["sudo apt-get install -y nginx"]}'),
        messages: [/not available on Amazon Linux 2023/],
        output: template([al2023], '{"type": "shell", "inline": ["sudo dnf install -y nginx"]}'),
      },
      {
        name: 'two commands in one string, each reported',
        code: template([al2], '{"type": "shell", "inline": ["sudo apt update && sudo apt install -y nginx"]}'),
        messages: [/`apt`/, /`apt`/],
        output: template(
          [al2],
          '{"type": "shell", "inline": ["sudo yum makecache && sudo amazon-linux-extras install -y nginx1"]}',
        ),
      },
      {
        name: 'yum on Ubuntu',
        code: template([ubuntu], '{"type": "shell", "inline": ["sudo yum install -y git"]}'),
        messages: [/`yum` is not available on Ubuntu/],
        output: template(
          [ubuntu],
          '{"type": "shell", "inline": ["sudo DEBIAN_FRONTEND=noninteractive apt-get install -y git"]}',
        ),
      },
      {
        name: 'two builders with different images: each image is named with the builder it comes from',
        code: template([al2, ubuntu], '{"type": "shell", "inline": ["sudo dnf install -y git"]}'),
        messages: [
          /`dnf` is not available on the images of 2 builders: Amazon Linux 2 for builder 1 \("al2"\) \(read from .*\); Ubuntu 22\.04 for builder 2 \("ubuntu"\)/,
        ],
      },
      {
        name: 'a script file beside the template',
        uri: 'file:///work/t/template.json',
        files: { '/work/t/install.sh': '#!/bin/sh\nset -e\napt-get update\n' },
        code: template([al2], '{"type": "shell", "script": "install.sh"}'),
        messages: [/install\.sh, line 3: `apt-get` is not available on Amazon Linux 2/],
      },
    ],
  });
});
