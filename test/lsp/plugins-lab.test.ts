/**
 * The lab on a simulated Packer 1.11 with no plugin installed, over a real connection to the real
 * server: the legacy JSON finding and its actions, the conversion declaring amazon, the HCL2 lab fixed
 * by fix-all; and the Packer version the editor passes deciding what is claimed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyAction } from '../support/edits';
import { messageText } from '../support/messageText';
import { AMAZON, fixAll, has, lacks, session } from '../support/pluginSession';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');
const LAB_JSON = fs.readFileSync(path.join(FIXTURES, 'lab', 'packer_configuration.json'), 'utf8');

describe('plugins: the lab on a simulated Packer 1.11 with no plugin installed', () => {
  const s = session({ settings: { packerVersion: '1.11.0' } });

  it('reports on the legacy JSON template what Packer 1.11 will print, with the two actions', async () => {
    const uri = `file://${s.work}/packer_configuration.json`;
    const diagnostics = await s.client.open(uri, 'packer-json', LAB_JSON);
    const missing = diagnostics.filter((d) => d.code === 'plugin-not-installed');
    assert.equal(missing.length, 1);
    const [finding] = missing as [Diagnostic];
    assert.equal(finding.severity, 1);
    assert.match(
      messageText(finding),
      /The builder amazon-ebs is unknown by Packer, and is likely part of a plugin that is not installed/,
    );
    const actions = await s.client.codeActions(uri, finding.range, [finding], ['quickfix']);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred, a.command?.command, a.command?.arguments]),
      [
        [`Install the amazon plugin (packer plugins install ${AMAZON})`, true, 'packer.installPlugin', [uri, AMAZON]],
        ['Convert the template to HCL2', false, 'packer.convertToHcl', [uri]],
      ],
    );
    await s.client.close(uri);
  });

  it('converts to HCL2 that declares amazon, and fix-all leaves it declared; only packer init remains', async () => {
    const jsonUri = `file://${s.work}/packer_configuration.json`;
    await s.client.open(jsonUri, 'packer-json', LAB_JSON);
    const converted = await s.client.request<{ text: string }>('packer/convertToHcl', { uri: jsonUri });
    assert.match(
      converted.text,
      /required_plugins \{\n {4}amazon = \{\n {6}source {2}= "github\.com\/hashicorp\/amazon"\n {6}version = "~> 1"/,
    );
    const uri = `file://${s.work}/packer_configuration.pkr.hcl`;
    let text = converted.text;
    let diagnostics = await s.client.open(uri, 'packer', text);
    for (
      let round = 0;
      round < 5 && diagnostics.some((d) => d.severity === 1 && d.code !== 'missing-plugin');
      round++
    ) {
      text = applyAction(text, uri, await fixAll(s.client, uri));
      diagnostics = await s.client.change(uri, text);
    }
    assert.match(text, /required_plugins \{\n {4}amazon = \{/);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 1).map((d) => `${String(d.code)}: ${messageText(d)}`),
      [
        `missing-plugin: Missing plugin ${AMAZON} ~> 1: none is installed in ${s.plugins}; packer init would install 1.8.2. Packer stops with "Missing plugins"; run Packer: Init.`,
      ],
    );
    await s.client.close(uri);
    await s.client.close(jsonUri);
  });

  it('reports the HCL2 lab, which declares nothing, as Packer 1.11 would stop on it, and fix-all declares amazon', async () => {
    const lab = fs.readFileSync(path.join(FIXTURES, 'lab-hcl', 'packer.pkr.hcl'), 'utf8');
    const uri = `file://${s.work}/hcl/packer.pkr.hcl`;
    const diagnostics = await s.client.open(uri, 'packer', lab);
    const undeclared = diagnostics.filter((d) => d.code === 'undeclared-plugin');
    assert.deepEqual(
      undeclared.map((d) => [d.severity, messageText(d)]),
      [
        [
          1,
          'Packer 1.11.0 bundles no plugin, and the amazon plugin that brings builder "amazon-ebs" is not installed: the build stops with "Unknown source type amazon-ebs". Declare it in required_plugins (source "github.com/hashicorp/amazon") so that `packer init` installs it, then run Packer: Init.',
        ],
      ],
    );
    const fixed = applyAction(lab, uri, await fixAll(s.client, uri));
    assert.ok(
      fixed.startsWith(
        'packer {\n  required_plugins {\n    amazon = {\n      source  = "github.com/hashicorp/amazon"\n      version = "~> 1"\n    }\n  }\n}\n',
      ),
      fixed.slice(0, 200),
    );
    const after = await s.client.change(uri, fixed);
    assert.ok(lacks('undeclared-plugin')(after));
    assert.ok(has('missing-plugin')(after));
    await s.client.close(uri);
  });
});

describe('plugins: the Packer version the editor passes', () => {
  const s = session({ packerVersion: null });

  it('claims no Packer 1.10 failure until the editor says which Packer runs the template', async () => {
    const uri = `file://${s.work}/packer_configuration.json`;
    const unknown = await s.client.open(uri, 'packer-json', LAB_JSON);
    assert.ok(lacks('plugin-not-installed')(unknown));
    const told = s.client.nextDiagnostics(uri, has('plugin-not-installed'), 'after packer/packerVersion');
    await s.client.connection.sendNotification('packer/packerVersion', { version: '1.12.0' });
    const diagnostics = await told;
    assert.match(messageText(diagnostics.find((d) => d.code === 'plugin-not-installed')), /^Packer 1\.12\.0 says/);
    const bundled = s.client.nextDiagnostics(uri, lacks('plugin-not-installed'), 'back to a bundling Packer');
    await s.client.connection.sendNotification('packer/packerVersion', { version: '1.9.4' });
    await bundled;
    await s.client.close(uri);
  });
});
