/**
 * How the server schedules its work: a request with parameters of the wrong shape is answered
 * InvalidParams (-32602), and a large template's validation yields, so that a newer edit supersedes
 * it and a request sent meanwhile is answered before it ends.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResponseError } from 'vscode-languageserver-protocol';
import { LspTestClient, withBound } from '../support/lspClient';
import { jsonTemplate } from '../../scripts/benchTexts';

async function errorCode(request: Promise<unknown>): Promise<number | undefined> {
  try {
    await withBound(request, 'an answer');
    return undefined;
  } catch (error) {
    return error instanceof ResponseError ? error.code : undefined;
  }
}

describe('request scheduling', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('answers InvalidParams to parameters of the wrong shape, and keeps answering', async () => {
    const uri = 'file:///w/params.json';
    await client.open(uri, 'packer-json', '{"builders": [{"type": "null", "communicator": "none"}]}');
    const send = (method: string, params: unknown) => errorCode(client.connection.sendRequest(method, params));
    assert.equal(await send('textDocument/definition', { textDocument: { uri }, position: null }), -32602);
    assert.equal(
      await send('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0 } }),
      -32602,
    );
    assert.equal(
      await send('textDocument/completion', { textDocument: { uri: 5 }, position: { line: 0, character: 0 } }),
      -32602,
    );
    assert.equal(await send('workspace/symbol', { query: null }), -32602);
    assert.equal(await send('packer/convertToHcl', { uri: 42 }), -32602);
    assert.equal(await send('packer/buildNames', {}), -32602);
    assert.equal(await send('textDocument/formatting', { textDocument: { uri }, options: null }), -32602);
    const names = await client.request<{ names: string[] }>('packer/buildNames', { uri });
    assert.deepEqual(names.names, ['null']);
  });

  it('drops the validation of an older version once a newer edit arrives, and answers a hover meanwhile', async () => {
    const uri = 'file:///w/large.json';
    // The benchmarks' valid template, about 1 MB: line 6 is the first builder's type, line 7 its name.
    const text = jsonTemplate(1024 * 1024);
    await client.open(uri, 'packer-json', text);
    // Two keystrokes in the name "web-0" (line 7): small messages that arrive together.
    const at = (character: number) => ({ start: { line: 7, character }, end: { line: 7, character } });
    const older = await client.sendChange(uri, { range: at(20), text: '0' });
    const newer = await client.sendChange(uri, { range: at(21), text: '0' });
    let diagnosticsFirst = false;
    const published = client.waitForDiagnostics(uri, newer).then(() => (diagnosticsFirst = true));
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 6, character: 8 },
    });
    assert.ok(hover !== null, 'the hover on "type" answers');
    assert.equal(diagnosticsFirst, false, 'the hover did not wait for the whole validation');
    await published;
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.equal(versions.includes(older), false, `published versions ${versions.join(', ')}`);
    assert.equal(versions[versions.length - 1], newer);
  });
});
