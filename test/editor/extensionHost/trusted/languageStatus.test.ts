/**
 * The language status items of a Packer file, read through the extension's API (VS Code offers no way
 * to read them back): the real packer and its version, the configuration and its files, the plugins,
 * the server's state; packer missing and packer too old, each with the action that fixes it.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PackerExtensionApi } from '../../../../client/src/api';
import type { StatusSnapshot } from '../../../../client/src/status/languageStatus';
import { configurationAt, copyExamples, packerApi } from '../support/extensionApi';
import { waitFor } from '../support/wait';
import { openInEditor, scenarioFolder, writeFile } from '../support/workspace';

function item(snapshot: StatusSnapshot[], id: string): StatusSnapshot {
  const found = snapshot.find((s) => s.id === `packer.status.${id}`);
  assert.ok(found, `no status item ${id}`);
  return found;
}

function statusWhen(api: PackerExtensionApi, what: string, accept: (s: StatusSnapshot[]) => boolean) {
  void api.languageStatus.update();
  return waitFor(
    what,
    () => {
      const snapshot = api.languageStatus.snapshot();
      return accept(snapshot) ? snapshot : undefined;
    },
    [api.languageStatus.onDidUpdate],
    { describe: () => JSON.stringify(api.languageStatus.snapshot()) },
  );
}

describe('the language status of a Packer file', () => {
  let api: PackerExtensionApi;
  before(async () => {
    api = await packerApi();
  });

  it('names the packer in use and its version, the configuration and its files, plugins and the server', async () => {
    const hcl2 = path.join(copyExamples('status'), 'hcl2');
    await configurationAt(api, hcl2);
    await openInEditor(vscode.Uri.file(path.join(hcl2, 'build.pkr.hcl')));
    const version = /Packer v(\S+)/.exec(execFileSync('packer', ['version'], { encoding: 'utf8' }))?.[1];
    const snapshot = await statusWhen(api, 'the status of build.pkr.hcl', (s) =>
      item(s, 'configuration').text.includes('status/hcl2'),
    );
    const packer = item(snapshot, 'packer');
    assert.equal(packer.text, `Packer ${version}`);
    assert.equal(packer.severity, 'information');
    assert.ok(packer.detail !== undefined && fs.existsSync(packer.detail), `the path of packer: ${packer.detail}`);
    assert.equal(item(snapshot, 'configuration').text, '$(folder) status/hcl2: 3 files');
    assert.equal(item(snapshot, 'configuration').command, 'packer.configurations.focus');
    assert.equal(item(snapshot, 'plugins').text, 'Plugins: none declared');
    assert.match(item(snapshot, 'server').text, /^Packer server: (ready|analysing)$/);
  });

  it('shows the server busy while it analyses an edit, then ready', async () => {
    const hcl2 = path.join(copyExamples('busy'), 'hcl2');
    const uri = vscode.Uri.file(path.join(hcl2, 'variables.pkr.hcl'));
    await openInEditor(uri);
    const seen: string[] = [];
    const listener = api.languageStatus.onDidUpdate(() => {
      const server = item(api.languageStatus.snapshot(), 'server');
      seen.push(`${server.text}${server.busy ? ' (busy)' : ''}`);
    });
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), '# a comment\n');
      await vscode.workspace.applyEdit(edit);
      await waitFor(
        'busy, then ready',
        () => {
          const busy = seen.indexOf('Packer server: analysing (busy)');
          return busy >= 0 && seen.slice(busy).includes('Packer server: ready') ? true : undefined;
        },
        [api.languageStatus.onDidUpdate],
        { describe: () => seen.join(' → ') },
      );
    } finally {
      listener.dispose();
    }
  });

  it('says "Packer not found" with the action that fixes it, and recovers when the setting is cleared', async () => {
    const hcl2 = path.join(copyExamples('missing'), 'hcl2');
    await configurationAt(api, hcl2);
    await openInEditor(vscode.Uri.file(path.join(hcl2, 'build.pkr.hcl')));
    const settings = vscode.workspace.getConfiguration('packer');
    await settings.update('path', '/nowhere/packer', vscode.ConfigurationTarget.Workspace);
    try {
      const snapshot = await statusWhen(api, 'packer not found', (s) => item(s, 'packer').text === 'Packer not found');
      const packer = item(snapshot, 'packer');
      assert.equal(packer.severity, 'error');
      assert.equal(packer.command, 'packer.status.fixPacker');
      assert.match(packer.detail ?? '', /Packer was not found at "\/nowhere\/packer" \(the packer.path setting\)/);
    } finally {
      await settings.update('path', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await statusWhen(api, 'packer found again', (s) => item(s, 'packer').severity === 'information');
  });

  it('warns that packer 1.6.6 is too old for required_plugins, and lists the declared plugins as unknown', async () => {
    const folder = scenarioFolder('plugins');
    writeFile(
      folder,
      'plugins.pkr.hcl',
      'packer {\n  required_plugins {\n    docker = {\n      version = ">= 1.0.0"\n      source  = "github.com/hashicorp/docker"\n    }\n  }\n}\n\nsource "docker" "app" {\n  image  = "debian:12"\n  commit = true\n}\n\nbuild {\n  sources = ["source.docker.app"]\n}\n',
    );
    await configurationAt(api, folder, (c) => c.plugins.declared.length === 1);
    await openInEditor(vscode.Uri.file(path.join(folder, 'plugins.pkr.hcl')));
    // Packer 1.6.6 reads no required_plugins: installed or missing means nothing there (the server asks
    // the client to refresh once it learns the version, so wait for that answer).
    const snapshot = await statusWhen(
      api,
      'the plugins of plugins.pkr.hcl',
      (s) =>
        item(s, 'plugins').text.includes('1 declared') &&
        (item(s, 'packer').text !== 'Packer 1.6.6' || item(s, 'plugins').text.endsWith('installed: unknown')),
    );
    const packer = item(snapshot, 'packer');
    if (packer.text === 'Packer 1.6.6') {
      assert.equal(item(snapshot, 'plugins').text, 'Plugins: 1 declared · installed: unknown');
      assert.equal(item(snapshot, 'plugins').detail, 'docker');
      assert.equal(packer.severity, 'warning');
      assert.equal(packer.detail, 'Packer 1.6.6 is too old for required_plugins (1.7.0 or later)');
      assert.equal(packer.command, 'packer.status.fixPacker');
    }
  });
});
