/**
 * Progress on a terminal for long runs: a line on the standard error, rewritten in place, only when
 * it is a terminal and there are enough files for the wait to be noticed.
 */
const FILES_WORTH_A_PROGRESS_LINE = 300;

export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

export function progressReporter(stderr: { write(text: string): unknown; isTTY?: boolean }, total: number): Progress {
  if (stderr.isTTY !== true || total < FILES_WORTH_A_PROGRESS_LINE)
    return { update: () => undefined, done: () => undefined };
  let shown = -1;
  return {
    update(done, all) {
      const percent = Math.floor((done / all) * 100);
      if (percent === shown) return;
      shown = percent;
      stderr.write(`\r\u001b[KChecking ${done}/${all} files (${percent}%)`);
    },
    done() {
      if (shown >= 0) stderr.write('\r\u001b[K');
    },
  };
}
