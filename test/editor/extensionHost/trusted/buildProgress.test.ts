/**
 * Build progress from a real packer build on the null builder with three sources, one of which fails:
 * each source's step while it runs, then finished or failed, in the Packer view and the status bar; the
 * failure in Problems on the failed source's declaration; a configuration error at the line packer names.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PackerExtensionApi } from '../../../../client/src/api';
import type { ViewNode } from '../../../../client/src/view/viewNodes';
import { configurationAt, packerApi } from '../support/extensionApi';
import { packerTaskEnd } from '../support/tasks';
import { waitFor } from '../support/wait';
import { copyFixture, scenarioFolder, writeFile } from '../support/workspace';

/** The build-source items of the configuration's first build, by label. */
function buildSourceItems(api: PackerExtensionApi, folder: string): Map<string, vscode.TreeItem> {
  const items = new Map<string, vscode.TreeItem>();
  const stack: ViewNode[] = api.view
    .getChildren()
    .filter((n) => vscode.Uri.parse(n.configuration.uri).fsPath === folder);
  while (stack.length > 0) {
    const node = stack.shift() as ViewNode;
    if (node.kind === 'buildSource') items.set(node.source.only, api.view.getTreeItem(node));
    stack.push(...api.view.getChildren(node));
  }
  return items;
}

const iconOf = (item: vscode.TreeItem | undefined) =>
  item?.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;

function buildProblems(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'packer build');
}

describe('build progress', () => {
  let api: PackerExtensionApi;
  before(async () => {
    api = await packerApi();
  });

  it('follows each source of a real build in the view and the status bar, and puts the failure in Problems', async () => {
    const folder = scenarioFolder('progress');
    const file = copyFixture('three-sources.pkr.hcl', folder, 'build.pkr.hcl');
    await configurationAt(api, folder);
    const ended = packerTaskEnd('build', folder);
    const seenRunning = waitFor(
      'a source running its provisioner, in the view and the status bar',
      () => {
        const item = buildSourceItems(api, folder).get('null.first');
        const text = api.progress.text;
        return iconOf(item) === 'sync~spin' &&
          /^0:0\d · Running local shell script/.test(String(item?.description)) &&
          /^\$\(sync~spin\) Packer build [0-3]\/3 · /.test(text)
          ? { description: String(item?.description), text }
          : undefined;
      },
      [api.buildRuns.onDidChange],
      {
        describe: () =>
          `${api.progress.text} | ${[...buildSourceItems(api, folder).values()].map((i) => `${typeof i.label === 'string' ? i.label : ''}: ${String(i.description)}`).join('; ')}`,
      },
    );
    await vscode.commands.executeCommand('packer.buildTarget', { uri: vscode.Uri.file(folder).toString() });
    const running = await seenRunning;
    assert.match(running.description, /^0:0\d · Running local shell script: \S+$/);
    assert.notEqual(await ended, 0, 'one of the three builds failed');

    const run = api.buildRuns.runs[0];
    assert.ok(run);
    assert.deepEqual(run.reader.sources.map((s) => [s.name, s.status]).sort(), [
      ['null.broken', 'failed'],
      ['null.first', 'finished'],
      ['null.second', 'finished'],
    ]);
    const items = buildSourceItems(api, folder);
    assert.equal(iconOf(items.get('null.first')), 'pass');
    assert.match(String(items.get('null.first')?.description), /^finished after 0:0\d$/);
    assert.equal(iconOf(items.get('null.broken')), 'error');
    assert.match(
      String(items.get('null.broken')?.description),
      /failed after 0:0\d: Script exited with non-zero exit status: 3/,
    );
    assert.match(api.progress.text, /^\$\(error\) Packer build: 1 of 3 failed · 0:0\d$/);

    const problems = await waitFor(
      'the failed build in Problems',
      () => {
        const found = buildProblems(file);
        return found.length > 0 ? found : undefined;
      },
      [vscode.languages.onDidChangeDiagnostics],
    );
    assert.deepEqual(
      problems.map((d) => [d.range.start.line + 1, d.severity, d.message]),
      [
        [
          11,
          vscode.DiagnosticSeverity.Error,
          "Build 'null.broken' failed: Script exited with non-zero exit status: 3.Allowed exit codes are: [0]",
        ],
      ],
    );
  });

  it('puts a configuration error packer reports at its line in Problems', async () => {
    const folder = scenarioFolder('progress-config-error');
    const file = writeFile(
      folder,
      'build.pkr.hcl',
      'source "null" "a" {\n  communicator = "none"\n}\n\nbuild {\n  sources = ["source.null.a"]\n  provisioner "shell-local" {\n    inline = ["echo ${var.nope}"]\n  }\n}\n',
    );
    await configurationAt(api, folder);
    const ended = packerTaskEnd('build', folder);
    await vscode.commands.executeCommand('packer.buildTarget', { uri: vscode.Uri.file(folder).toString() });
    assert.notEqual(await ended, 0);
    const problems = await waitFor(
      'the configuration error in Problems',
      () => {
        const found = buildProblems(file);
        return found.length > 0 ? found : undefined;
      },
      [vscode.languages.onDidChangeDiagnostics],
    );
    assert.deepEqual(
      problems.map((d) => [d.range.start.line + 1, d.range.start.character + 1]),
      [[8, 26]],
    );
    assert.match(problems[0]?.message ?? '', /Unsupported attribute/);
    assert.match(path.basename(file.fsPath), /build\.pkr\.hcl/);
  });
});
