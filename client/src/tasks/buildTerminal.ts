/**
 * `packer build` in the task terminal, spawned by the extension (same argv, no shell) so that its output
 * can be read for progress as it arrives (see progress/). A ProcessExecution's output cannot be read by
 * an extension. What packer prints is shown unchanged; keys typed in the terminal go to packer's input,
 * for `-debug` ("press enter") and `-on-error=ask`; Ctrl+C interrupts packer, which then cleans up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import * as vscode from 'vscode';
import { buildRuns, type BuildRun } from '../progress/buildRuns';
import type { PackerRun } from './packerArgs';

const toTerminal = (text: string): string => text.replace(/\r?\n/g, '\r\n');

export class BuildTerminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  private child: ChildProcess | undefined;
  private progress: BuildRun | undefined;

  constructor(private readonly run: PackerRun) {}

  open(): void {
    const { packerPath, args, target } = this.run;
    this.write(`> ${[packerPath, ...args].join(' ')}  (in ${target.cwd})\n\n`);
    const progress = buildRuns.start(this.run);
    this.progress = progress;
    const child = spawn(packerPath, args, { cwd: target.cwd, shell: false, windowsHide: true });
    this.child = child;
    const take = (decoder: StringDecoder) => (chunk: Buffer) => {
      const text = decoder.write(chunk);
      this.write(text);
      buildRuns.output(progress, text);
    };
    child.stdout?.on('data', take(new StringDecoder('utf8')));
    child.stderr?.on('data', take(new StringDecoder('utf8')));
    child.stdin?.on('error', () => undefined);
    child.on('error', (error) => {
      this.write(`Could not run ${packerPath}: ${error.message}\n`);
      this.finish(127);
    });
    child.on('close', (code, signal) => this.finish(code ?? (signal ? 130 : 1)));
  }

  handleInput(data: string): void {
    if (data === '\x03') {
      this.child?.kill('SIGINT');
      return;
    }
    // No terminal driver in between: echo what is typed, and send Enter as the newline packer reads.
    const text = data.replace(/\r/g, '\n');
    this.write(text);
    this.child?.stdin?.write(text);
  }

  close(): void {
    // The terminal was closed or the task terminated: let packer clean up as on Ctrl+C.
    this.child?.kill('SIGINT');
  }

  private finish(code: number): void {
    if (this.child === undefined) return;
    this.child = undefined;
    if (this.progress) buildRuns.end(this.progress, code);
    this.write(`\npacker build exited with code ${code}.\n`);
    this.closeEmitter.fire(code);
  }

  private write(text: string): void {
    this.writeEmitter.fire(toTerminal(text));
  }
}
