/**
 * `packer validate` in the task terminal, then a summary that places every problem (see packerOutput.ts).
 *
 * This one command runs through a pseudoterminal instead of a ProcessExecution: a problem matcher sees only
 * the terminal's lines, and Packer prints no file for legacy JSON errors, nor the folder its relative HCL2
 * paths start from (a matcher's `${cwd}` is VS Code's, not the task's). Here the extension spawns packer
 * itself, with the same argv and still without a shell, shows its output unchanged, and afterwards prints
 * one `FILE:LINE:COLUMN: error: MESSAGE` line per problem for the `$packer` matcher.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import * as vscode from 'vscode';
import type { PackerRun } from './packerArgs';
import { formatProblem, problemsFromValidateOutput } from './packerOutput';

/** Enough for any real validate output; more is shown but not analysed. */
const MAX_ANALYSED_OUTPUT = 1_000_000;

const toTerminal = (text: string): string => text.replace(/\r?\n/g, '\r\n');

export class ValidateTerminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  private child: ChildProcess | undefined;
  private output = '';

  constructor(private readonly run: PackerRun) {}

  open(): void {
    const { packerPath, args, target } = this.run;
    this.write(`> ${[packerPath, ...args].map(showArg).join(' ')}  (in ${target.cwd})\n\n`);
    const child = spawn(packerPath, args, { cwd: target.cwd, shell: false, windowsHide: true });
    this.child = child;
    // One decoder per stream, so that a character split between two chunks is not garbled.
    const take = (decoder: StringDecoder) => (chunk: Buffer) => {
      const text = decoder.write(chunk);
      if (this.output.length < MAX_ANALYSED_OUTPUT) this.output += text;
      this.write(text);
    };
    child.stdout?.on('data', take(new StringDecoder('utf8')));
    child.stderr?.on('data', take(new StringDecoder('utf8')));
    child.on('error', (error) => {
      this.write(`Could not run ${packerPath}: ${error.message}\n`);
      this.finish(127);
    });
    child.on('close', (code, signal) => {
      void this.summarize().then(() => this.finish(code ?? (signal ? 130 : 1)));
    });
  }

  /** Ctrl+C in the task terminal interrupts packer, as it would in a shell. */
  handleInput(data: string): void {
    if (data === '\x03') this.child?.kill('SIGINT');
  }

  close(): void {
    this.child?.kill();
  }

  private async summarize(): Promise<void> {
    const file = this.run.target.file;
    const templateText = file === undefined ? undefined : await fs.readFile(file, 'utf8').catch(() => undefined);
    const context = {
      cwd: this.run.target.cwd,
      ...(file !== undefined && { templateFile: file }),
      ...(templateText !== undefined && { templateText }),
    };
    const problems = problemsFromValidateOutput(this.output, context);
    if (problems.length === 0) return;
    const noun = problems.length === 1 ? 'problem' : 'problems';
    this.write(`\n${problems.length} ${noun} in the Problems panel:\n`);
    for (const problem of problems) this.write(`${formatProblem(problem)}\n`);
  }

  private finish(code: number): void {
    if (this.child === undefined) return;
    this.child = undefined;
    this.write(`\npacker validate exited with code ${code}.\n`);
    this.closeEmitter.fire(code);
  }

  private write(text: string): void {
    this.writeEmitter.fire(toTerminal(text));
  }
}

/** For the echo line only: how the argv would read in a shell, so that spaces stay visible. */
function showArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
