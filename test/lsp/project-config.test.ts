/**
 * The language server reads `.packer-lint.json`, the file `packer-lint` reads, over a real stdio
 * connection: the nearest one above a document sets rule severities, the client's own setting wins
 * over it, and a change to the file (a watched-file event) is seen without a restart.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';

const LAB = fs.readFileSync(
  path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'lab', 'packer_configuration.json'),
  'utf8',
);

const severityOf = (diagnostics: Diagnostic[], code: string) => [
  ...new Set(diagnostics.filter((d) => d.code === code).map((d) => d.severity)),
];

describe('.packer-lint.json in the editor', () => {
  let dir: string;
  let client: LspTestClient;
  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'packer-config-')));
    fs.mkdirSync(path.join(dir, 'templates'));
    fs.writeFileSync(
      path.join(dir, '.packer-lint.json'),
      JSON.stringify({
        rules: { 'smart-quotes': 'off', 'package-manager-mismatch': 'error', 'trailing-comma': 'info' },
      }),
    );
    client = await LspTestClient.start({ diagnostics: { severity: { 'trailing-comma': 'hint' } } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("applies the nearest file's severities under the client's settings, and follows changes to it", async () => {
    const uri = pathToFileURL(path.join(dir, 'templates', 'lab.json')).href;
    const diagnostics = await client.open(uri, 'packer-json', LAB);
    assert.deepEqual(severityOf(diagnostics, 'smart-quotes'), []);
    assert.deepEqual(severityOf(diagnostics, 'package-manager-mismatch'), [1]);
    assert.deepEqual(severityOf(diagnostics, 'trailing-comma'), [4], 'the client setting wins');

    fs.writeFileSync(path.join(dir, '.packer-lint.json'), JSON.stringify({ rules: {} }));
    const republished = client.waitForDiagnostics(uri, 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(dir, '.packer-lint.json')).href, type: 2 }],
    });
    // A publish already on its way (the settings' first refresh) may come first: wait for the next ones, bounded.
    let after = await republished;
    for (let i = 0; i < 5 && severityOf(after, 'smart-quotes').length === 0; i++)
      after = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(severityOf(after, 'smart-quotes'), [1]);
    assert.deepEqual(severityOf(after, 'package-manager-mismatch'), [2]);
  });
});
