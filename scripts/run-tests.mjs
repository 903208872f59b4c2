// Runs node's test runner on every compiled *.test.js under the given folders (Node 20's
// `--test` takes no globs, and a folder would also pick up test helpers).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const folders = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.test.js')) files.push(full);
  }
};
for (const folder of folders) walk(folder);
if (files.length === 0) {
  console.error(`No test files under ${folders.join(', ')}: build first (npm run build).`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
