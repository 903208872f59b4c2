/** Where things are, seen from the compiled harness in out/test/editor/harness/. */
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
/** Compiled test code: out/test/editor. */
export const OUT = path.resolve(__dirname, '..');
export const VSIX = path.join(ROOT, 'packer-vscode.vsix');
export const EXAMPLES = path.join(ROOT, 'examples');
/** Screenshots and logs, kept after the run (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'editor');
export const CODE_SERVER_SCRIPT = path.join(ROOT, 'scripts', 'code-server.mjs');
export const CODE_SERVER =
  process.env['CODE_SERVER'] ?? path.join(ROOT, '.code-server', 'node_modules', '.bin', 'code-server');
/** The VS Code release code-server 4.100.3 is built from; the desktop launcher downloads the same. */
export const VSCODE_VERSION = '1.100.3';
