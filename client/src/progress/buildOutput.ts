/**
 * Reads `packer build`'s human output as it arrives and keeps, per build (`TYPE.NAME`, a named build's
 * `BUILD.TYPE.NAME`, or a legacy builder's name), the current step, when it started and ended, and how
 * it ended. No `vscode` here: it is tested on real packer output in plain Node.
 *
 * The lines read (Packer 1.6.6 as observed; current Packer prints the same in packer/ui.go and
 * command/build.go):
 *   `NAME: output will be in this color.`        a build is about to start
 *   `==> NAME: MESSAGE`                           a step (ui.Say)
 *   `    NAME: MESSAGE`                           output within the step (ui.Message): not a step
 *   `Build 'NAME' finished after DURATION.`       success
 *   `Build 'NAME' errored after DURATION: ERROR`  failure (1.6.6; older: `Build 'NAME' errored: ERROR`)
 * Lines are coloured when packer thinks it writes to a terminal; the colour codes are removed first.
 */

export type BuildStatus = 'running' | 'finished' | 'failed' | 'cancelled';

export interface SourceProgress {
  name: string;
  status: BuildStatus;
  /** The last `==> NAME: ...` step, or what ended it. */
  step: string;
  /** Milliseconds, from the clock given to the reader. */
  startedAt: number;
  endedAt?: number;
  /** The error of a failed build, as packer printed it. */
  error?: string;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const ANNOUNCED = /^(\S+): output will be in this color\.$/;
const STEP = /^==> (\S+?): (.*)$/;
const FINISHED = /^Build '(.+)' finished(?: after .*)?\.?$/;
const ERRORED = /^Build '(.+)' errored(?: after .*?)?: (.*)$/;

export class BuildOutputReader {
  private readonly builds = new Map<string, SourceProgress>();
  private partial = '';

  constructor(private readonly now: () => number = Date.now) {}

  /** Every build seen so far, in the order packer announced them. */
  get sources(): SourceProgress[] {
    return [...this.builds.values()];
  }

  /** Feeds a chunk of output; returns whether anything changed. */
  write(chunk: string): boolean {
    const text = this.partial + chunk;
    const lines = text.split(/\r?\n|\r/);
    this.partial = lines.pop() ?? '';
    let changed = false;
    for (const line of lines) changed = this.readLine(line) || changed;
    return changed;
  }

  /**
   * Packer exited: the rest of the output is read, and a build that never said how it ended was cut
   * short (interrupted, or packer itself failed).
   */
  end(exitCode: number | undefined): void {
    if (this.partial !== '') this.readLine(this.partial);
    this.partial = '';
    for (const build of this.builds.values()) {
      if (build.status !== 'running') continue;
      build.status = exitCode === 0 ? 'finished' : 'cancelled';
      build.step = exitCode === 0 ? 'finished' : 'stopped before it finished';
      build.endedAt = this.now();
    }
  }

  private readLine(raw: string): boolean {
    const line = raw.replace(ANSI, '').trimEnd();
    const announced = ANNOUNCED.exec(line);
    if (announced?.[1] !== undefined) return this.started(announced[1]) !== undefined;
    const step = STEP.exec(line);
    if (step?.[1] !== undefined && step[2] !== undefined) {
      // `==> Builds finished. The artifacts...:` and the like have spaces before their colon: no name.
      const build = this.started(step[1]);
      if (build.status !== 'running') return false;
      build.step = step[2];
      return true;
    }
    const errored = ERRORED.exec(line);
    if (errored?.[1] !== undefined) {
      const build = this.started(errored[1]);
      build.status = 'failed';
      build.error = errored[2] ?? '';
      build.step = 'failed';
      build.endedAt = this.now();
      return true;
    }
    const finished = FINISHED.exec(line);
    if (finished?.[1] !== undefined) {
      const build = this.started(finished[1]);
      build.status = 'finished';
      build.step = 'finished';
      build.endedAt = this.now();
      return true;
    }
    return false;
  }

  private started(name: string): SourceProgress {
    let build = this.builds.get(name);
    if (build === undefined) {
      build = { name, status: 'running', step: 'starting', startedAt: this.now() };
      this.builds.set(name, build);
    }
    return build;
  }
}

/** `0:07`, `12:30`, `1:02:03`: how long a build has run. */
export function elapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
