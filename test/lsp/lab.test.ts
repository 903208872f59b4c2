/**
 * The acceptance test users judge us by: the immutable-infrastructure lab template, exactly as
 * the tutorial gives it, through a real server over a real stdio connection, as `packer-json` and
 * as plain `json`. Its fixed text must pass Debian's `packer validate`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyAction } from '../support/edits';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';
import { packerAvailable, packerValidate } from '../support/packerCli';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');
const LAB = fs.readFileSync(path.join(FIXTURES, 'lab', 'packer_configuration.json'), 'utf8');

const isProblem = (d: Diagnostic) => d.severity === 1 || d.severity === 2;

function countByCode(diagnostics: Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics.filter(isProblem)) counts[String(d.code)] = (counts[String(d.code)] ?? 0) + 1;
  return counts;
}

for (const languageId of ['packer-json', 'json']) {
  describe(`the lab template opened as ${languageId}`, () => {
    let client: LspTestClient;
    const uri = `file:///work/lab-${languageId}/packer_configuration.json`;

    before(async () => {
      client = await LspTestClient.start();
    });
    after(async () => {
      await client.stop();
    });

    it('shows exactly the eight problems of the lab, each once', async () => {
      const diagnostics = await client.open(uri, languageId, LAB);
      assert.deepEqual(countByCode(diagnostics), {
        'trailing-comma': 1,
        'smart-quotes': 2,
        'package-manager-mismatch': 2,
        'missing-required-setting': 3,
      });
      const missing = diagnostics
        .filter((d) => d.code === 'missing-required-setting')
        .map((d) => messageText(d))
        .join('\n');
      for (const key of ['ami_name', 'instance_type', 'ssh_username']) assert.match(missing, new RegExp(key));
      for (const d of diagnostics) {
        assert.equal(d.source, 'packer');
        assert.match(String(d.codeDescription?.href), /^https:\/\/.+\/docs\/rules\/[a-z-]+\.md$/);
      }
      const trailing = diagnostics.find((d) => d.code === 'trailing-comma');
      assert.equal(LAB.slice(offsetOf(trailing?.range.start.character), offsetOf(trailing?.range.end.character)), ',');
      assert.ok(diagnostics.some((d) => d.code === 'legacy-json-template' && d.severity === 3));
      await client.close(uri);
    });

    it('offers exactly one preferred quick fix per problem, and applying them one after another leaves a template that packer accepts', async () => {
      let text = LAB;
      let diagnostics = await client.open(uri, languageId, text);
      for (const d of diagnostics.filter(isProblem)) {
        const actions = await client.codeActions(uri, d.range, [d], ['quickfix']);
        assert.equal(actions.filter((a) => a.isPreferred).length, 1, `${String(d.code)}: ${messageText(d)}`);
      }
      for (let step = 0; step < 20 && diagnostics.some(isProblem); step++) {
        const target = diagnostics.find(isProblem) as Diagnostic;
        const actions = await client.codeActions(uri, target.range, [target], ['quickfix']);
        const preferred = actions.find((a) => a.isPreferred);
        assert.ok(preferred, `no preferred fix for ${String(target.code)}`);
        text = applyAction(text, uri, preferred);
        diagnostics = await client.change(uri, text);
      }
      assertFixed(text, diagnostics);
      await client.close(uri);
    });

    it('fixes everything in one step with source.fixAll.packer', async () => {
      const diagnostics = await client.open(uri, languageId, LAB);
      const actions = await client.codeActions(uri, diagnostics[0]?.range ?? zeroRange, [], ['source.fixAll.packer']);
      assert.equal(actions.length, 1);
      const fixed = applyAction(LAB, uri, actions[0] as (typeof actions)[0]);
      assertFixed(fixed, await client.change(uri, fixed));
      await client.close(uri);
    });
  });
}

describe('other JSON', () => {
  it('is left alone when sent as json', async () => {
    const client = await LspTestClient.start();
    try {
      const diagnostics = await client.open(
        'file:///work/app/package.json',
        'json',
        '{ "name": "app", "version": "1.0.0", }',
      );
      assert.deepEqual(diagnostics, []);
    } finally {
      await client.stop();
    }
  });
});

const zeroRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The lab is one line, so a character is an offset. */
function offsetOf(character: number | undefined): number {
  return character ?? -1;
}

function assertFixed(text: string, diagnostics: Diagnostic[]): void {
  assert.deepEqual(
    diagnostics.filter(isProblem).map((d) => `${String(d.code)}: ${messageText(d)}`),
    [],
  );
  const template = JSON.parse(text) as {
    builders: Array<Record<string, unknown>>;
    provisioners: Array<{ inline: string[] }>;
  };
  assert.doesNotMatch(text, /\bapt(-get)?\b/);
  const builder = template.builders[0] ?? {};
  assert.equal(builder['ssh_username'], 'ec2-user');
  assert.match(String(builder['ami_name']), /\{\{\s*timestamp\s*\}\}/);
  assert.match(String(builder['instance_type']), /^t[34]a?\.(nano|micro|small)$/);
  assert.deepEqual(template.provisioners[0]?.inline, [
    'sudo yum makecache',
    'sudo amazon-linux-extras install -y nginx1',
  ]);
  if (packerAvailable()) {
    const result = packerValidate(text, 'packer_configuration.json');
    assert.equal(result.status, 0, result.output);
  }
}
