/**
 * How the language service's full validation of a legacy JSON template compares with peers
 * measured in the same run on the same text: jsonc-parser's tree (what VS Code's own JSON support
 * parses with) and JSON.parse. Machines here are shared and noisy, so the figures that matter are
 * the ratios, each the median of several runs.
 *
 *   npm run bench
 */
import { parseTree, type ParseError } from 'jsonc-parser';
import { createLanguageService } from '../server/src/service/service';

function builder(index: number): Record<string, unknown> {
  return {
    type: 'amazon-ebs',
    name: `web-${index}`,
    region: 'us-east-1',
    instance_type: 't3.micro',
    ssh_username: 'ec2-user',
    ami_name: `web-${index}-{{timestamp}}`,
    source_ami_filter: {
      filters: { name: 'amzn2-ami-hvm*', 'virtualization-type': 'hvm', 'root-device-type': 'ebs' },
      owners: ['amazon'],
      most_recent: true,
    },
    tags: { Name: `web-${index}`, Build: '{{user `build_id`}}' },
    launch_block_device_mappings: [{ device_name: '/dev/xvda', volume_size: 20, volume_type: 'gp3' }],
  };
}

function template(builders: number): string {
  return JSON.stringify(
    {
      variables: { build_id: '' },
      builders: Array.from({ length: builders }, (_, i) => builder(i)),
      provisioners: [{ type: 'shell', inline: ['sudo yum makecache', 'sudo amazon-linux-extras install -y nginx1'] }],
      'post-processors': [{ type: 'manifest', output: 'manifest.json' }],
    },
    null,
    2,
  );
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(runs: number, work: () => void): number {
  work(); // Warm up the JIT and the caches a first call fills.
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const service = createLanguageService({ readText: () => undefined });
let version = 0;
console.log('builders  size KB  validate ms  jsonc ms  JSON.parse ms  validate/jsonc  validate/JSON.parse  ms per KB');
for (const builders of [1, 10, 100, 500]) {
  const text = template(builders);
  const validate = time(15, () => {
    // A new version each time, so that nothing is served from the per-version cache.
    service.validate({ uri: 'file:///bench/template.json', version: ++version, languageId: 'packer-json', text });
  });
  const jsonc = time(15, () => parseTree(text, [] as ParseError[]));
  const native = time(15, () => JSON.parse(text) as unknown);
  const kb = text.length / 1024;
  console.log(
    [
      String(builders).padStart(8),
      kb.toFixed(0).padStart(8),
      validate.toFixed(2).padStart(12),
      jsonc.toFixed(2).padStart(9),
      native.toFixed(3).padStart(14),
      (validate / jsonc).toFixed(1).padStart(15),
      (validate / native).toFixed(0).padStart(20),
      (validate / kb).toFixed(3).padStart(10),
    ].join(''),
  );
}
const heap = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(`heap after the runs: ${heap.toFixed(0)} MB`);
