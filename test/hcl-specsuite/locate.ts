/**
 * Where HCL's spec suite is on this machine. Debian's golang-github-hashicorp-hcl-v2-dev installs
 * it with HCL's Go sources; HCL_SPECSUITE_DIR overrides. The suite is read in place, never copied.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_PACKAGE = 'golang-github-hashicorp-hcl-v2-dev';
const DEBIAN_PATH = '/usr/share/gocode/src/github.com/hashicorp/hcl/v2/specsuite/tests';

export function locateSpecSuite(): string | undefined {
  const fromEnvironment = process.env.HCL_SPECSUITE_DIR;
  if (fromEnvironment !== undefined && fromEnvironment !== '')
    return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  try {
    // The package's file list, in case a later version installs it elsewhere.
    const files = execFileSync('dpkg', ['-L', DEBIAN_PACKAGE], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return files.split('\n').find((path) => path.endsWith('/specsuite/tests'));
  } catch {
    return undefined;
  }
}
