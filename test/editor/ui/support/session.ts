/**
 * A person's view: code-server with the packaged .vsix installed (as `code --install-extension` would),
 * a copy of examples/ as the workspace, and Chromium on the workbench. Screenshots go to
 * test-artifacts/editor/ui/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../harness/chromium';
import { startCodeServer, type CodeServer } from '../../harness/codeServer';
import { ARTIFACTS, EXAMPLES, VSIX } from '../../harness/paths';

export const UI_ARTIFACTS = path.join(ARTIFACTS, 'ui');
/** Long enough for a cold workbench on a slow machine; every wait in the suite is bounded by it. */
export const UI_TIMEOUT_MS = 60_000;

export interface Session {
  page: Page;
  /** The workspace folder: a copy of examples/. */
  workspace: string;
  /** Saves test-artifacts/editor/ui/<name>.png. */
  shot(name: string): Promise<void>;
  /** Runs one step; a failure leaves a screenshot named after it. */
  step<T>(name: string, body: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /**
   * Writes scratch files into the workspace copy before the workbench opens, so that they are there
   * from the first file listing on, as files a person already had; examples/ itself is never touched.
   */
  prepare?: (workspace: string) => void;
}

export async function openSession(name: string, trusted: boolean, options: SessionOptions = {}): Promise<Session> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `packer-ui-${name}-`));
  const workspace = path.join(scratch, 'examples');
  fs.cpSync(EXAMPLES, workspace, { recursive: true });
  options.prepare?.(workspace);
  const stateDir = path.join(scratch, 'state');
  fs.mkdirSync(stateDir);
  fs.mkdirSync(UI_ARTIFACTS, { recursive: true });
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await server?.stop();
    if (server) fs.copyFileSync(server.logFile, path.join(UI_ARTIFACTS, `${name}-code-server.log`));
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  try {
    server = await startCodeServer({ stateDir, trusted, vsix: VSIX });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(server.url(workspace));
    await page.locator('.monaco-workbench .part.editor').waitFor();
    const shot = async (shotName: string): Promise<void> => {
      // Finished fade-ins: a hover or toast caught mid-animation is half transparent in the picture.
      await page.screenshot({ path: path.join(UI_ARTIFACTS, `${shotName}.png`), animations: 'disabled' });
    };
    const step = async <T>(stepName: string, body: () => Promise<T>): Promise<T> => {
      try {
        return await body();
      } catch (error) {
        await shot(`FAILED-${name}-${stepName}`).catch(() => undefined);
        throw error;
      }
    };
    return { page, workspace, shot, step, close };
  } catch (error) {
    await close();
    throw error;
  }
}
