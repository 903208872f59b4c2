/**
 * Completion over a real stdio connection, in both formats: the capability is announced, a
 * half-typed HCL2 document gets the settings of its source, a variable declared in another file
 * of the folder is offered after `var.`, and a legacy JSON template gets builder settings by type.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { spawn } from 'node:child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-types';
import { LspTestClient, SERVER_PATH, withBound } from '../support/lspClient';

const VARIABLES = `variable "region" {
  type    = string
  default = "us-east-1"
}
`;

/** Where `|` stands in `marked`, and the text without it. */
function cursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf('|');
  const before = marked.slice(0, offset).split('\n');
  return {
    text: marked.slice(0, offset) + marked.slice(offset + 1),
    position: { line: before.length - 1, character: before[before.length - 1]!.length },
  };
}

describe('completion over LSP', () => {
  let client: LspTestClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;

  const completeAt = async (name: string, languageId: string, marked: string): Promise<CompletionItem[]> => {
    const { text, position } = cursor(marked);
    await client.open(uri(name), languageId, text);
    const result = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
      textDocument: { uri: uri(name) },
      position,
    });
    return Array.isArray(result) ? result : (result?.items ?? []);
  };

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'completion-'));
    fs.writeFileSync(path.join(folder, 'variables.pkr.hcl'), VARIABLES);
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('announces completion and signature help with their trigger characters', async () => {
    const { capabilities } = await initializeResult();
    for (const trigger of ['.', '"', '`'])
      assert.ok(capabilities.completionProvider?.triggerCharacters?.includes(trigger));
    for (const trigger of ['(', ','])
      assert.ok(capabilities.signatureHelpProvider?.triggerCharacters?.includes(trigger));
  });

  it('offers the settings of a source in a half-typed HCL2 document', async () => {
    const items = await completeAt('half.pkr.hcl', 'packer', 'source "amazon-ebs" "web" {\n  region = "x"\n  ins|\n');
    const instanceType = items.find((i) => i.label === 'instance_type');
    assert.ok(instanceType !== undefined);
    assert.deepEqual(instanceType.textEdit && 'range' in instanceType.textEdit && instanceType.textEdit.range, {
      start: { line: 2, character: 2 },
      end: { line: 2, character: 5 },
    });
    assert.equal(instanceType.insertTextFormat, 2);
    assert.ok(!items.some((i) => i.label === 'region'));
  });

  it('offers a variable declared in another file of the folder after var.', async () => {
    const items = await completeAt('sources.pkr.hcl', 'packer', 'source "null" "x" {\n  communicator = var.|\n}\n');
    assert.deepEqual(
      items.map((i) => i.label),
      ['region'],
    );
  });

  it('offers builder settings by type in a legacy JSON template', async () => {
    const items = await completeAt('template.json', 'packer-json', '{\n  "builders": [{"type": "docker", "|"}]\n}\n');
    const image = items.find((i) => i.label === 'image');
    assert.ok(image?.textEdit && 'range' in image.textEdit);
    assert.equal(image.textEdit.newText, '"image": "$1"');
    const quote = '  "builders": [{"type": "docker", '.length;
    assert.deepEqual(image.textEdit.range, {
      start: { line: 1, character: quote },
      end: { line: 1, character: quote + 2 },
    });
  });

  it('offers plugin sources in required_plugins and variables in ${ } of a *.pkr.json string', async () => {
    const plugins = await completeAt(
      'plugins.pkr.hcl',
      'packer',
      'packer {\n  required_plugins {\n    amazon = {\n      |\n    }\n  }\n}\n',
    );
    assert.deepEqual(
      plugins.map((i) => i.label),
      ['version', 'source'],
    );
    const json = await completeAt(
      'web.pkr.json',
      'packer-json',
      '{"source": {"null": {"x": {"communicator": "${var.re|}"}}}}',
    );
    const region = json.find((i) => i.label === 'region');
    assert.ok(region?.textEdit && 'range' in region.textEdit);
    const start = '{"source": {"null": {"x": {"communicator": "${var.'.length;
    assert.deepEqual(region.textEdit.range, {
      start: { line: 0, character: start },
      end: { line: 0, character: start + 2 },
    });
  });

  it('offers template variables inside {{user `...`}}', async () => {
    const items = await completeAt(
      'vars.json',
      'packer-json',
      '{"variables": {"image": "ubuntu"}, "builders": [{"type": "docker", "image": "{{user `|`}}"}]}',
    );
    assert.deepEqual(
      items.map((i) => i.label),
      ['image'],
    );
  });
});

/** The capabilities a fresh server announces (the test client keeps its own initialize answer to itself). */
async function initializeResult(): Promise<InitializeResult> {
  const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  connection.listen();
  try {
    const params = { processId: process.pid, rootUri: null, capabilities: {} };
    return await withBound(connection.sendRequest<InitializeResult>('initialize', params), 'initialize');
  } finally {
    connection.dispose();
    child.kill();
  }
}
