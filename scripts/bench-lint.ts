/**
 * `packer-lint` over the whole corpus in one run, against what a pipeline does today: `packer
 * validate` on each template in turn (each legacy JSON template, each HCL2 folder), with Debian's
 * packer, in the same run on the same files. Targets: at most 1/50 of Packer's time, and under
 * 500 MB of memory (the lint process's peak resident set). Exits non-zero when a target is missed.
 *
 *   npm run bench:lint [-- <corpus folder>]      (default: ../shared/corpus)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const corpus = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared', 'corpus'));
const PACKER = process.env['PACKER_BIN'] ?? 'packer';
const MAX_RATIO = 1 / 50;
const MAX_RSS_MB = 500;

if (!fs.existsSync(corpus)) {
  console.log(`bench-lint: no corpus at ${corpus}, skipped`);
  process.exit(0);
}
if (spawnSync(PACKER, ['version']).status !== 0) {
  console.log('bench-lint: no packer on PATH, skipped');
  process.exit(0);
}

/**
 * CPU seconds (user + system) of this process's finished children, from /proc (Linux): on a shared,
 * loaded machine the wall clock mostly measures the wait for a core, CPU time what the work costs.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = fs
      .readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // After the command name: field 16 (cutime) and 17 (cstime) of proc(5) are at 13 and 14 here, in ticks.
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lint-'));
// The lint process reports its own peak memory as it exits (kilobytes, as getrusage gives it).
const rssFile = path.join(scratch, 'rss');
const preload = path.join(scratch, 'report-rss.js');
fs.writeFileSync(
  preload,
  `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
);

try {
  const report = path.join(scratch, 'report.json');
  const lintCpuStart = childrenCpuMs();
  const lintStart = process.hrtime.bigint();
  const lint = spawnSync(
    process.execPath,
    ['--require', preload, path.join(ROOT, 'dist', 'packer-lint.js'), '-f', 'json', '-o', report, '.'],
    { cwd: corpus, encoding: 'utf8' },
  );
  const lintMs = Number(process.hrtime.bigint() - lintStart) / 1e6;
  const lintCpuEnd = childrenCpuMs();
  if (lint.status !== 0 && lint.status !== 1) throw new Error(`packer-lint failed: ${lint.stderr}`);
  const rssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
  const files = (JSON.parse(fs.readFileSync(report, 'utf8')) as Array<{ filePath: string }>).map((r) => r.filePath);

  // What a pipeline validates: each legacy template, and each HCL2 folder once.
  const units = new Set<string>();
  for (const file of files) {
    if (/\.pkr\.(hcl|json)$/i.test(file)) units.add(path.dirname(file));
    else if (!/\.pkrvars\.(hcl|json)$/i.test(file)) units.add(file);
  }
  const env = { ...process.env, HOME: scratch, PACKER_CONFIG_DIR: scratch, CHECKPOINT_DISABLE: '1' };
  let packerMs = 0;
  const packerCpuStart = childrenCpuMs();
  let accepted = 0;
  for (const unit of units) {
    const isFolder = fs.statSync(unit).isDirectory();
    const start = process.hrtime.bigint();
    const run = spawnSync(PACKER, ['validate', isFolder ? '.' : path.basename(unit)], {
      cwd: isFolder ? unit : path.dirname(unit),
      env,
      stdio: 'ignore',
      timeout: 60_000,
    });
    packerMs += Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status === 0) accepted++;
  }

  const packerCpuEnd = childrenCpuMs();
  const lintCpu = lintCpuEnd !== undefined && lintCpuStart !== undefined ? lintCpuEnd - lintCpuStart : undefined;
  const packerCpu =
    packerCpuEnd !== undefined && packerCpuStart !== undefined && lintCpuEnd !== undefined
      ? packerCpuEnd - lintCpuEnd
      : undefined;
  const ratio = lintMs / packerMs;
  const cpuRatio = lintCpu !== undefined && packerCpu !== undefined && packerCpu > 0 ? lintCpu / packerCpu : undefined;
  console.log(`\npacker-lint on ${corpus}`);
  console.log(
    `  packer-lint, one run:          ${files.length} files in ${lintMs.toFixed(0)} ms, peak memory ${rssMb.toFixed(0)} MB`,
  );
  console.log(
    `  packer validate, one by one:   ${units.size} templates/folders in ${packerMs.toFixed(0)} ms (${accepted} accepted)`,
  );
  if (lintCpu !== undefined && packerCpu !== undefined)
    console.log(
      `  CPU time (user + system):      packer-lint ${lintCpu.toFixed(0)} ms, packer validate ${packerCpu.toFixed(0)} ms`,
    );
  console.log(`  wall-clock ratio: 1/${(1 / ratio).toFixed(0)} of Packer's time (target at most 1/${1 / MAX_RATIO})`);
  if (cpuRatio !== undefined) console.log(`  CPU-time ratio:   1/${(1 / cpuRatio).toFixed(0)} of Packer's`);
  console.log(`  memory: ${rssMb.toFixed(0)} MB (target under ${MAX_RSS_MB} MB)`);
  // A loaded machine stretches one long run's wall clock more than many short ones': CPU time decides when known.
  if ((cpuRatio ?? ratio) > MAX_RATIO || rssMb > MAX_RSS_MB) {
    console.error('bench-lint: a target was missed');
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
