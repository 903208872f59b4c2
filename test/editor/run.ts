/**
 * `npm run test:editor`: the .vsix check, then the extension-host suites (trusted, then Restricted Mode)
 * and the UI suite, each in a fresh code-server (a real VS Code) with a fresh workspace.
 *
 *   node out/test/editor/run.js [vsix] [trusted] [untrusted] [ui]   some steps only (default: all)
 *   node out/test/editor/run.js --desktop [trusted] [untrusted]     the extension-host suites in desktop
 *                                                                    VS Code, downloaded by @vscode/test-electron
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkVsix, SIZE_BUDGET } from './harness/checkVsix';
import { ensureCodeServer } from './harness/codeServer';
import { launchChromium } from './harness/chromium';
import { runInCodeServer } from './harness/launchInCodeServer';
import { runInDesktop } from './harness/launchInDesktop';
import { ARTIFACTS, OUT, ROOT, VSIX } from './harness/paths';
import type { SuiteRun } from './harness/suiteRun';

const STEPS = ['vsix', 'trusted', 'untrusted', 'ui'] as const;
type Step = (typeof STEPS)[number];

const SUITE_TIMEOUT_MS = 10 * 60_000;

function vsixStep(): boolean {
  if (!fs.existsSync(VSIX)) {
    console.error(`${path.relative(ROOT, VSIX)} is missing: run "npm run package" first.`);
    return false;
  }
  const report = checkVsix(VSIX);
  console.log(
    `${path.relative(ROOT, VSIX)}: ${(report.bytes / 1024).toFixed(1)} KiB of ${SIZE_BUDGET / 1024} KiB, ${report.files.length} files`,
  );
  for (const file of report.files) console.log(`  ${file}`);
  for (const problem of report.problems) console.error(`  problem: ${problem}`);
  return report.problems.length === 0;
}

async function hostStep(trusted: boolean, desktop: boolean): Promise<boolean> {
  const name = trusted ? 'trusted' : 'untrusted';
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `packer-editor-${name}-`));
  const folder = path.join(scratch, 'workspace');
  fs.mkdirSync(folder);
  const run: SuiteRun = {
    testsPath: path.join(OUT, 'extensionHost', name, 'index.js'),
    folder,
    trusted,
    stateDir: path.join(scratch, 'state'),
    artifacts: path.join(ARTIFACTS, desktop ? `desktop-${name}` : name),
    timeoutMs: SUITE_TIMEOUT_MS,
  };
  fs.mkdirSync(run.stateDir);
  try {
    const code = await (desktop ? runInDesktop(run) : runInCodeServer(run));
    return code === 0;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function uiStep(): boolean {
  const folder = path.join(OUT, 'ui');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'run-tests.mjs'), folder], {
    stdio: 'inherit',
  });
  return result.status === 0;
}

/** Fails early, with the fix, when the browser is missing: before any suite starts. */
async function checkChromium(): Promise<void> {
  const browser = await launchChromium();
  await browser.close();
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const desktop = args.includes('--desktop');
  const unknown = args.filter((a) => a !== '--desktop' && !(STEPS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`Unknown step(s) ${unknown.join(', ')}; steps: ${STEPS.join(', ')}`);
  const asked = args.filter((a): a is Step => (STEPS as readonly string[]).includes(a));
  const steps = asked.length > 0 ? asked : desktop ? (['trusted', 'untrusted'] as Step[]) : [...STEPS];
  if (desktop && steps.some((s) => s === 'ui' || s === 'vsix'))
    throw new Error('--desktop runs the trusted and untrusted suites only.');
  if (!desktop && steps.some((s) => s !== 'vsix')) {
    ensureCodeServer();
    await checkChromium();
  }
  const failed: string[] = [];
  for (const step of steps) {
    const started = Date.now();
    console.log(`\n=== editor tests: ${step}${desktop ? ' (desktop VS Code)' : ''} ===`);
    const ok = step === 'vsix' ? vsixStep() : step === 'ui' ? uiStep() : await hostStep(step === 'trusted', desktop);
    console.log(`=== ${step}: ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
    if (!ok) failed.push(step);
  }
  console.log(`\nScreenshots and logs: ${path.relative(ROOT, ARTIFACTS)}/`);
  if (failed.length > 0) console.error(`Editor tests failed: ${failed.join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
