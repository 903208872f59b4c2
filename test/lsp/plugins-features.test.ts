/**
 * Hover and completion in `required_plugins`, and the other plugin findings with their fixes, over a
 * real connection with a real plugin folder, in HCL2's native and JSON syntaxes.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { pluginBySource } from '../../server/src/service/schema/pluginFacts';
import { applyAction } from '../support/edits';
import { messageText } from '../support/messageText';
import { installPlugin } from '../support/pluginFolders';
import { AMAZON, codes, lacks, session } from '../support/pluginSession';

describe('plugins: hover and completion in required_plugins', () => {
  const TEXT = `packer {
  required_plugins {
    aws = {
      source  = "${AMAZON}"
      version = "~> 1.1"
    }
  }
}
`;
  const s = session({
    packerVersion: '1.11.0',
    install: (folder) => {
      for (const version of ['1.1.0', '1.2.0-dev', '2.0.0']) installPlugin(folder, { source: AMAZON, version });
    },
  });

  it('shows the source, the constraint, the installed versions, the one used and the components under the entry’s name', async () => {
    const uri = `file://${s.work}/plugins.pkr.hcl`;
    await s.client.open(uri, 'packer', TEXT);
    const hover = await s.client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 5 },
    });
    const text = hover?.contents.value ?? '';
    assert.match(text, /^\*\*aws\*\*: plugin `github\.com\/hashicorp\/amazon`/);
    assert.match(text, /Version constraint: `~> 1\.1`/);
    assert.ok(text.includes(`Installed: 1.1.0, 1.2.0-dev, 2.0.0, in \`${s.plugins}\``), text);
    assert.match(text, /Used: \*\*1\.2\.0-dev\*\*, the highest installed version the constraint allows/);
    assert.match(text, /`aws-ebs` \(builder\)/);
    await s.client.close(uri);
  });

  it('completes the versions the plugin has released inside version = ""', async () => {
    const uri = `file://${s.work}/versions.pkr.hcl`;
    const text = TEXT.replace('"~> 1.1"', '""');
    await s.client.open(uri, 'packer', text);
    const list = await s.client.request<{ items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 17 },
    });
    const newest = pluginBySource(AMAZON)?.releases.at(-1);
    const labels = list.items.map((i) => i.label);
    assert.equal(labels[0], '~> 1');
    assert.ok(labels.includes(`>= ${String(newest)}`), labels.join(', '));
    await s.client.close(uri);
  });
});

describe('plugins: the other findings over the connection, in both syntaxes', () => {
  const s = session({
    packerVersion: '1.12.0',
    install: (folder) => {
      installPlugin(folder, { source: AMAZON, version: '1.3.0' });
    },
  });

  const preferredFix = async (uri: string, diagnostic: Diagnostic): Promise<CodeAction> => {
    const actions = await s.client.codeActions(uri, diagnostic.range, [diagnostic], ['quickfix']);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, actions.map((a) => a.title).join(', '));
    return preferred[0] as CodeAction;
  };

  it('wrong-plugin-source: the tutorial’s vsphere source for amazon-ebs, fixed to the amazon source', async () => {
    const uri = `file://${s.work}/tutorial/aws.pkr.hcl`;
    const text = `packer {\n  required_plugins {\n    amazon = {\n      version = ">= 1.0.0"\n      source  = "github.com/hashicorp/vsphere"\n    }\n  }\n}\n\nsource "amazon-ebs" "ubuntu" {\n  region = "us-west-2"\n}\n`;
    const diagnostics = await s.client.open(uri, 'packer', text);
    const wrong = diagnostics.find((d) => d.code === 'wrong-plugin-source');
    assert.ok(wrong, codes(diagnostics).join(', '));
    assert.equal(wrong.severity, 1);
    const fixed = applyAction(text, uri, await preferredFix(uri, wrong));
    assert.ok(fixed.includes('source  = "github.com/hashicorp/amazon"'), fixed);
    assert.ok(lacks('wrong-plugin-source')(await s.client.change(uri, fixed)));
    await s.client.close(uri);
  });

  it('duplicate-required-plugin: the same entry twice in a file, the copy removed', async () => {
    const uri = `file://${s.work}/dup/plugins.pkr.hcl`;
    const entry = `    amazon = {\n      source  = "${AMAZON}"\n      version = "~> 1"\n    }\n`;
    const text = `packer {\n  required_plugins {\n${entry}${entry}  }\n}\n`;
    const diagnostics = await s.client.open(uri, 'packer', text);
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-required-plugin');
    assert.ok(duplicate);
    assert.equal(duplicate.range.start.line, 6);
    assert.equal(
      applyAction(text, uri, await preferredFix(uri, duplicate)),
      `packer {\n  required_plugins {\n${entry}  }\n}\n`,
    );
    await s.client.close(uri);
  });

  it('newer-packer-feature: a function of Packer 1.13 on Packer 1.12', async () => {
    const uri = `file://${s.work}/fn/locals.pkr.hcl`;
    const diagnostics = await s.client.open(uri, 'packer', 'locals {\n  ok = startswith("ab", "a")\n}\n');
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'newer-packer-feature').map((d) => [d.severity, messageText(d)]),
      [[2, 'The function `startswith` arrived in Packer 1.13.0; the Packer in use is 1.12.0.']],
    );
    await s.client.close(uri);
  });

  it('reads required_plugins in HCL2’s JSON syntax: missing and undeclared plugins in a *.pkr.json file', async () => {
    const uri = `file://${s.work}/json/web.pkr.json`;
    const text = JSON.stringify(
      {
        packer: { required_plugins: { docker: { source: 'github.com/hashicorp/docker', version: '~> 1' } } },
        source: { 'amazon-ebs': { web: { region: 'us-east-1' } } },
      },
      null,
      2,
    );
    const diagnostics = await s.client.open(uri, 'packer-json', text);
    const missing = diagnostics.find((d) => d.code === 'missing-plugin');
    assert.match(messageText(missing), /^Missing plugin github\.com\/hashicorp\/docker ~> 1: none is installed/);
    const undeclared = diagnostics.find((d) => d.code === 'undeclared-plugin');
    // amazon is installed (1.3.0): Packer loads it, but packer init elsewhere would not install it.
    assert.equal(undeclared?.severity, 2);
    assert.match(messageText(undeclared), /Packer loads the installed 1\.3\.0 here/);
    await s.client.close(uri);
  });
});
