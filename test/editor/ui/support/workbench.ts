/** What a person does in the workbench, by keyboard and mouse, and what they read off the screen. */
import type { Locator, Page } from 'playwright-core';

/** Monaco and xterm render spaces as no-break spaces. */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

/** Ctrl+P, the file name, Enter; resolves once its tab is the active one. */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: fileName }).waitFor();
}

/**
 * Resolves once the status bar shows the active editor's language as `name`. A legacy template
 * opens as JSON and the extension switches it to Packer JSON a moment later; palette entries whose
 * `when` names the language only appear after that, and an open palette does not refresh its list.
 */
export async function languageModeIs(page: Page, name: string): Promise<void> {
  await page.locator('.statusbar-item[id="status.editor.mode"]', { hasText: name }).waitFor();
}

/**
 * Moves the pointer onto the active editor's text and waits until no hover of the workbench (a
 * tab's path, say) is left showing, so that it covers nothing the test clicks next.
 */
export async function pointerAway(page: Page): Promise<void> {
  const box = await activeEditorLines(page).boundingBox();
  if (box !== null) await page.mouse.move(box.x + box.width / 2, box.y + box.height - 5);
  await page.locator('.context-view .hover-contents').waitFor({ state: 'hidden' });
}

/** F1, the command's title, Enter. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Ctrl+G, `line:column`, Enter. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(`${line}:${column}`);
  // Enter before the picker has read the number goes nowhere (seen on a cold workbench).
  await page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`line ${line}\\b`) }).waitFor();
  await page.keyboard.press('Enter');
}

/** Answers the quick pick whose title contains `title` with Enter (its highlighted choice). */
export async function acceptQuickPick(page: Page, title: string): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Clicks an item of a menu such as the light bulb's. VS Code ignores clicks on a menu until the
 * pointer has moved over it (against accidental picks), so the pointer moves there first.
 */
export async function clickMenuItem(page: Page, item: Locator): Promise<void> {
  const box = await item.boundingBox();
  if (box === null) throw new Error('the menu item is not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
  await item.click();
}

/**
 * Playwright matches `hasText` with whitespace normalized, and Monaco's and xterm's no-break spaces
 * count as whitespace there: a text is matched as a person reads it.
 */
const activeEditorLines = (page: Page): Locator =>
  page.locator('.editor-group-container.active .monaco-editor .view-lines');

/** Resolves once the active editor shows `text`. */
export async function editorShows(page: Page, text: string): Promise<void> {
  await activeEditorLines(page).filter({ hasText: text }).waitFor();
}

export interface ProblemRow {
  severity: 'error' | 'warning' | 'info' | 'other';
  code: string;
}

/** The Problems panel's rows with a rule id (severity icon and id), once it lists at least `count`. */
export async function problemRows(page: Page, count: number): Promise<ProblemRow[]> {
  const rows = page.locator('.markers-panel .monaco-list-row').filter({ has: page.locator('.marker-code') });
  await rows.nth(count - 1).waitFor();
  const found: ProblemRow[] = [];
  for (const row of await rows.all()) {
    const code = plain(await row.locator('.marker-code').innerText()).trim();
    const icon = (await row.locator('.marker-icon').getAttribute('class')) ?? '';
    const severity = (['error', 'warning', 'info'] as const).find((s) => icon.split(/\s+/).includes(s)) ?? 'other';
    found.push({ severity, code });
  }
  return found;
}

/** Resolves once the Problems panel lists exactly `count` problems with rule id `code`. */
export async function problemCount(page: Page, code: string, count: number): Promise<void> {
  const rows = page.locator('.markers-panel .marker-code').filter({ hasText: new RegExp(`^${code}$`) });
  if (count > 0) await rows.nth(count - 1).waitFor();
  await rows.nth(count).waitFor({ state: 'detached' });
}

/** Resolves once the terminal panel shows `text`; returns all it shows. */
export async function terminalShows(page: Page, text: string): Promise<string> {
  const terminal = page.locator('.part.panel .terminal-wrapper.active .xterm-rows').filter({ hasText: text });
  await terminal.waitFor();
  return plain(await terminal.innerText());
}

/** Resolves with the first notification toast that contains `text`. */
export async function toastSaying(page: Page, text: string): Promise<string> {
  const toast = page.locator('.notifications-toasts .notification-list-item-message', { hasText: text }).first();
  // A trial hover waits, bounded, until the toast has finished sliding in (a stable box), clicking nothing.
  await toast.hover({ trial: true });
  return plain(await toast.innerText());
}
