/**
 * Runs an extension-host suite in desktop VS Code through @vscode/test-electron, which downloads VS Code
 * from Microsoft (not reachable from every machine: `npm run test:editor` uses code-server instead; this
 * launcher is `npm run test:editor -- --desktop`). On Linux without a display, run it under xvfb-run.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests, TestRunFailedError } from '@vscode/test-electron';
import { ROOT, VSCODE_VERSION } from './paths';
import type { SuiteRun } from './suiteRun';
import { userSettings } from './userSettings';

export async function runInDesktop(run: SuiteRun): Promise<number> {
  const executable = await downloadVSCode();
  const userData = path.join(run.stateDir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(userSettings(run.trusted), null, 2));
  const launchArgs = [
    run.folder,
    '--disable-extensions',
    `--user-data-dir=${userData}`,
    `--extensions-dir=${path.join(run.stateDir, 'extensions')}`,
  ];
  if (!run.trusted) return runUntrusted(executable, run, launchArgs);
  try {
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: run.testsPath,
      launchArgs,
      extensionTestsEnv: { CHECKPOINT_DISABLE: '1' },
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) return error.code ?? 1;
    throw error;
  }
}

async function downloadVSCode(): Promise<string> {
  try {
    return await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(ROOT, '.vscode-test') });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not download VS Code ${VSCODE_VERSION} from Microsoft (${reason}). Without that server, run the same suites in code-server: npm run test:editor`,
    );
  }
}

/** runTests always adds `--disable-workspace-trust`; Restricted Mode needs the same launch without it. */
function runUntrusted(executable: string, run: SuiteRun, launchArgs: string[]): Promise<number> {
  const args = [
    ...launchArgs,
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-updates',
    '--skip-welcome',
    '--skip-release-notes',
    `--extensionDevelopmentPath=${ROOT}`,
    `--extensionTestsPath=${run.testsPath}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { stdio: 'inherit', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    const timer = setTimeout(() => child.kill(), run.timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}
