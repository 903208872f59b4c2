/** Timing for the benchmarks: medians and best runs, because machines here are shared and noisy. */
import { cpus, loadavg } from 'node:os';

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median and best of several runs, in ms: on a busy machine the best shows what the code costs. */
export function time(runs: number, work: (run: number) => unknown): { median: number; best: number } {
  work(0); // warm the JIT
  const samples: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const start = process.hrtime.bigint();
    work(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { median: median(samples), best: Math.min(...samples) };
}

/** One run of `work` (awaited when it answers with a promise), in ms. */
export async function timed(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The machine's load, printed with every figure: other work on a shared machine skews them all. */
export function machineLoad(): string {
  const [one, five] = loadavg();
  return `load ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min) on ${cpus().length} cores`;
}
