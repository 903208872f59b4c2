/**
 * Realistic benchmark texts: an HCL2 configuration of many sources and builds, and a legacy JSON
 * template of about the same size, shared by the benchmarks so that their figures compare. Both are
 * valid templates (every variable declared), as most of what is open in an editor is.
 */

function sourceBlock(i: number): string {
  return `
# Builder ${i}: an EBS-backed AMI for the web tier.
source "amazon-ebs" "web_${i}" {
  ami_name      = "web-${i}-\${local.timestamp}"
  instance_type = var.instance_types[${i % 4}]
  region        = var.region
  ssh_username  = "ec2-user"
  tags = {
    Name        = "web-${i}"
    Environment = var.environment
    Build       = "\${var.build_id}-${i}"
    Owner       = lookup(var.owners, "web", "platform")
  }
  source_ami_filter {
    filters = {
      name                = "al2023-ami-2023.*-x86_64"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    owners      = ["amazon"]
    most_recent = true
  }
  launch_block_device_mappings {
    device_name           = "/dev/xvda"
    volume_size           = ${20 + (i % 10)}
    volume_type           = "gp3"
    delete_on_termination = true
  }
  user_data = <<-EOF
    #!/bin/bash
    set -euo pipefail
    echo "node ${i}" > /etc/node-name
    yum -y install nginx-\${var.nginx_version}
    systemctl enable nginx
  EOF
}
`;
}

function buildBlock(i: number): string {
  return `
build {
  name    = "web-${i}"
  sources = ["source.amazon-ebs.web_${i}"]

  provisioner "shell" {
    environment_vars = [for k, v in var.env : "\${upper(k)}=\${v}" if v != ""]
    inline = [
      "sudo yum makecache",
      "sudo dnf install -y nginx",
      "echo \${join(",", var.packages)} > /tmp/packages",
    ]
    pause_before = "10s"
  }

  provisioner "file" {
    source      = "\${path.root}/files/nginx-${i}.conf"
    destination = "/tmp/nginx.conf"
  }

  post-processor "manifest" {
    output     = "manifest-${i}.json"
    strip_path = true
    custom_data = {
      ami   = build.ID
      count = ${i} * 2 + 1
      ok    = var.enabled && !var.dry_run ? "yes" : "no"
    }
  }
}
`;
}

const header = `
packer {
  required_plugins {
    amazon = {
      version = ">= 1.2.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "instance_types" {
  type    = list(string)
  default = ["t3.micro", "t3.small", "t3.medium", "t3.large"]
}

variable "environment" {
  type    = string
  default = "staging"
}

variable "build_id" {
  type    = string
  default = "local"
}

variable "nginx_version" {
  type    = string
  default = "1.24.0"
}

variable "owners" {
  type    = map(string)
  default = { web = "platform" }
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "env" {
  type    = map(string)
  default = { APP_ENV = "staging" }
}

variable "packages" {
  type    = list(string)
  default = ["nginx", "jq"]
}

variable "enabled" {
  type    = bool
  default = true
}

variable "dry_run" {
  type    = bool
  default = false
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  tags      = merge(var.tags, { Project = "bench" })
}
`;

export function hclTemplate(minLength: number): string {
  const chunks = [header];
  let length = header.length;
  for (let i = 0; length < minLength; i++) {
    const chunk = sourceBlock(i) + buildBlock(i);
    chunks.push(chunk);
    length += chunk.length;
  }
  return chunks.join('');
}

export function jsonTemplate(minLength: number): string {
  const builder = (i: number): unknown => ({
    type: 'amazon-ebs',
    name: `web-${i}`,
    region: 'us-east-1',
    instance_type: 't3.micro',
    ssh_username: 'ec2-user',
    ami_name: `web-${i}-{{timestamp}}`,
    source_ami_filter: {
      filters: { name: 'al2023-ami-2023.*-x86_64', 'virtualization-type': 'hvm' },
      owners: ['amazon'],
      most_recent: true,
    },
    tags: { Name: `web-${i}`, Build: '{{user `build_id`}}' },
    launch_block_device_mappings: [{ device_name: '/dev/xvda', volume_size: 20, volume_type: 'gp3' }],
    user_data: '#!/bin/bash\nset -euo pipefail\nyum -y install nginx\nsystemctl enable nginx\n',
  });
  const template = (count: number): string =>
    JSON.stringify(
      {
        variables: { build_id: '' },
        builders: Array.from({ length: count }, (_, i) => builder(i)),
        provisioners: [{ type: 'shell', inline: ['sudo yum makecache'] }],
      },
      null,
      2,
    );
  // Sized from one builder's length, then grown: one stringify of the whole, not one per step.
  const one = template(1).length;
  const perBuilder = template(2).length - one;
  let count = Math.max(1, Math.ceil((minLength - one) / perBuilder) + 1);
  let text = template(count);
  while (text.length < minLength) text = template(++count);
  return text;
}
