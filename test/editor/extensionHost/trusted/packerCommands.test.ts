/**
 * "Packer: Validate" and "Packer: Build" run Debian's real `packer` as tasks in the terminal, on the null
 * builder (no cloud, no SSH) with a `shell-local` provisioner that leaves a file behind.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeProblems } from '../support/diagnostics';
import { answeringQuickPicks, packerTaskEnd } from '../support/tasks';
import { nextEvent, waitFor } from '../support/wait';
import { copyFixture, documentAs, openInEditor, scenarioFolder, workspaceRoot } from '../support/workspace';

/** What the provisioner writes, in packer's working directory (the template's folder). */
const OUTPUT = 'built.txt';

async function openTemplate(folder: string, fixture: string, name: string): Promise<vscode.Uri> {
  const template = copyFixture(fixture, folder, name);
  await openInEditor(template);
  await documentAs(template, 'packer-json');
  return template;
}

async function run(command: 'validate' | 'build', template: vscode.Uri): Promise<number | undefined> {
  const ended = packerTaskEnd(command, template.fsPath);
  const started = vscode.commands.executeCommand(`packer.${command}`);
  await (command === 'build' ? answeringQuickPicks(started) : started);
  return ended;
}

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' });
}

describe('Packer commands in a trusted workspace', () => {
  it('Install Plugin, the fix of plugin-not-installed, runs packer plugins install as a task with the source as one argument', async () => {
    const template = await openTemplate(scenarioFolder('install-plugin'), 'null-build.json', 'template.json');
    const source = 'github.com/hashicorp/amazon';
    const ended = nextEvent(
      'packer plugins install to end',
      vscode.tasks.onDidEndTaskProcess,
      (e) => e.execution.task.name === `plugins install ${source}`,
      45_000,
    );
    // As the server's code action sends it: the template's URI as a string.
    await vscode.commands.executeCommand('packer.installPlugin', template.toString(), source);
    const end = await ended;
    const execution = end.execution.task.execution;
    assert.ok(execution instanceof vscode.ProcessExecution, 'no shell');
    assert.deepEqual(execution.args, ['plugins', 'install', source]);
    assert.equal(execution.options?.cwd, path.dirname(template.fsPath));
    // Debian's packer 1.6.6 has no `plugins` command; a current one would install the plugin.
    assert.equal(typeof end.exitCode, 'number');
  });

  it('Validate runs packer in the terminal and ends with exit code 0', async () => {
    const template = await openTemplate(scenarioFolder('validate-ok'), 'null-build.json', 'template.json');
    assert.equal(await run('validate', template), 0);
  });

  it('Build runs packer in the terminal, ends with exit code 0 and leaves the build’s output', async () => {
    const folder = scenarioFolder('build-ok');
    const template = await openTemplate(folder, 'null-build.json', 'template.json');
    assert.equal(await run('build', template), 0);
    assert.equal(fs.readFileSync(path.join(folder, OUTPUT), 'utf8').trim(), 'built by packer');
  });

  it('a failing build ends non-zero; Validate puts packer’s errors in the Problems panel', async () => {
    const folder = scenarioFolder('build-fails');
    const template = await openTemplate(folder, 'null-build-broken.json', 'template.json');
    assert.notEqual(await run('build', template), 0);
    assert.equal(fs.existsSync(path.join(folder, OUTPUT)), false);
    assert.notEqual(await run('validate', template), 0);
    // The `$packer` problem matcher's diagnostics carry its source, "packer validate".
    const fromPacker = await waitFor(
      'packer validate’s errors on the template',
      () => {
        const found = vscode.languages.getDiagnostics(template).filter((d) => d.source === 'packer validate');
        return found.length > 0 ? found : undefined;
      },
      [vscode.languages.onDidChangeDiagnostics],
      { describe: () => describeProblems(template) },
    );
    assert.ok(
      fromPacker.some((d) => /ssh_username must be specified/.test(d.message)),
      describeProblems(template),
    );
    assert.ok(fromPacker.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('a template named with spaces, quotes and $(...) builds as one argument, and nothing else runs', async () => {
    const folder = scenarioFolder('odd name');
    const name = `my "odd" template's $(touch pwned) ; touch pwned2.json`;
    const template = await openTemplate(folder, 'null-build.json', name);
    assert.equal(await run('validate', template), 0);
    assert.equal(await run('build', template), 0);
    assert.equal(fs.readFileSync(path.join(folder, OUTPUT), 'utf8').trim(), 'built by packer');
    const root = workspaceRoot();
    assert.deepEqual(
      filesUnder(root).filter((f) => /pwned/.test(path.basename(f)) && f !== path.join('odd name', name)),
      [],
    );
  });
});
