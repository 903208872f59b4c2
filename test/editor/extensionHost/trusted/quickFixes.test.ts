/** The lab's quick fixes, through the same commands the light bulb and "Fix All" use. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeProblems, problemsOf, waitForProblems } from '../support/diagnostics';
import { waitFor } from '../support/wait';
import { copyLab, documentAs, LAB_PROBLEMS, openInEditor, scenarioFolder } from '../support/workspace';

const FIX_ALL = 'source.fixAll.packer';

function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
}

function quickFixes(uri: vscode.Uri, range: vscode.Range): Thenable<vscode.CodeAction[]> {
  return codeActions(uri, range, vscode.CodeActionKind.QuickFix.value);
}

async function applyAndWaitForFewer(uri: vscode.Uri, action: vscode.CodeAction, before: number): Promise<void> {
  assert.ok(action.edit, `"${action.title}" has no edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `"${action.title}" was not applied`);
  await waitFor(
    `fewer than ${before} problems after "${action.title}"`,
    () => (problemsOf(uri).length < before ? true : undefined),
    [vscode.languages.onDidChangeDiagnostics],
    {
      describe: () => describeProblems(uri),
    },
  );
}

async function openLab(name: string): Promise<vscode.Uri> {
  const lab = copyLab(scenarioFolder(name));
  await openInEditor(lab);
  await documentAs(lab, 'packer-json');
  await waitForProblems(lab, LAB_PROBLEMS);
  return lab;
}

function assertRepaired(uri: vscode.Uri): void {
  const text = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText() ?? '';
  assert.doesNotThrow(() => JSON.parse(text), 'the repaired template is JSON');
  assert.doesNotMatch(text, /[“”]|\bapt\b/);
}

describe('quick fixes on the lab', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('offers one preferred fix per problem; applying them one by one leaves the template clean', async () => {
    const lab = await openLab('fix-one-by-one');
    // The server does not tie its fixes to diagnostics (CodeAction.diagnostics), so each range is asked:
    // one preferred fix for every problem the range touches (the provider is given all of those).
    const problems = problemsOf(lab);
    for (const problem of problems) {
      const touched = problems.filter((p) => p.range.intersection(problem.range) !== undefined);
      const preferred = (await quickFixes(lab, problem.range)).filter((a) => a.isPreferred);
      assert.equal(preferred.length, touched.length, `${codeOf(problem)}: ${preferred.map((a) => a.title).join(', ')}`);
    }
    for (let step = 0; step < 20; step++) {
      const remaining = problemsOf(lab);
      const target = remaining[0];
      if (target === undefined) break;
      const preferred = (await quickFixes(lab, target.range)).find((a) => a.isPreferred);
      assert.ok(preferred, `no preferred fix for ${codeOf(target)}`);
      await applyAndWaitForFewer(lab, preferred, remaining.length);
    }
    await waitForProblems(lab, {});
    assertRepaired(lab);
  });

  it(`fixes all of them in one step with ${FIX_ALL}`, async () => {
    const lab = await openLab('fix-all');
    const document = await vscode.workspace.openTextDocument(lab);
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const actions = (await codeActions(lab, whole, FIX_ALL)).filter((a) => a.kind?.value === FIX_ALL);
    assert.equal(actions.length, 1, actions.map((a) => a.title).join(', '));
    await applyAndWaitForFewer(lab, actions[0] as vscode.CodeAction, problemsOf(lab).length);
    await waitForProblems(lab, {});
    assertRepaired(lab);
  });
});
