/**
 * Build progress in the status bar: while packer builds, how many of its builds are done and what the
 * latest step is, with the elapsed time; afterwards how it ended, until the next build. The tooltip
 * lists every build; a click shows the Packer view, which lists them too.
 */
import * as vscode from 'vscode';
import { elapsed, type SourceProgress } from './buildOutput';
import type { BuildRun, BuildRunRegistry } from './buildRuns';

const TICK_MS = 1000;
export const SHOW_PROGRESS_COMMAND = 'packer.showBuildProgress';

export class BuildProgressStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('packer.buildProgress', vscode.StatusBarAlignment.Left, 10);
  private readonly ticked = new vscode.EventEmitter<void>();
  /** Every second while a build runs: elapsed times changed. */
  readonly onDidTick = this.ticked.event;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly runs: BuildRunRegistry) {
    this.item.name = 'Packer Build Progress';
    this.item.command = SHOW_PROGRESS_COMMAND;
    this.subscriptions = [
      runs.onDidChange(() => this.update()),
      vscode.commands.registerCommand(SHOW_PROGRESS_COMMAND, () =>
        vscode.commands.executeCommand('packer.configurations.focus'),
      ),
    ];
  }

  /** The status bar text, as shown. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
    this.ticked.dispose();
  }

  private update(): void {
    const latest = this.runs.runs[0];
    if (latest === undefined) {
      this.item.hide();
      return;
    }
    const running = this.runs.runs.some((r) => r.running);
    if (running && this.timer === undefined) {
      this.timer = setInterval(() => {
        this.update();
        this.ticked.fire();
      }, TICK_MS);
    } else if (!running && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    this.item.text = statusText(latest);
    this.item.tooltip = tooltip(latest);
    this.item.backgroundColor =
      !latest.running && latest.reader.sources.some((s) => s.status === 'failed')
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : undefined;
    this.item.show();
  }
}

export function statusText(run: BuildRun): string {
  const sources = run.reader.sources;
  const done = sources.filter((s) => s.status !== 'running').length;
  const failed = sources.filter((s) => s.status === 'failed').length;
  const time = elapsed((run.endedAt ?? Date.now()) - run.startedAt);
  if (run.running) {
    const current = [...sources].reverse().find((s) => s.status === 'running');
    const step = current === undefined ? 'starting' : `${current.name}: ${shorten(current.step, 40)}`;
    // The time before the step: a long step is cut at the end, and the time stays readable.
    return `$(sync~spin) Packer build ${done}/${sources.length || '?'} · ${time} · ${step}`;
  }
  if (failed > 0) return `$(error) Packer build: ${failed} of ${sources.length} failed · ${time}`;
  if (run.exitCode !== 0) return `$(error) Packer build stopped (exit code ${run.exitCode}) · ${time}`;
  return `$(check) Packer build: ${sources.length} finished · ${time}`;
}

function tooltip(run: BuildRun): vscode.MarkdownString {
  const lines = run.reader.sources.map((s) => `- \`${s.name}\`: ${describe(s)}`);
  const text = new vscode.MarkdownString(
    [`**packer ${run.run.args.join(' ')}** in ${run.run.target.cwd}`, ...lines].join('\n\n'),
  );
  text.supportThemeIcons = true;
  return text;
}

/** One line about one build: its step and time, or how it ended. */
export function describe(source: SourceProgress): string {
  const time = elapsed((source.endedAt ?? Date.now()) - source.startedAt);
  switch (source.status) {
    case 'running':
      return `${time} · ${shorten(source.step)}`;
    case 'finished':
      return `finished after ${time}`;
    case 'failed':
      return `failed after ${time}: ${source.error ?? ''}`;
    case 'cancelled':
      return `stopped after ${time}`;
  }
}

function shorten(text: string, limit = 60): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
