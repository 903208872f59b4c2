/**
 * Formatting over a real connection: JSON templates with the editor's indentation, HCL2 files
 * with `packer fmt`'s layout (from the unsaved text, never the file on disk). Whitespace only, and
 * never on broken text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ShowMessageParams } from 'vscode-languageserver-protocol';
import type { TextEdit } from 'vscode-languageserver-types';
import { applyTextEdits } from '../support/edits';
import { LspTestClient } from '../support/lspClient';

const LAB = fs.readFileSync(
  path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'lab', 'packer_configuration.json'),
  'utf8',
);

describe('formatting JSON templates', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const format = (uri: string, tabSize: number, insertSpaces: boolean) =>
    client.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize, insertSpaces },
    });

  it('indents with the editor settings and changes nothing but whitespace', async () => {
    const uri = 'file:///w/format.json';
    const text =
      '{"builders":[{"type":"null","communicator":"none","name":"a b  c"}],"provisioners":[{"type":"shell-local","inline":["echo  two  spaces"]}]}';
    await client.open(uri, 'packer-json', text);
    const twoSpaces = applyTextEdits(text, (await format(uri, 2, true)) ?? []);
    assert.match(twoSpaces, /^\{\n  "builders": \[\n    \{\n      "type": "null",/);
    assert.deepEqual(JSON.parse(twoSpaces), JSON.parse(text));
    assert.equal(twoSpaces.replace(/\s/g, ''), text.replace(/\s/g, ''));
    const tabs = applyTextEdits(text, (await format(uri, 4, false)) ?? []);
    assert.match(tabs, /^\{\n\t"builders": \[\n\t\t\{/);
  });

  it('declines on the lab, whose curly-quoted strings a formatter would change', async () => {
    const uri = 'file:///w/lab/packer_configuration.json';
    await client.open(uri, 'packer-json', LAB);
    assert.deepEqual((await format(uri, 2, true)) ?? [], []);
  });
});

describe('formatting HCL2 files', () => {
  let client: LspTestClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const ON_DISK = 'source "null" "a" {\n  communicator = "none"\n}\n';
  const UNSAVED =
    'source "null" "a" {\ncommunicator="none"\n    name  =  "x"\n}\n\nbuild {\nsources=["source.null.a"]\n}\n';

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-format-'));
    fs.writeFileSync(path.join(folder, 'main.pkr.hcl'), ON_DISK);
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('formats the unsaved text as packer fmt does, with small edits, whatever the tab settings', async () => {
    await client.open(uri('main.pkr.hcl'), 'packer', UNSAVED);
    const edits =
      (await client.request<TextEdit[] | null>('textDocument/formatting', {
        textDocument: { uri: uri('main.pkr.hcl') },
        options: { tabSize: 4, insertSpaces: false },
      })) ?? [];
    assert.equal(
      applyTextEdits(UNSAVED, edits),
      'source "null" "a" {\n  communicator = "none"\n  name         = "x"\n}\n\nbuild {\n  sources = ["source.null.a"]\n}\n',
    );
    assert.ok(edits.length > 1 && edits.every((edit) => edit.newText.trim() === ''), 'only spaces, gap by gap');
    assert.equal(fs.readFileSync(path.join(folder, 'main.pkr.hcl'), 'utf8'), ON_DISK, 'the file on disk is untouched');
  });

  it('formats only the lines of a range', async () => {
    await client.open(uri('range.pkr.hcl'), 'packer', UNSAVED);
    const edits =
      (await client.request<TextEdit[] | null>('textDocument/rangeFormatting', {
        textDocument: { uri: uri('range.pkr.hcl') },
        range: { start: { line: 6, character: 0 }, end: { line: 6, character: 3 } },
        options: { tabSize: 2, insertSpaces: true },
      })) ?? [];
    assert.ok(edits.every((edit) => edit.range.start.line === 6 && edit.range.end.line === 6));
    assert.equal(
      applyTextEdits(UNSAVED, edits),
      UNSAVED.replace('sources=["source.null.a"]', '  sources = ["source.null.a"]'),
    );
  });

  it('declines broken text with a message saying why', async () => {
    const broken = 'source "null" "a" {\n  communicator = \n}\n';
    await client.open(uri('broken.pkr.hcl'), 'packer', broken);
    const shown = new Promise<ShowMessageParams>((resolve) => {
      const listener = client.connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
        listener.dispose();
        resolve(params);
      });
    });
    const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: { uri: uri('broken.pkr.hcl') },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.deepEqual(edits ?? [], []);
    const message = await withTimeout(shown, 15_000);
    assert.match(message.message, /syntax errors.*line 2: Invalid expression/);
  });
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no message within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
