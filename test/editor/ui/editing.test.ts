/**
 * Writing Packer in the editor as a person does, keyboard and mouse only: completion of variables and
 * settings, the hover, Go to Definition, Format Document, "Packer: Convert Template to HCL2" and a
 * snippet. Scratch files go into the session's copy of examples/, never into examples/ itself.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSession, type Session } from './support/session';
import {
  acceptSuggestion,
  activeTabDirty,
  breadcrumbShows,
  cursorAt,
  editorLine,
  editorText,
  editorFocused,
  editorTextAfter,
  hoverShowing,
  suggestionDocs,
  suggestionsInclude,
} from './support/editor';
import { editorShows, goTo, languageModeIs, openFile, runCommand, toastSaying } from './support/workbench';

/** In hcl2/ beside the example's variables.pkr.hcl, which declares `greeting`: one folder, one configuration. */
const SCRATCH = [
  'variable "owner" {',
  '  type    = string',
  '  default = "packer"',
  '}',
  '',
  'source "null" "scratch" {',
  '  communicator = "none"',
  '',
  '}',
  '',
  'locals {',
  '  message = var.greeting',
  '  who     = ',
  '}',
  '',
].join('\n');

/** As `packer fmt` writes it. */
const TIDY = [
  'locals {',
  '  image_name = "scratch"',
  '  region     = "eu-west-1"',
  '}',
  '',
  'source "null" "tidy" {',
  '  communicator = "none"',
  '}',
  '',
].join('\n');
/** On disk, one line off already: so the formatted text differs from the saved file, and must show unsaved. */
const SAVED = TIDY.replace('region     =', 'region =');
/** What the keystrokes below make of SAVED: one line indented too far, one not at all. */
const MESSY = SAVED.replace('  image_name', '      image_name').replace('  communicator', 'communicator');

function prepare(workspace: string): void {
  // VS Code for the Web saves after a delay by default, desktop VS Code does not; with desktop's
  // default, "unsaved after Format Document" tells that formatting only edits the buffer.
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off' }));
  fs.writeFileSync(path.join(workspace, 'hcl2', 'scratch.pkr.hcl'), SCRATCH);
  fs.writeFileSync(path.join(workspace, 'hcl2', 'tidy.pkr.hcl'), SAVED);
  // A folder of its own: the snippet's `source "null" "example"` would clash with hcl2/'s.
  fs.mkdirSync(path.join(workspace, 'fresh'));
  fs.writeFileSync(path.join(workspace, 'fresh', 'empty.pkr.hcl'), '');
}

