/**
 * Runs an extension-host suite inside code-server, the way @vscode/test-electron does on the desktop.
 * code-server refuses `--extensionDevelopmentPath`, but its web workbench reads `extensionDevelopmentPath`
 * and `extensionTestsPath` from the `payload` query parameter; the tests' result then arrives through
 * `window.codeAutomationExit(code)` and their output through `window.codeAutomationLog(type, args)`, which
 * the page gets from Playwright.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchChromium } from './chromium';
import { startCodeServer } from './codeServer';
import type { SuiteRun } from './suiteRun';
import { ROOT } from './paths';

/**
 * Noise: what an offline workbench cannot reach (marketplace, fonts), and the pty host's complaint when a
 * finished task's pseudoterminal is renamed.
 */
const NOISE =
  /open-vsx\.org|marketplace|Failed to load resource|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|Could not find pty \d+ on pty host/;

export async function runInCodeServer(run: SuiteRun): Promise<number> {
  const server = await startCodeServer({ stateDir: run.stateDir, trusted: run.trusted });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const text = format(...args).replace(/\n$/, '');
      if (!NOISE.test(text)) console.log(text);
    });
    page.on('crash', () => exit(3));
    const remote = (file: string): string => `vscode-remote://${server.authority}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(run.testsPath)],
    ];
    await page.goto(server.url(run.folder, { payload: JSON.stringify(payload) }));
    const code = await withTimeout(exited, run.timeoutMs, 124);
    if (code === 124) console.error(`The suite did not finish within ${run.timeoutMs} ms.`);
    fs.mkdirSync(run.artifacts, { recursive: true });
    await page.screenshot({ path: path.join(run.artifacts, 'last-view.png') }).catch(() => undefined);
    return code;
  } finally {
    await browser.close();
    await server.stop();
    fs.mkdirSync(run.artifacts, { recursive: true });
    fs.copyFileSync(server.logFile, path.join(run.artifacts, 'code-server.log'));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
