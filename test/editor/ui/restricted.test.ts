/** Restricted Mode as a person sees it: the problems are still shown, and Build says why it does not run. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSession, type Session } from './support/session';
import { openFile, runCommand, toastSaying } from './support/workbench';

describe('the examples in an untrusted window', () => {
  let session: Session;
  before(async () => {
    session = await openSession('restricted', false);
  });
  after(async () => {
    await session?.close();
  });

  it('shows the lab’s problems, and "Packer: Build" explains that it does not run', async () => {
    const { page } = session;
    const message = await session.step('restricted', async () => {
      await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
      await openFile(page, 'packer_configuration.json');
      await page.locator('.monaco-editor .squiggly-error').first().waitFor();
      await openFile(page, 'build.pkr.hcl');
      await runCommand(page, 'Packer: Build');
      const toast = await toastSaying(page, 'did not run');
      await session.shot('07-restricted-build-refused');
      return toast;
    });
    assert.match(message, /Packer Build did not run: this workspace is in Restricted Mode/);
    assert.match(message, /needs a trusted workspace/);
    assert.equal(fs.existsSync(path.join(session.workspace, 'hcl2', 'hello.txt')), false);
  });
});
