/** Packer commands as a person runs them: the task's end and exit code, and the build's questions. */
import * as vscode from 'vscode';
import { nextEvent } from './wait';

/** A null-builder run takes well under a second; this stays below mocha's 60 s, for a clearer failure. */
const TASK_TIMEOUT_MS = 45_000;
const QUICK_PICK_TIMEOUT_MS = 30_000;

/**
 * The exit code of the next `packer <command>` task on `template`. Subscribes at once: call it before
 * running the command.
 */
export async function packerTaskEnd(command: string, template: string): Promise<number | undefined> {
  const ended = await nextEvent(
    `packer ${command} on ${template} to end`,
    vscode.tasks.onDidEndTaskProcess,
    (e) => {
      const definition = e.execution.task.definition;
      return definition.type === 'packer' && definition['command'] === command && definition['template'] === template;
    },
    TASK_TIMEOUT_MS,
  );
  return ended.exitCode;
}

/**
 * `packer.build` asks its questions (on error, options) as quick picks, which an extension cannot see
 * being shown. Takes the highlighted answer, as Enter would, until the command returns; no answer is
 * given while no quick pick is open, so the retries cannot answer a question that was not asked.
 */
export async function answeringQuickPicks<T>(command: Thenable<T>): Promise<T> {
  let settled = false;
  const done = Promise.resolve(command).finally(() => (settled = true));
  const deadline = Date.now() + QUICK_PICK_TIMEOUT_MS;
  while (!settled) {
    if (Date.now() > deadline) throw new Error(`The command still asked questions after ${QUICK_PICK_TIMEOUT_MS} ms`);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await Promise.race([done.catch(() => undefined), pause(100)]);
  }
  return done;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
