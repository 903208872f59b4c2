/**
 * Restricted Mode and the editor additions: the view still shows what the server read, but no lens is
 * offered, the one-click runs start no task, the status item says packer is not run (its version is
 * not even asked), and the walkthrough does not claim packer was found.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { configurationAt, copyExamples, packerApi } from '../support/extensionApi';
import { waitFor } from '../support/wait';
import { openInEditor } from '../support/workspace';

describe('editor additions in Restricted Mode', () => {
  it('show the configuration and the status, offer no lens, and run nothing', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite must run in Restricted Mode');
    const api = await packerApi();
    const hcl2 = path.join(copyExamples('restricted'), 'hcl2');
    const file = vscode.Uri.file(path.join(hcl2, 'build.pkr.hcl'));
    const configuration = await configurationAt(api, hcl2);
    assert.deepEqual(
      configuration.sources.map((s) => s.name),
      ['example'],
    );
    await openInEditor(file);

    assert.deepEqual(await vscode.commands.executeCommand('vscode.executeCodeLensProvider', file), []);

    void api.languageStatus.update();
    const packer = await waitFor(
      'the status of packer',
      () => api.languageStatus.snapshot().find((s) => s.id === 'packer.status.packer' && s.text !== ''),
      [api.languageStatus.onDidUpdate],
    );
    assert.equal(packer.text, 'Packer: not run in Restricted Mode');
    assert.equal(packer.command, 'workbench.trust.manage');

    const started: string[] = [];
    const listener = vscode.tasks.onDidStartTask((e) => started.push(e.execution.task.name));
    try {
      await vscode.commands.executeCommand('packer.buildTarget', { uri: vscode.Uri.file(hcl2).toString() });
      await vscode.commands.executeCommand('packer.validateTarget', { uri: vscode.Uri.file(hcl2).toString() });
    } finally {
      listener.dispose();
    }
    assert.deepEqual(started, []);
    assert.equal(fs.existsSync(path.join(hcl2, 'hello.txt')), false);
    assert.equal(api.buildRuns.runs.length, 0);
    assert.ok(!api.walkthrough.steps.includes('packerFound'));
  });
});
