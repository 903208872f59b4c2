/** Timing for the benchmarks: medians and best runs, because machines here are shared and noisy. */

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median and best of several runs, in ms: on a busy machine the best shows what the code costs. */
export function time(runs: number, work: () => unknown): { median: number; best: number } {
  work(); // warm the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { median: median(samples), best: Math.min(...samples) };
}
