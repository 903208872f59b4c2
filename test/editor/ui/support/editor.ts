/**
 * What the active text editor shows, read as a person reads it: its lines exactly (spaces count),
 * the suggest widget's rows, the hover, the cursor's line and column in the status bar.
 */
import type { Locator, Page } from 'playwright-core';

/** Monaco renders spaces as no-break spaces. */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

const activeEditor = (page: Page): Locator => page.locator('.editor-group-container.active .monaco-editor');

/**
 * A line of the active editor whose text is exactly `text`. Playwright's string `hasText` folds runs
 * of whitespace, which would hide an alignment change; a regular expression sees the raw text.
 */
export function editorLine(page: Page, text: string): Locator {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]');
  return activeEditor(page)
    .locator('.view-lines .view-line')
    .filter({ hasText: new RegExp(`^${escaped}$`) });
}

/**
 * The active editor's text, line by line. Monaco reuses line elements and places them with `top`,
 * so their order in the page is not the order on screen. Only rendered lines are seen: keep the
 * files short and unwrapped.
 */
export async function editorText(page: Page): Promise<string> {
  const lines: { top: number; text: string }[] = [];
  for (const line of await activeEditor(page).locator('.view-lines .view-line').all()) {
    const top = /top:\s*(-?[\d.]+)px/.exec((await line.getAttribute('style')) ?? '');
    lines.push({ top: top?.[1] === undefined ? Number.NaN : Number(top[1]), text: plain(await line.innerText()) });
  }
  return lines
    .sort((a, b) => a.top - b.top)
    .map((l) => l.text)
    .join('\n');
}

/** Resolves once every non-empty line of `expected` is shown exactly, then returns the whole text. */
export async function editorTextAfter(page: Page, expected: string): Promise<string> {
  for (const line of new Set(expected.split('\n').filter((l) => l.trim() !== ''))) {
    await editorLine(page, line).first().waitFor();
  }
  return editorText(page);
}

export interface Suggestion {
  label: string;
  /** The detail shown at the row's right (type, origin), '' if none. */
  detail: string;
}

/** Each editor has its own suggest widget: with two side by side, only the active one's counts. */
const suggestWidget = (page: Page): Locator => activeEditor(page).locator('.editor-widget.suggest-widget');
const suggestRow = (page: Page, label: string): Locator =>
  suggestWidget(page)
    .locator('.monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) });

/** Resolves once the suggest widget lists every one of `labels`; returns the rows it shows. */
export async function suggestionsInclude(page: Page, labels: readonly string[]): Promise<Suggestion[]> {
  for (const label of labels) await suggestRow(page, label).waitFor();
  const rows: Suggestion[] = [];
  for (const row of await suggestWidget(page).locator('.monaco-list-row').all()) {
    const detail = row.locator('.details-label');
    rows.push({
      label: plain(await row.locator('.label-name').innerText()).trim(),
      detail: (await detail.count()) > 0 ? plain(await detail.innerText()).trim() : '',
    });
  }
  return rows;
}

/**
 * Ctrl+Space with the list open ("Show More"): the side pane with the highlighted suggestion's
 * documentation; resolves with its text once it shows `text`.
 */
export async function suggestionDocs(page: Page, text: string): Promise<string> {
  await page.keyboard.press('Control+Space');
  const docs = activeEditor(page).locator('.suggest-details-container .suggest-details', { hasText: text });
  await docs.waitFor();
  return plain(await docs.innerText());
}

/** Enter on the suggestion `label`, once it is the highlighted one; resolves when the widget has closed. */
export async function acceptSuggestion(page: Page, label: string): Promise<void> {
  await suggestRow(page, label).and(page.locator('.focused')).waitFor();
  await page.keyboard.press('Enter');
  await suggestWidget(page).waitFor({ state: 'hidden' });
}

/** The hover widget once it shows `text`. */
export async function hoverShowing(page: Page, text: string): Promise<Locator> {
  const hover = page.locator('.monaco-hover').filter({ hasText: text }).first();
  await hover.waitFor();
  return hover;
}

/** Resolves once the active editor has the keyboard: keys typed before that land elsewhere or nowhere. */
export async function editorFocused(page: Page): Promise<void> {
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
}

/**
 * Resolves once the breadcrumbs show the symbol `name`. Their symbols come from the language server's
 * outline, so this also tells that the server is up and answers for the file: until then, typing a
 * trigger character asks no one.
 */
export async function breadcrumbShows(page: Page, name: string): Promise<void> {
  await page
    .locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item', { hasText: name })
    .first()
    .waitFor();
}

/** Resolves once the status bar puts the cursor at `line`, `column`. */
export async function cursorAt(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col ${column}$`) }).waitFor();
}

/** Resolves once the active tab is `fileName` and marked as having unsaved changes. */
export async function activeTabDirty(page: Page, fileName: string): Promise<void> {
  await page.locator('.tab.active.dirty', { hasText: fileName }).waitFor();
}
