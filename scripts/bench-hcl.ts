/**
 * How fast the HCL2 parser reads a large, realistic Packer template, and how much memory its tree
 * keeps, with jsonc-parser's parseTree on a JSON text of the same size as the peer measured in the
 * same run (machines here are shared and noisy: the ratio is the figure to trust). Medians of
 * several runs. Run with --expose-gc for the retained-heap figures:
 *
 *   npm run bench:hcl
 */
import { parseTree, type ParseError } from 'jsonc-parser';
import { parseHcl } from '../server/src/service/parsing/hcl/parser';

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
      "sudo amazon-linux-extras install -y nginx1",
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

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  tags      = merge(var.tags, { Project = "bench" })
}
`;

function hclTemplate(minLength: number): string {
  const chunks = [header];
  let length = header.length;
  for (let i = 0; length < minLength; i++) {
    const chunk = sourceBlock(i) + buildBlock(i);
    chunks.push(chunk);
    length += chunk.length;
  }
  return chunks.join('');
}

function jsonTemplate(minLength: number): string {
  const builders: unknown[] = [];
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
  let text = '';
  for (let i = 0; text.length < minLength; i += 50) {
    for (let j = 0; j < 50; j++) builders.push(builder(i + j));
    text = JSON.stringify({ builders, provisioners: [{ type: 'shell', inline: ['sudo yum makecache'] }] }, null, 2);
  }
  return text;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median and best of several runs, in ms: on a busy machine the best shows what the code costs. */
function time(runs: number, work: () => unknown): { median: number; best: number } {
  work(); // warm the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { median: median(samples), best: Math.min(...samples) };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Heap kept alive by what `work` returns, in bytes (needs --expose-gc to be meaningful). */
function retained(work: () => unknown): number {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const result = work();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  if (result === undefined) throw new Error('nothing parsed');
  return after - before;
}

const size = Number(process.argv[2] ?? 8) * 1024 * 1024;
const hcl = hclTemplate(size);
const json = jsonTemplate(hcl.length);
const mb = (n: number): number => n / 1024 / 1024;

const check = parseHcl(hcl);
if (check.diagnostics.length > 0)
  throw new Error(`the benchmark text has diagnostics: ${check.diagnostics[0]?.summary}`);

const hclMs = time(9, () => parseHcl(hcl));
const jsonMs = time(9, () => parseTree(json, [] as ParseError[]));
const hclHeap = retained(() => parseHcl(hcl));
const jsonHeap = retained(() => parseTree(json, [] as ParseError[]));

const rate = (bytes: number, ms: number): string => (mb(bytes) / (ms / 1000)).toFixed(1).padStart(6);
console.log(
  `HCL text ${mb(hcl.length).toFixed(1)} MB (${check.body.items.length} top-level blocks); JSON text ${mb(json.length).toFixed(1)} MB`,
);
console.log('                  median ms  MB/s   best ms  MB/s   tree kept');
for (const [name, text, ms, heap] of [
  ['parseHcl', hcl, hclMs, hclHeap],
  ['jsonc parseTree', json, jsonMs, jsonHeap],
] as const) {
  const line = `${name.padEnd(16)} ${ms.median.toFixed(0).padStart(8)} ${rate(text.length, ms.median)} ${ms.best.toFixed(0).padStart(8)} ${rate(text.length, ms.best)}   ${mb(heap).toFixed(0)} MB = ${(heap / text.length).toFixed(1)} × input`;
  console.log(line);
}
const perByte = (ms: number, text: string): number => ms / text.length;
console.log(
  `ratio: parseHcl takes ${(perByte(hclMs.median, hcl) / perByte(jsonMs.median, json)).toFixed(2)} × jsonc-parser's time per byte (best runs: ${(perByte(hclMs.best, hcl) / perByte(jsonMs.best, json)).toFixed(2)} ×) and keeps ${(hclHeap / hcl.length / (jsonHeap / json.length)).toFixed(2)} × its heap per byte`,
);
if (gc === undefined) console.log('(heap figures include garbage: run node with --expose-gc)');
