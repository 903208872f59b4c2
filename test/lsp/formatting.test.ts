/** Formatting of JSON templates over a real connection: whitespace only, and never on broken text. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
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
