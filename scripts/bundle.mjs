// Bundles the extension (dist/client.js), the language server (dist/server.js) and the command-line
// checker (dist/packer-lint.js) with esbuild.
// `node scripts/bundle.mjs` for a development build, `--production` (or NODE_ENV=production) for a
// minified one; both write source maps. A missing entry point is skipped with a warning, so that one
// half can be built while the other is still being written.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';
const watch = process.argv.includes('--watch');

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The server and packer-lint are also the npm package's commands: runnable as they are.
const executable = { banner: { js: '#!/usr/bin/env node' } };
const bundles = [
  { name: 'client', entry: 'client/src/extension.ts', outfile: 'dist/client.js' },
  { name: 'server', entry: 'server/src/main.ts', outfile: 'dist/server.js', ...executable },
  {
    name: 'packer-lint',
    entry: 'server/src/cli/packerLint.ts',
    outfile: 'dist/packer-lint.js',
    ...executable,
    define: { PACKER_LINT_VERSION: JSON.stringify(version) },
  },
];

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: production ? true : 'linked',
  sourcesContent: !production,
  logLevel: 'info',
  absWorkingDir: root,
};

let failed = false;
for (const { name, entry, outfile, ...extra } of bundles) {
  if (!existsSync(join(root, entry))) {
    console.warn(`bundle: skipping the ${name}: ${entry} does not exist yet`);
    continue;
  }
  const options = { ...common, ...extra, entryPoints: [entry], outfile };
  try {
    if (watch) {
      const context = await esbuild.context(options);
      await context.watch();
    } else {
      await esbuild.build(options);
    }
  } catch {
    // esbuild has already printed the errors.
    failed = true;
  }
}
if (failed) process.exitCode = 1;
