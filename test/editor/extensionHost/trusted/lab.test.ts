/** The lab template, exactly as the tutorial gives it, opened in a real VS Code. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { countByCode } from '../support/diagnostics';
import { waitForProblems } from '../support/diagnostics';
import {
  copyLab,
  documentAs,
  LAB_FIXTURE,
  LAB_PROBLEMS,
  openInEditor,
  scenarioFolder,
  writeFile,
} from '../support/workspace';

describe('the lab template in the editor', () => {
  it('switches to packer-json and shows the lab’s eight problems, each once, and nothing else', async () => {
    const lab = copyLab(scenarioFolder('lab'));
    await openInEditor(lab);
    const document = await documentAs(lab, 'packer-json');
    assert.equal(document.getText(), fs.readFileSync(LAB_FIXTURE, 'utf8'));
    const problems = await waitForProblems(lab, LAB_PROBLEMS);
    for (const problem of problems) {
      assert.equal(problem.source, 'packer');
      const code = problem.code;
      assert.ok(
        typeof code === 'object' && /\/docs\/rules\/[a-z-]+\.md$/.test(code.target.toString()),
        JSON.stringify(code),
      );
    }
  });

  it('leaves a plain package.json beside it as json, without Packer diagnostics', async () => {
    const folder = scenarioFolder('lab-and-package');
    const packageJson = writeFile(folder, 'package.json', '{\n  "name": "app",\n  "version": "1.0.0"\n}\n');
    const lab = copyLab(folder);
    await openInEditor(packageJson);
    // The lab, opened after it, is the barrier: once the lab has switched and its problems arrived, the
    // detection and the server have both had their turn with package.json.
    await openInEditor(lab);
    await documentAs(lab, 'packer-json');
    await waitForProblems(lab, LAB_PROBLEMS);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === packageJson.toString());
    assert.equal(document?.languageId, 'json');
    const ours = vscode.languages.getDiagnostics(packageJson).filter((d) => d.source === 'packer');
    assert.deepEqual(countByCode(ours), {});
  });
});
