/**
 * Runs every *.test.js of one folder with mocha inside the extension host; the suite's index.js
 * (its `extensionTestsPath`) calls this from its exported `run()`, which both launchers expect.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function runMochaIn(folder: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000 });
  for (const name of fs.readdirSync(folder).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(path.join(folder, name));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
