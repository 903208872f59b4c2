/**
 * The examples folder as a newcomer sees it, with the packaged extension: the lab's squiggles and
 * Problems, the light bulb's fix for a curly quote, and "Packer: Build" in the terminal.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXAMPLES, ROOT } from '../harness/paths';
import { LAB_PROBLEMS } from '../labProblems';
import { openSession, type Session } from './support/session';
import {
  acceptQuickPick,
  clickMenuItem,
  editorShows,
  goTo,
  openFile,
  pointerAway,
  problemCount,
  problemRows,
  runCommand,
  terminalShows,
} from './support/workbench';

const LAB = path.join(EXAMPLES, 'lab', 'packer_configuration.json');
const LAB_TEXT = fs.readFileSync(LAB, 'utf8');
const PROBLEM_COUNT = Object.values(LAB_PROBLEMS).reduce((a, b) => a + b, 0);

describe('the examples in code-server, extension installed from the .vsix', () => {
  let session: Session;
  before(async () => {
    session = await openSession('examples', true);
  });
  after(async () => {
    await session?.close();
  });

  it('holds the lab template byte for byte', () => {
    assert.equal(
      LAB_TEXT,
      fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'lab', 'packer_configuration.json'), 'utf8'),
    );
  });

  it('shows the lab’s squiggles, and its problems in the Problems panel', async () => {
    const { page } = session;
    await session.step('lab-squiggles', async () => {
      await openFile(page, 'packer_configuration.json');
      await page.locator('.monaco-editor .squiggly-error').first().waitFor();
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
      await session.shot('01-lab-squiggles');
    });
    const rows = await session.step('problems-panel', async () => {
      await page.keyboard.press('Control+Shift+M');
      const found = await problemRows(page, PROBLEM_COUNT);
      await session.shot('02-problems-panel');
      return found;
    });
    const counts: Record<string, number> = {};
    for (const row of rows.filter((r) => r.severity === 'error' || r.severity === 'warning'))
      counts[row.code] = (counts[row.code] ?? 0) + 1;
    assert.deepEqual(counts, LAB_PROBLEMS);
  });

  it('straightens a curly quote with the light bulb’s quick fix', async () => {
    const { page } = session;
    const quote = LAB_TEXT.indexOf('\u201c');
    assert.ok(quote > 0 && !LAB_TEXT.slice(0, quote).includes('\n'), 'the lab is one line');
    await session.step('light-bulb', async () => {
      await page.locator('.tab.active', { hasText: 'packer_configuration.json' }).click();
      // The pointer left on the tab brings up its path a moment later, over the gutter of line 1
      // where the light bulb shows: it goes to the text first, and any such hover is gone.
      await pointerAway(page);
      // Inside the first curly-quoted string, after its opening quote.
      await goTo(page, 1, quote + 2);
      await page.locator('.codicon-gutter-lightbulb-auto-fix').click();
      const fix = page.locator('.action-widget .monaco-list-row.action', { hasText: 'Use straight quotes' });
      await fix.waitFor();
      await session.shot('03-light-bulb-menu');
      await clickMenuItem(page, fix);
      await editorShows(page, '"sudo apt update"');
      await problemCount(page, 'smart-quotes', 1);
      await session.shot('04-quote-straightened');
    });
  });

  it('runs "Packer: Build" from F1 in a terminal that shows the build’s output', async () => {
    const { page } = session;
    const output = await session.step('build', async () => {
      await openFile(page, 'build.pkr.hcl');
      await runCommand(page, 'Packer: Build');
      await acceptQuickPick(page, '-on-error');
      await session.shot('05-build-question');
      await acceptQuickPick(page, 'options');
      const shown = await terminalShows(page, 'Builds finished');
      await session.shot('06-build-terminal');
      return shown;
    });
    assert.match(output, /packer build \./);
    assert.match(output, /Build 'null\.example' finished/);
    assert.equal(
      fs.readFileSync(path.join(session.workspace, 'hcl2', 'hello.txt'), 'utf8').trim(),
      'Hello from Packer',
    );
  });
});