/** What `packer fmt` makes of `text`, or undefined when packer is not installed. */
function packerFmt(text: string): string | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-ui-fmt-'));
  try {
    const file = path.join(dir, 'messy.pkr.hcl');
    fs.writeFileSync(file, text);
    const run = spawnSync('packer', ['fmt', file], { env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    return run.status === 0 ? fs.readFileSync(file, 'utf8') : undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('editing Packer files in code-server, extension installed from the .vsix', () => {
  let session: Session;
  before(async () => {
    session = await openSession('editing', true, { prepare });
  });
  after(async () => {
    await session?.close();
  });

  it('completes var. with the variables declared across the folder', async () => {
    const { page } = session;
    const rows = await session.step('var-completion', async () => {
      await openFile(page, 'scratch.pkr.hcl');
      await goTo(page, 13, 1);
      await breadcrumbShows(page, 'locals');
      await page.keyboard.press('End');
      await page.keyboard.type('var.');
      const shown = await suggestionsInclude(page, ['greeting', 'owner']);
      await session.shot('editing-01-var-suggestions');
      // Narrowing by a letter or two is how a person picks among them.
      await page.keyboard.type('ow');
      await acceptSuggestion(page, 'owner');
      await editorLine(page, '  who     = var.owner').waitFor();
      await session.shot('editing-02-var-accepted');
      return shown;
    });
    const byLabel = new Map(rows.map((r) => [r.label, r.detail]));
    assert.deepEqual([...byLabel.keys()].sort(), ['greeting', 'owner']);
    assert.match(byLabel.get('greeting') ?? '', /variables\.pkr\.hcl/);
  });

  it('completes a setting of the source’s builder, with its type, into `key = ""`', async () => {
    const { page } = session;
    const { shown: rows, docs } = await session.step('setting-completion', async () => {
      await goTo(page, 8, 1);
      await page.keyboard.type('  ssh_ho');
      const shown = await suggestionsInclude(page, ['ssh_host']);
      const docs = await suggestionDocs(page, 'Packer documentation');
      await session.shot('editing-03-setting-suggestions');
      await acceptSuggestion(page, 'ssh_host');
      // The snippet leaves the cursor between the quotes: what is typed next is the value.
      await page.keyboard.type('127.0.0.1');
      await editorLine(page, '  ssh_host = "127.0.0.1"').waitFor();
      await session.shot('editing-04-setting-accepted');
      return { shown, docs };
    });
    assert.ok(rows.length > 0 && rows.every((r) => r.label.startsWith('ssh_')), JSON.stringify(rows));
    assert.deepEqual(
      rows.find((r) => r.label === 'ssh_host'),
      { label: 'ssh_host', detail: 'string' },
    );
    assert.match(docs, /Address Packer connects to over SSH/);
  });

  it('explains a setting on hover, with a link to Packer’s documentation', async () => {
    const { page } = session;
    const { text, link } = await session.step('hover', async () => {
      await page.keyboard.press('Escape');
      await editorLine(page, '  communicator = "none"')
        .locator('span', { hasText: /^communicator$/ })
        .last()
        .hover();
      const hover = await hoverShowing(page, 'How Packer connects to the machine');
      await session.shot('editing-05-hover');
      const anchor = hover.locator('a', { hasText: 'Packer documentation' });
      // Monaco's Markdown renderer keeps a link's target in data-href and opens it itself on click.
      const target = (await anchor.getAttribute('data-href')) ?? (await anchor.getAttribute('href'));
      return { text: (await hover.innerText()).replace(/\u00a0/g, ' '), link: target };
    });
    assert.match(text, /^communicator\W+string\W+setting of the\W+null\W+builder/);
    assert.match(text, /Default:\W+"ssh"/);
    assert.equal(link, 'https://developer.hashicorp.com/packer/docs/builders/null#communicator');
  });

  it('goes to a variable’s declaration in another file of the folder with F12', async () => {
    const { page } = session;
    await session.step('definition', async () => {
      await page.mouse.move(0, 0);
      // On `greeting` in `  message = var.greeting`.
      await goTo(page, 12, 20);
      await page.keyboard.press('F12');
      await page.locator('.tab.active', { hasText: 'variables.pkr.hcl' }).waitFor();
      await editorShows(page, 'variable "greeting" {');
      // On the declaration's name label: `variable "|greeting"`.
      await cursorAt(page, 1, 11);
      await session.shot('editing-06-definition');
    });
  });

  it('formats a messed-up HCL2 file as packer fmt does, leaving it unsaved', async () => {
    const { page } = session;
    const fmt = packerFmt(MESSY);
    if (fmt !== undefined) assert.equal(fmt, TIDY, 'packer fmt restores the layout the keystrokes undo');
    const [messed, formatted] = await session.step('format', async () => {
      await openFile(page, 'tidy.pkr.hcl');
      await editorFocused(page);
      await goTo(page, 2, 1);
      await page.keyboard.type('    ');
      await goTo(page, 7, 1);
      await page.keyboard.press('Delete');
      await page.keyboard.press('Delete');
      const before = await editorTextAfter(page, MESSY);
      await session.shot('editing-07-messed-up');
      await runCommand(page, 'Format Document');
      const after = await editorTextAfter(page, TIDY);
      await activeTabDirty(page, 'tidy.pkr.hcl');
      await session.shot('editing-08-formatted');
      return [before, after];
    });
    assert.equal(messed, MESSY);
    assert.equal(formatted, TIDY);
    assert.equal(fs.readFileSync(path.join(session.workspace, 'hcl2', 'tidy.pkr.hcl'), 'utf8'), SAVED, 'not saved');
  });

  it('converts the lab template to HCL2 from F1, beside it', async () => {
    const { page } = session;
    const text = await session.step('convert', async () => {
      await openFile(page, 'packer_configuration.json');
      // The command is offered for Packer JSON only: F1 before the switch from JSON finds no entry.
      await languageModeIs(page, 'Packer JSON');
      await runCommand(page, 'Packer: Convert Template to HCL2');
      await page.locator('.tab.active', { hasText: 'packer_configuration.pkr.hcl' }).waitFor();
      await editorShows(page, 'source "amazon-ebs"');
      await toastSaying(page, 'Converted to HCL2');
      await session.shot('editing-09-converted');
      return editorText(page);
    });
    assert.equal(await page.locator('.editor-group-container').count(), 2, 'the template and its HCL2, side by side');
    assert.match(text, /^source "amazon-ebs" "[^"]+" \{$/m);
    assert.match(text, /^build \{$/m);
  });

  it('expands the new-null snippet in an empty .pkr.hcl file', async () => {
    const { page } = session;
    const text = await session.step('snippet', async () => {
      await openFile(page, 'empty.pkr.hcl');
      await editorFocused(page);
      await page.keyboard.type('new-null');
      await suggestionsInclude(page, ['new-null']);
      await session.shot('editing-10-snippet-suggestion');
      await acceptSuggestion(page, 'new-null');
      // The first placeholder, the source's name, is selected and mirrored into the build's sources.
      await page.keyboard.type('demo');
      await editorLine(page, '  sources = ["source.null.demo"]').waitFor();
      await session.shot('editing-11-snippet-expanded');
      return editorText(page);
    });
    assert.match(text, /^source "null" "demo" \{$/m);
    assert.match(text, /^ {2}communicator = "none"$/m);
    assert.match(text, /^ {2}provisioner "shell-local" \{$/m);
  });
});
