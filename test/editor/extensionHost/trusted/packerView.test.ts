/**
 * The Packer view's tree, read from its data provider as VS Code reads it: the examples folder's two
 * configurations, clicks that open declarations, variable values from a chosen variable file with the
 * sensitive one masked, and the tree following edits and files created on disk.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PackerExtensionApi } from '../../../../client/src/api';
import type { ViewNode } from '../../../../client/src/view/viewNodes';
import { configurationAt, copyExamples, packerApi } from '../support/extensionApi';
import { waitFor } from '../support/wait';
import { openInEditor, scenarioFolder, writeFile } from '../support/workspace';

/** The subtree under the configuration at `uri`, one line per item: indentation, label, description. */
function render(api: PackerExtensionApi, uri: vscode.Uri): string[] {
  const root = api.view
    .getChildren()
    .find((n) => n.kind === 'configuration' && vscode.Uri.parse(n.configuration.uri).toString() === uri.toString());
  assert.ok(root, `no configuration ${uri.fsPath} in the view`);
  const lines: string[] = [];
  const walk = (node: ViewNode, depth: number): void => {
    const item = api.view.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const description = typeof item.description === 'string' ? ` — ${item.description}` : '';
    lines.push(`${'  '.repeat(depth)}${depth === 0 ? '' : label}${depth === 0 ? description.slice(3) : description}`);
    for (const child of api.view.getChildren(node)) walk(child, depth + 1);
  };
  walk(root, 0);
  return lines;
}

function findItem(api: PackerExtensionApi, uri: vscode.Uri, label: string): vscode.TreeItem {
  const stack = [...api.view.getChildren()].filter(
    (n) => vscode.Uri.parse(n.configuration.uri).toString() === uri.toString(),
  );
  while (stack.length > 0) {
    const node = stack.shift() as ViewNode;
    const item = api.view.getTreeItem(node);
    if (item.label === label) return item;
    stack.push(...api.view.getChildren(node));
  }
  throw new Error(`no item ${label}`);
}

describe('the Packer view', () => {
  let api: PackerExtensionApi;
  before(async () => {
    api = await packerApi();
  });

  it('shows the examples folder’s HCL2 configuration and legacy template with their parts', async () => {
    const folder = copyExamples('view');
    await configurationAt(api, path.join(folder, 'hcl2'));
    const lab = path.join(folder, 'lab', 'packer_configuration.json');
    await configurationAt(api, lab);
    assert.deepEqual(render(api, vscode.Uri.file(path.join(folder, 'hcl2'))), [
      'HCL2 · 3 files',
      '  Sources — 1',
      '    null.example — built into Packer',
      '  Builds — 1',
      '    build 1 — 1 source',
      '      null.example',
      '      shell-local — provisioner',
      '  Variables — 1',
      '    greeting — = "Hello from Packer" (default)',
      '  Plugins — none declared',
    ]);
    assert.deepEqual(render(api, vscode.Uri.file(lab)), [
      'legacy JSON template',
      '  Sources — 1',
      '    amazon-ebs — plugin amazon · installed: unknown',
      '  Builds — 1',
      '    builders — 1 source',
      '      amazon-ebs',
      '      shell — provisioner',
      '  Variables — 0',
    ]);
  });

  it('opens the declaration on a click', async () => {
    const folder = copyExamples('view-click');
    const hcl2 = vscode.Uri.file(path.join(folder, 'hcl2'));
    await configurationAt(api, hcl2.fsPath);
    const item = findItem(api, hcl2, 'greeting');
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...((item.command.arguments ?? []) as unknown[]));
    const editor = await waitFor(
      'variables.pkr.hcl in the editor',
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.fsPath.endsWith(path.join('view-click', 'hcl2', 'variables.pkr.hcl'))
          ? active
          : undefined;
      },
      [vscode.window.onDidChangeActiveTextEditor],
    );
    assert.equal(editor.selection.active.line, 0);
  });

  it('shows the values a build gets with the chosen variable file, and masks the sensitive one', async () => {
    const folder = scenarioFolder('view-vars');
    writeFile(
      folder,
      'main.pkr.hcl',
      'variable "region" {\n  default = "eu-west-1"\n}\n\nvariable "token" {\n  default   = "s3cret"\n  sensitive = true\n}\n\nvariable "size" {\n  type = string\n}\n\nsource "null" "a" {\n  communicator = "none"\n}\n\nbuild {\n  sources = ["source.null.a"]\n}\n',
    );
    const prod = writeFile(folder, 'prod.pkrvars.hcl', 'region = "us-east-1"\nsize   = "large"\n');
    const configuration = await configurationAt(api, folder);
    const variables = () =>
      render(api, vscode.Uri.file(folder)).filter((l) => l.startsWith('    ') && /region|token|size/.test(l));
    assert.deepEqual(variables(), [
      '    region — = "eu-west-1" (default)',
      '    size — no value: set one',
      '    token — = (sensitive) (default)',
    ]);
    await api.store.chooseVarFile(configuration, prod.toString());
    try {
      assert.deepEqual(variables(), [
        '    region — = "us-east-1" (prod.pkrvars.hcl)',
        '    size — = "large" (prod.pkrvars.hcl)',
        '    token — = (sensitive) (default)',
      ]);
      assert.match(render(api, vscode.Uri.file(folder))[0] ?? '', /-var-file=prod\.pkrvars\.hcl/);
    } finally {
      await api.store.chooseVarFile(configuration, undefined);
    }
  });

  it('follows unsaved edits and files created on disk', async () => {
    const folder = scenarioFolder('view-live');
    const main = writeFile(folder, 'main.pkr.hcl', 'source "null" "a" {\n  communicator = "none"\n}\n');
    await configurationAt(api, folder);
    writeFile(folder, 'more.pkr.hcl', 'source "null" "b" {\n  communicator = "none"\n}\n');
    await configurationAt(api, folder, (c) => c.sources.length === 2);
    await openInEditor(main);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(main, new vscode.Position(3, 0), '\nsource "null" "typed" {\n  communicator = "none"\n}\n');
    await vscode.workspace.applyEdit(edit);
    const configuration = await waitFor(
      'the unsaved source in the view',
      () =>
        api.store.configurations.find((c) => c.uri === vscode.Uri.file(folder).toString() && c.sources.length === 3),
      [api.store.onDidChange],
    );
    assert.deepEqual(configuration.sources.map((s) => s.name).sort(), ['a', 'b', 'typed']);
    assert.ok(render(api, vscode.Uri.file(folder)).includes('    null.typed — built into Packer'));
  });
});
