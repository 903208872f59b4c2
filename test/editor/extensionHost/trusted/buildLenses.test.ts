/**
 * Run lenses as VS Code asks for them (`vscode.executeCodeLensProvider`): Build and Validate above a
 * `build` block, Build only above each source it uses, Build only above each builder of a legacy
 * template; a lens's command runs the real packer through the task with `-only`; the setting hides them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PackerExtensionApi } from '../../../../client/src/api';
import { configurationAt, packerApi } from '../support/extensionApi';
import { packerTaskEnd } from '../support/tasks';
import { copyFixture, documentAs, openInEditor, scenarioFolder, writeFile } from '../support/workspace';

async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
}

const shown = (lenses: vscode.CodeLens[]) =>
  lenses.map((l) => `${l.range.start.line + 1} ${l.command?.title ?? '?'}`).sort();

describe('run lenses', () => {
  let api: PackerExtensionApi;
  before(async () => {
    api = await packerApi();
  });

  it('puts Build and Validate above the build block, Build only above each source it uses', async () => {
    const folder = scenarioFolder('lenses');
    const file = copyFixture('three-sources.pkr.hcl', folder, 'build.pkr.hcl');
    await configurationAt(api, folder);
    await openInEditor(file);
    assert.deepEqual(shown(await lensesOf(file)), [
      '11 $(play) Build only null.broken',
      '15 $(check) Validate',
      '15 $(play) Build',
      '3 $(play) Build only null.first',
      '7 $(play) Build only null.second',
    ]);
  });

  it('"Build only null.second" saves the folder and runs packer build -only=null.second as a task, building that source only', async () => {
    const folder = scenarioFolder('lens-run');
    const file = copyFixture('three-sources.pkr.hcl', folder, 'build.pkr.hcl');
    await configurationAt(api, folder);
    await openInEditor(file);
    // An unsaved edit: the lens saves the configuration's files first, since packer reads the disk.
    const document = await vscode.workspace.openTextDocument(file);
    const at = document.getText().indexOf('"echo ${source.name} >');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(file, document.positionAt(at + '"echo '.length), 'edited-');
    await vscode.workspace.applyEdit(edit);
    assert.ok(document.isDirty);
    const lens = (await lensesOf(file)).find((l) => l.command?.title === '$(play) Build only null.second');
    assert.ok(lens?.command);
    let args: unknown;
    const started = vscode.tasks.onDidStartTask((e) => {
      args = e.execution.task.definition['args'] as unknown;
    });
    const ended = packerTaskEnd('build', folder);
    try {
      await vscode.commands.executeCommand(lens.command.command, ...((lens.command.arguments ?? []) as unknown[]));
      assert.equal(await ended, 0);
    } finally {
      started.dispose();
    }
    assert.deepEqual(args, ['-only=null.second']);
    assert.equal(fs.readFileSync(path.join(folder, 'second.txt'), 'utf8').trim(), 'edited-second');
    assert.equal(document.isDirty, false);
    assert.equal(fs.existsSync(path.join(folder, 'first.txt')), false);
  });

  it('puts the build’s name in -only for a named build, and NAME.* on its Build lens when there are two', async () => {
    const folder = scenarioFolder('named');
    const file = writeFile(
      folder,
      'named.pkr.hcl',
      'source "null" "a" {\n  communicator = "none"\n}\n\nbuild {\n  name    = "web"\n  sources = ["source.null.a"]\n}\n\nbuild {\n  name    = "db"\n  sources = ["source.null.a"]\n}\n',
    );
    await configurationAt(api, folder);
    await openInEditor(file);
    const lenses = await lensesOf(file);
    assert.deepEqual(shown(lenses), [
      '1 $(play) Build only db.null.a',
      '1 $(play) Build only web.null.a',
      '10 $(check) Validate',
      '10 $(play) Build',
      '5 $(check) Validate',
      '5 $(play) Build',
    ]);
    const webBuild = lenses.find((l) => l.range.start.line === 4 && l.command?.title === '$(play) Build');
    assert.deepEqual(webBuild?.command?.arguments, [{ uri: vscode.Uri.file(folder).toString(), only: 'web.*' }]);
  });

  it('puts Build only NAME above each builder of a legacy template', async () => {
    const folder = scenarioFolder('legacy-lenses');
    const file = writeFile(
      folder,
      'template.json',
      '{\n  "builders": [\n    { "type": "null", "name": "alpha", "communicator": "none" },\n    { "type": "null", "name": "beta", "communicator": "none" }\n  ]\n}\n',
    );
    await configurationAt(api, path.join(folder, 'template.json'));
    await openInEditor(file);
    await documentAs(file, 'packer-json');
    assert.deepEqual(shown(await lensesOf(file)), [
      '2 $(check) Validate',
      '2 $(play) Build',
      '3 $(play) Build only alpha',
      '4 $(play) Build only beta',
    ]);
  });

  it('shows none when packer.codeLens.enabled is off', async () => {
    const folder = scenarioFolder('lenses-off');
    const file = copyFixture('three-sources.pkr.hcl', folder, 'build.pkr.hcl');
    await configurationAt(api, folder);
    await openInEditor(file);
    const settings = vscode.workspace.getConfiguration('packer');
    await settings.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      assert.deepEqual(await lensesOf(file), []);
    } finally {
      await settings.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.equal((await lensesOf(file)).length, 5);
  });
});
