import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const PACKER = process.env['PACKER_BIN'] ?? 'packer';

export function packerAvailable(): boolean {
  return spawnSync(PACKER, ['version'], { encoding: 'utf8' }).status === 0;
}

/** The installed packer's version (`1.6.6`), as the editor reads it and passes it to the server. */
export function installedPackerVersion(): string | undefined {
  const result = spawnSync(PACKER, ['version'], { encoding: 'utf8' });
  return result.status === 0 ? /Packer v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)/.exec(result.stdout)?.[1] : undefined;
}

/** Runs `packer validate` on a template text saved under `fileName` in a fresh folder. */
export function packerValidate(text: string, fileName: string): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-validate-'));
  try {
    fs.writeFileSync(path.join(dir, fileName), text);
    const result = spawnSync(PACKER, ['validate', fileName], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, HOME: dir, PACKER_CONFIG_DIR: dir, CHECKPOINT_DISABLE: '1' },
      timeout: 60_000,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
