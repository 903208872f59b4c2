/**
 * The server over a real stdio connection: settings, custom requests, and bad input that must
 * give diagnostics, never a crash or a hang.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';

const TEMPLATE =
  '{"builders": [{"type": "amazon-ebz", "name": "web"}, {"type": "null", "name": "local", "communicator": "none"}]}';

describe('language server', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({
      diagnostics: { severity: { 'legacy-json-template': 'off', 'unknown-component-type': 'warning' } },
    });
  });
  after(async () => {
    await client.stop();
  });

  it('applies per-rule severities from packer.diagnostics.severity, "off" included', async () => {
    const diagnostics = await client.open('file:///w/severity.json', 'packer-json', TEMPLATE);
    assert.equal(diagnostics.filter((d) => d.code === 'legacy-json-template').length, 0);
    const unknownType = diagnostics.find((d) => d.code === 'unknown-component-type');
    assert.equal(unknownType?.severity, 2);
    assert.match(messageText(unknownType), /Did you mean "amazon-ebs"/);
  });

  it('answers packer/buildNames with the builder names for -only', async () => {
    const result = await client.request<{ names: string[] }>('packer/buildNames', { uri: 'file:///w/severity.json' });
    assert.deepEqual(result.names, ['web', 'local']);
  });

  it('re-validates when the settings change', async () => {
    client.settings = { diagnostics: { severity: { 'unknown-component-type': 'off' } } };
    const published = client.waitForDiagnostics('file:///w/severity.json', 1);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const diagnostics = await published;
    assert.equal(diagnostics.filter((d) => d.code === 'unknown-component-type').length, 0);
    assert.ok(diagnostics.some((d) => d.code === 'legacy-json-template'));
  });

  it('survives input that is not a template at all, and keeps answering', async () => {
    const inputs = [
      '',
      '{',
      '[1, 2',
      '{"builders": ',
      '{"builders": [{"type": }]}',
      '\u201c\u201d\u2018\u2019\u00a0\u200b\u2212',
      '{"builders": [{"type": "amazon-ebs", "source_ami_filter": {"filters": {"name": 5}}, "ssh_port": {}}]}',
      '{"builders": "not a list", "provisioners": {"type": "shell"}, "post-processors": [[["nested"]]]}',
      '{"builders": [null, 1, "x", [], {"type": 5}], "variables": []}',
      `{"builders": [${'{"type": "null", "communicator": "none"},'.repeat(2000)}]}`,
      'x'.repeat(200_000),
    ];
    for (const [index, text] of inputs.entries()) {
      const diagnostics: Diagnostic[] = await client.open(`file:///w/bad-${index}.json`, 'packer-json', text);
      assert.ok(Array.isArray(diagnostics));
      assert.ok(diagnostics.every((d) => d.source === 'packer' && typeof d.code === 'string'));
      const messages = diagnostics.map((d) => messageText(d));
      assert.ok(!messages.some((m) => m.startsWith('Internal error')), messages.join('\n'));
    }
    const result = await client.request<{ names: string[] }>('packer/buildNames', { uri: 'file:///w/severity.json' });
    assert.deepEqual(result.names, ['web', 'local']);
  });

  it('checks an unsaved, untitled file by the language the editor gives it', async () => {
    const hcl = await client.open(
      'untitled:Untitled-1',
      'packer',
      'source "null" "x" {\n  communicator = \u201cnone\u201d\n}\n',
    );
    assert.deepEqual(
      hcl.map((d) => d.code),
      ['smart-quotes'],
    );
    const vars = await client.open('untitled:Untitled-2', 'packer-vars', 'variable "region" {}\n');
    assert.deepEqual(
      vars.map((d) => d.code),
      ['variable-declared-in-varfile'],
    );
  });

  it('leaves a JSON document alone until it becomes a template, and clears it after', async () => {
    const uri = 'file:///w/becomes.json';
    assert.deepEqual(await client.open(uri, 'json', '{"name": "x",}'), []);
    const asTemplate = await client.change(uri, '{"builders": [{"type": "null", "communicator": "none",}]}');
    assert.deepEqual(
      asTemplate.filter((d) => d.severity === 1).map((d) => d.code),
      ['trailing-comma'],
    );
    assert.deepEqual(await client.change(uri, '{"name": "x"}'), []);
  });
});
