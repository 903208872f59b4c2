/**
 * The `packer build` runs in progress and finished, fed by the build task's terminal as packer writes.
 * The task builder knows nothing of views or status bars: it reports here, and the progress display,
 * the Packer view and the Problems panel listen.
 */
import * as vscode from 'vscode';
import type { PackerRun } from '../tasks/packerArgs';
import { BuildOutputReader } from './buildOutput';

/** Enough for any build's analysis; more is shown in the terminal but not kept. */
const MAX_KEPT_OUTPUT = 2_000_000;

export class BuildRun {
  readonly reader = new BuildOutputReader();
  readonly startedAt = Date.now();
  exitCode: number | undefined;
  endedAt: number | undefined;
  private text = '';

  constructor(readonly run: PackerRun) {}

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** What packer printed (up to a bound), for the problems of a failed build. */
  get output(): string {
    return this.text;
  }

  /** @internal the registry's */
  take(chunk: string): boolean {
    if (this.text.length < MAX_KEPT_OUTPUT) this.text += chunk;
    return this.reader.write(chunk);
  }
}

export class BuildRunRegistry implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<BuildRun>();
  private readonly ended = new vscode.EventEmitter<BuildRun>();
  private readonly began = new vscode.EventEmitter<BuildRun>();
  /** A run started, progressed, or ended. */
  readonly onDidChange = this.changed.event;
  readonly onDidStart = this.began.event;
  readonly onDidEnd = this.ended.event;
  private readonly all: BuildRun[] = [];

  /** The latest run first. */
  get runs(): readonly BuildRun[] {
    return [...this.all].reverse();
  }

  start(run: PackerRun): BuildRun {
    const started = new BuildRun(run);
    this.all.push(started);
    // Only the latest runs matter to anyone; older ones are let go.
    if (this.all.length > 20) this.all.shift();
    this.began.fire(started);
    this.changed.fire(started);
    return started;
  }

  output(run: BuildRun, chunk: string): void {
    if (run.take(chunk)) this.changed.fire(run);
  }

  end(run: BuildRun, exitCode: number): void {
    if (!run.running) return;
    run.exitCode = exitCode;
    run.endedAt = Date.now();
    run.reader.end(exitCode);
    this.changed.fire(run);
    this.ended.fire(run);
  }

  dispose(): void {
    this.changed.dispose();
    this.ended.dispose();
    this.began.dispose();
  }
}

/** One registry per extension host: the task builder reports to it without being handed it. */
export const buildRuns = new BuildRunRegistry();
