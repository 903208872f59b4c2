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

  it('runs no packer: Validate and Build start no task and build nothing', async () => {
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
    } finally {
      listener.dispose();
    }
    assert.deepEqual(started, []);
    assert.deepEqual(vscode.tasks.taskExecutions, []);
    assert.equal(fs.existsSync(path.join(folder, 'built.txt')), false);
  });
});
