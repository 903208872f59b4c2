/**
 * Runs `lspScenario.lua` in headless Neovim against the bundled server and returns its results.
 * The Lua file is read from the source tree (tsc does not copy it). Neovim keeps its LSP log in a
 * cache folder of the run, quoted when a run fails, so that a server error is not lost.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER_PATH } from '../support/lspClient';

const SCRIPT = path.resolve(__dirname, '..', '..', '..', 'test', 'neovim', 'lspScenario.lua');
/** Every wait inside Neovim (initialize, diagnostics, each request). */
const WAIT_BOUND_MS = 15_000;
/** The whole Neovim run: a hung editor must fail the test, not the CI job. */
const PROCESS_TIMEOUT_MS = 60_000;
const MARKER = 'PACKER_NVIM_RESULT ';
// A headless Neovim stays open after an error in a `-c` command: exit non-zero instead.
const RUN_SCRIPT =
  'lua local ok, err = pcall(dofile, vim.env.SCRIPT) if not ok then io.stderr:write(tostring(err)) vim.cmd("cquit 3") end';

export type Step = { name: string; op: string; file?: string } & Record<string, unknown>;

/** A step's result, or the error Neovim raised for it. */
export type StepResult<T> = T | { error: string };

let version: string | undefined;

/** The `nvim --version` headline; a missing Neovim fails loudly, since CI installs it. */
export function neovimVersion(): string {
  if (version !== undefined) return version;
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      'Neovim (`nvim`) is not installed, and the Neovim tests need it: install it with `apt-get install neovim` ' +
        `(Debian; .ci/run installs it). ${probe.error?.message ?? probe.stderr}`,
    );
  }
  version = probe.stdout.split('\n')[0] ?? '';
  return version;
}

/**
 * Runs the steps in one Neovim with one server rooted at `root`, `settings` sent to it after
 * initialize (workspace/didChangeConfiguration); results keyed by step name.
 */
export async function runNeovim(
  root: string,
  steps: Step[],
  settings: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  neovimVersion();
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-nvim-cache-'));
  const server = [process.execPath, SERVER_PATH, '--stdio'];
  const scenario = { server, root, boundMs: WAIT_BOUND_MS, steps, settings };
  const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', RUN_SCRIPT], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SCRIPT, PACKER_NVIM_SCENARIO: JSON.stringify(scenario), XDG_CACHE_HOME: cache },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const explain = (why: string) => {
    const log = path.join(cache, 'nvim', 'lsp.log');
    const lspLog = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-4000) : '(none)';
    return `${why}\n--- stdout:\n${stdout.slice(-4000)}\n--- stderr:\n${stderr.slice(-4000)}\n--- lsp.log:\n${lspLog}`;
  };
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(explain(`Neovim did not finish within ${PROCESS_TIMEOUT_MS} ms`)));
      }, PROCESS_TIMEOUT_MS);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    const line = stdout.split('\n').find((l) => l.startsWith(MARKER));
    if (line === undefined) throw new Error(explain(`Neovim exited with ${String(code)} and printed no results`));
    const results = JSON.parse(line.slice(MARKER.length)) as Record<string, unknown>;
    if (typeof results._error === 'string') throw new Error(explain(`The Lua scenario failed: ${results._error}`));
    // A server that crashes or ignores shutdown/exit would leave editors with a dead or stray process.
    const exit = results._exit as { code: number } | null;
    if (exit?.code !== 0) throw new Error(explain(`The server did not exit cleanly: ${JSON.stringify(exit)}`));
    return results;
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

/** The result of one step, failing with Neovim's own error when the step raised one. */
export function stepResult<T>(results: Record<string, unknown>, name: string): T {
  const result = results[name] as StepResult<T> | undefined;
  if (result === undefined) throw new Error(`no result for step ${name}`);
  if (typeof result === 'object' && result !== null && 'error' in result) {
    throw new Error(`step ${name} failed in Neovim: ${result.error}`);
  }
  return result;
}
