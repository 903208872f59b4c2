/**
 * Restricted Mode: the language server reads files only, so its diagnostics stay; the packer commands
 * refuse to run, since a template's provisioners execute on this machine. (The refusal's words are
 * checked where a person reads them, in the UI suite.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitForProblems } from '../support/diagnostics';
import { waitFor } from '../support/wait';
import { copyFixture, copyLab, documentAs, LAB_PROBLEMS, openInEditor, scenarioFolder } from '../support/workspace';

describe('an untrusted workspace', () => {
  before(() => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite must run in Restricted Mode');
  });

  it('still shows the lab’s problems', async () => {
    const lab = copyLab(scenarioFolder('lab'));
    await openInEditor(lab);
    await documentAs(lab, 'packer-json');
    await waitForProblems(lab, LAB_PROBLEMS);
  });

  it('runs no packer: Validate, Build, Init and Install Plugin start no task and build nothing', async () => {
    const folder = scenarioFolder('build');
    const template = copyFixture('null-build.json', folder, 'template.json');
    await openInEditor(template);
    await documentAs(template, 'packer-json');
    const started: string[] = [];
    const listener = vscode.tasks.onDidStartTask((e) => started.push(e.execution.task.name));
    try {
      // Both return at once: a build that went ahead would still be waiting for its questions.
      await vscode.commands.executeCommand('packer.validate');
      await vscode.commands.executeCommand('packer.build');
      // The fixes of missing-plugin and plugin-not-installed, as the server's code actions send them.
      await vscode.commands.executeCommand('packer.init', template.toString());
      await vscode.commands.executeCommand('packer.installPlugin', template.toString(), 'github.com/hashicorp/amazon');
    } finally {
      listener.dispose();
    }
    assert.deepEqual(started, []);
    assert.deepEqual(vscode.tasks.taskExecutions, []);
    assert.equal(fs.existsSync(path.join(folder, 'built.txt')), false);
  });

  it('still completes, explains and converts: none of that runs packer', async () => {
    const folder = scenarioFolder('editing');
    const template = copyFixture('null-build.json', folder, 'template.json');
    await openInEditor(template);
    const document = await documentAs(template, 'packer-json');
    const typeValue = document.positionAt(document.getText().indexOf('"null"') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      template,
      typeValue,
    );
    assert.ok(hovers.length > 0, 'a hover on the builder type');
    const keyStart = document.positionAt(document.getText().indexOf('"communicator"') + 1);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      template,
      keyStart,
    );
    assert.ok(
      completions.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label).includes('ssh_host')),
      'the null builder’s settings are offered',
    );

    const converted = waitFor(
      'the converted template',
      () =>
        vscode.workspace.textDocuments.find((d) => d.languageId === 'packer' && d.getText().includes('source "null"')),
      [vscode.workspace.onDidOpenTextDocument, vscode.workspace.onDidChangeTextDocument],
    );
    // Not awaited: the command ends with a message offering to save, which nobody answers here.
    void vscode.commands.executeCommand('packer.convertToHcl', template);
    await converted;
  });
});
