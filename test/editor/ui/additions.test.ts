/**
 * The editor additions as a person sees them in code-server, with the packaged extension: the language
 * status, the run lenses, the Packer view, and a build of three null sources in progress (the view and
 * the status bar) that ends with its failure in Problems; then the same folder in Restricted Mode.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT } from '../harness/paths';
import { openSession, type Session } from './support/session';
import { openFile } from './support/workbench';

const THREE_SOURCES = fs.readFileSync(path.join(ROOT, 'test', 'editor', 'fixtures', 'three-sources.pkr.hcl'), 'utf8');

/** A copy of the three-source build whose sources take long enough to be seen running. */
function prepareProgress(workspace: string): void {
  fs.mkdirSync(path.join(workspace, 'progress'));
  fs.writeFileSync(path.join(workspace, 'progress', 'three.pkr.hcl'), THREE_SOURCES.replace('"sleep 2"', '"sleep 8"'));
}

/**
 * Clicks the `{}` of the language status and returns what its hover says once it says `expected`. The
 * hover shows the items as they were when it opened: while the server is still reading the workspace,
 * it is closed and opened again (each wait bounded).
 */
async function openLanguageStatus(page: Page, expected: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await page.locator('[id="status.languageStatus"]').click();
    const hover = page.locator('.monaco-hover', { hasText: expected }).first();
    try {
      await hover.waitFor({ timeout: 5_000 });
      return await hover.innerText();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * The Packer section of the Explorer, given the room: the folder's file tree is collapsed (the view's
 * list draws only the rows it has room for).
 */
async function packerView(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+E');
  const files = page.locator('.pane-header', { hasText: /^examples/i }).first();
  await files.waitFor();
  if ((await files.getAttribute('aria-expanded')) === 'true') await files.click();
  const header = page.locator('.pane-header', { hasText: /^Packer/i }).first();
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

/** Collapses a configuration of the view, to make room for the next. */
async function collapseConfiguration(page: Page, label: string): Promise<void> {
  const row = page.locator('.pane-body .monaco-list-row[aria-level="1"]', { hasText: label }).first();
  await row.waitFor();
  if ((await row.getAttribute('aria-expanded')) === 'true') await row.click();
}

const viewRow = (page: Page, text: string) => page.locator('.pane-body .monaco-list-row', { hasText: text }).first();

describe('the editor additions in code-server', () => {
  let session: Session;
  before(async () => {
    session = await openSession('additions', true, { prepare: prepareProgress });
  });
  after(async () => {
    await session?.close();
  });

  it('shows the packer in use, the configuration and the server in the language status', async () => {
    const { page } = session;
    const text = await session.step('language-status', async () => {
      await openFile(page, 'build.pkr.hcl');
      const shown = await openLanguageStatus(page, 'hcl2: 3 files');
      await session.shot('10-language-status');
      await page.keyboard.press('Escape');
      return shown;
    });
    assert.match(text, /Packer \d+\.\d+\.\d+/);
    assert.match(text, /Plugins: none declared/);
    assert.match(text, /Packer server: (ready|analysing)/);
  });

  it('puts Build, Validate and Build only above the blocks', async () => {
    const { page } = session;
    const lenses = await session.step('lenses', async () => {
      await openFile(page, 'three.pkr.hcl');
      await page.locator('.codelens-decoration', { hasText: 'Build only null.broken' }).waitFor();
      await session.shot('11-run-lenses');
      return page.locator('.codelens-decoration').allInnerTexts();
    });
    const all = lenses.join(' | ');
    for (const title of ['Build only null.first', 'Build only null.second', 'Build only null.broken', 'Validate'])
      assert.ok(all.includes(title), `${title} in ${all}`);
  });

  it('lists sources, builds and variables in the Packer view', async () => {
    const { page } = session;
    await session.step('packer-view', async () => {
      await packerView(page);
      await viewRow(page, 'hcl2').waitFor();
      await viewRow(page, 'greeting').waitFor();
      await viewRow(page, 'null.example').waitFor();
      await session.shot('12-packer-view');
    });
  });

  it('shows a build in progress per source, then its failure in Problems', async () => {
    const { page } = session;
    await session.step('build-progress', async () => {
      await openFile(page, 'three.pkr.hcl');
      await packerView(page);
      await collapseConfiguration(page, 'hcl2');
      await collapseConfiguration(page, 'packer_configuration.json');
      const build = page.locator('.codelens-decoration a', { hasText: /^\s*Build\s*$/ }).first();
      await build.click();
      await page.locator('.statusbar-item', { hasText: 'Packer build' }).first().waitFor();
      await viewRow(page, 'Running local shell script').waitFor();
      await session.shot('13-build-in-progress');
      await page.locator('.statusbar-item', { hasText: '1 of 3 failed' }).first().waitFor({ timeout: 60_000 });
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: "Build 'null.broken' failed" }).waitFor();
      await session.shot('14-build-failed-in-problems');
    });
    assert.equal(fs.readFileSync(path.join(session.workspace, 'progress', 'first.txt'), 'utf8').trim(), 'first');
  });
});

describe('the editor additions in Restricted Mode', () => {
  let session: Session;
  before(async () => {
    session = await openSession('additions-restricted', false, { prepare: prepareProgress });
  });
  after(async () => {
    await session?.close();
  });

  it('shows no lens, says packer is not run, and still lists the configuration', async () => {
    const { page } = session;
    await session.step('restricted-additions', async () => {
      await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
      await openFile(page, 'three.pkr.hcl');
      await packerView(page);
      await collapseConfiguration(page, 'hcl2');
      await collapseConfiguration(page, 'packer_configuration.json');
      await viewRow(page, 'null.broken').waitFor();
      await openLanguageStatus(page, 'not run in Restricted Mode');
      await session.shot('15-restricted-additions');
    });
    assert.equal(await page.locator('.codelens-decoration').count(), 0);
  });
});
