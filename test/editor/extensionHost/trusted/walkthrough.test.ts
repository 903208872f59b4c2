/**
 * The walkthrough's steps complete on what really happens: packer found, a Packer file opened, a problem
 * fixed by its quick fix, validate and build ending with exit code 0. Each step's completion event in
 * package.json is one the extension really sets.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PackerExtensionApi } from '../../../../client/src/api';
import type { StepKey } from '../../../../client/src/walkthrough/walkthrough';
import { configurationAt, copyExamples, packerApi } from '../support/extensionApi';
import { packerTaskEnd } from '../support/tasks';
import { waitFor } from '../support/wait';
import { documentAs, openInEditor, scenarioFolder, writeFile } from '../support/workspace';

function completed(api: PackerExtensionApi, step: StepKey): Promise<true> {
  return waitFor(
    `the walkthrough step ${step}`,
    () => (api.walkthrough.steps.includes(step) ? true : undefined),
    [api.walkthrough.onDidComplete],
    { describe: () => api.walkthrough.steps.join(', ') || 'none' },
  );
}

describe('the walkthrough', () => {
  let api: PackerExtensionApi;
  before(async () => {
    api = await packerApi();
  });

  it('waits in package.json on the events the extension sets', () => {
    const manifest = vscode.extensions.getExtension('packer-vscode.packer-vscode')?.packageJSON as {
      contributes: { walkthroughs: Array<{ steps: Array<{ id: string; completionEvents: string[] }> }> };
    };
    const steps = manifest.contributes.walkthroughs[0]?.steps ?? [];
    assert.deepEqual(
      steps.map((s) => [s.id, s.completionEvents]),
      [
        ['locatePacker', ['onContext:packer.walkthrough.packerFound']],
        ['openTemplate', ['onContext:packer.walkthrough.templateOpened']],
        ['fixProblems', ['onContext:packer.walkthrough.problemFixed']],
        ['convert', ['onCommand:packer.convertToHcl']],
        ['init', ['onContext:packer.walkthrough.initialized']],
        ['validate', ['onContext:packer.walkthrough.validated']],
        ['build', ['onContext:packer.walkthrough.built']],
      ],
    );
  });

  it('completes "install or locate Packer" once packer is found, and "open a template" on opening one', async () => {
    await completed(api, 'packerFound');
    const hcl2 = path.join(copyExamples('walkthrough-open'), 'hcl2');
    await openInEditor(vscode.Uri.file(path.join(hcl2, 'build.pkr.hcl')));
    await completed(api, 'templateOpened');
  });

  it('completes "see and fix the problems" when a quick fix removes a problem', async () => {
    const folder = scenarioFolder('walkthrough-fix');
    const file = writeFile(
      folder,
      'template.json',
      '{\n  "builders": [{ "type": "null", "communicator": "none", }]\n}\n',
    );
    await openInEditor(file);
    await documentAs(file, 'packer-json');
    const diagnostic = await waitFor(
      'the trailing comma',
      () =>
        vscode.languages
          .getDiagnostics(file)
          .find((d) => d.code !== undefined && JSON.stringify(d.code).includes('trailing-comma')),
      [vscode.languages.onDidChangeDiagnostics],
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      file,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, 'a preferred fix');
    await vscode.workspace.applyEdit(fix.edit);
    await completed(api, 'problemFixed');
  });

  it('completes "validate" and "build" when they end with exit code 0', async () => {
    const hcl2 = path.join(copyExamples('walkthrough-run'), 'hcl2');
    await configurationAt(api, hcl2);
    const target = { uri: vscode.Uri.file(hcl2).toString() };
    const validated = packerTaskEnd('validate', hcl2);
    await vscode.commands.executeCommand('packer.validateTarget', target);
    assert.equal(await validated, 0);
    await completed(api, 'validated');
    const built = packerTaskEnd('build', hcl2);
    await vscode.commands.executeCommand('packer.buildTarget', target);
    assert.equal(await built, 0);
    await completed(api, 'built');
  });
});
