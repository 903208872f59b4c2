/**
 * Variable files as a project passes them, over a real stdio connection, on the small project of
 * test/fixtures/varfile-project (copied to a temporary folder, since some steps change it): a
 * Makefile, a shell script and a GitHub workflow run `packer build|validate` with `-var-file` and
 * `-var`; what they set is no longer called undefined or unset, hover says where each value comes
 * from, and a `.pkr.hcl` holding only values is read as the variable file it is. The setting, the
 * variable file chosen in Packer: Build and a script changed on disk change the answers.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  Hover,
  MarkupContent,
  Position,
} from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';

const FIXTURE = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'varfile-project');
const FILE_CHANGED = 2;

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.code === rule);

function positionOf(text: string, word: string): Position {
  const offset = text.indexOf(word) + 1;
  assert.ok(offset > 0, word);
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
}

/**
 * The diagnostics of the first publish, after `act`, that satisfies `settled`: an earlier step may
 * still have a publish of the same document on its way. Each wait is bounded; so is their number.
 */
async function publishedAfter(
  client: LspTestClient,
  uri: string,
  act: () => Promise<void>,
  settled: (diagnostics: Diagnostic[]) => boolean,
): Promise<Diagnostic[]> {
  let next = client.waitForDiagnostics(uri, 1);
  await act();
  for (let attempt = 0; attempt < 5; attempt++) {
    const diagnostics = await next;
    if (settled(diagnostics)) return diagnostics;
    next = client.waitForDiagnostics(uri, 1);
  }
  return next;
}

describe('variable files passed by a project', () => {
  let client: LspTestClient;
  let root: string;
  const file = (relative: string) => path.join(root, ...relative.split('/'));
  const uri = (relative: string) => pathToFileURL(file(relative)).href;
  const read = (relative: string) => fs.readFileSync(file(relative), 'utf8');

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'varfile-project-'));
    fs.cpSync(FIXTURE, root, { recursive: true });
    client = await LspTestClient.start(
      {},
      {
        rootUri: pathToFileURL(root).href,
        workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'project' }],
        capabilities: {
          workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
          textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { dataSupport: true } },
        },
      },
    );
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('warns only about the legacy variable that nothing sets', async () => {
    const diagnostics = await client.open(uri('packer/ami/packer.json'), 'packer-json', read('packer/ami/packer.json'));
    const undefinedVariables = byRule(diagnostics, 'undefined-variable');
    // ami_name: ubuntu-2404.json (Makefile, build.sh); ssh_username: -var in build.sh; ci_run: ci.json (workflow).
    assert.deepEqual(undefinedVariables.map(messageText), [
      'The variable "nowhere" is not declared in "variables": its value is empty unless -var or -var-file gives one.',
    ]);
    assert.equal(undefinedVariables[0]?.severity, 2);
  });

  it('says on hover which file sets a value and which script passes it', async () => {
    const text = read('packer/ami/packer.json');
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('packer/ami/packer.json') },
      position: positionOf(text, 'ami_name`'),
    });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /`ubuntu-2404-base`: set by packer\/ami\/ubuntu-2404\.json, passed in Makefile line 10/);
    assert.match(value, /`ubuntu-2404-base`: set by packer\/ami\/ubuntu-2404\.json, passed in build\.sh line 5/);
    const ci = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('packer/ami/packer.json') },
      position: positionOf(text, 'ci_run`'),
    });
    assert.match(
      (ci?.contents as MarkupContent | undefined)?.value ?? '',
      /`true`: set by packer\/ami\/ci\.json, passed in \.github\/workflows\/images\.yml line 9/,
    );
  });

  it('completes {{user `...`}} with the variables the builds set', async () => {
    const text = read('packer/ami/packer.json');
    const offset = text.indexOf('{{user `ami_name`') + '{{user `'.length;
    const lines = text.slice(0, offset).split('\n');
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri('packer/ami/packer.json') },
      position: { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length },
    });
    const items = new Map(list.items.map((item) => [item.label, item.detail]));
    assert.equal(items.get('region'), 'template variable');
    assert.equal(items.get('ami_name'), 'set by ubuntu-2404.json');
    assert.equal(items.get('ssh_username'), 'set with -var');
    assert.equal(items.has('nowhere'), false);
  });

  it('reports variable-not-set only for the HCL2 variable no script passes', async () => {
    const diagnostics = await client.open(uri('packer/hcl/main.pkr.hcl'), 'packer', read('packer/hcl/main.pkr.hcl'));
    // region: vars/prod.pkrvars.hcl; api_token: credentials.pkr.hcl, both passed by the Makefile.
    const unset = byRule(diagnostics, 'variable-not-set').map(messageText);
    assert.equal(unset.length, 1);
    assert.match(unset[0] ?? '', /^The variable "size" has no default, and neither/);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 1),
      [],
    );
  });

  it('says on hover of var.region which variable file the Makefile passes to the HCL2 folder', async () => {
    const text = read('packer/hcl/main.pkr.hcl');
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('packer/hcl/main.pkr.hcl') },
      position: positionOf(text, 'var.region'),
    });
    assert.match(
      (hover?.contents as MarkupContent | undefined)?.value ?? '',
      /`eu-west-1`: set by vars\/prod\.pkrvars\.hcl, passed in Makefile line 14/,
    );
  });

  it('reads a .pkr.hcl holding only values as a variable file, with a rename fix that follows the Makefile', async () => {
    const relative = 'packer/credentials/credentials.pkr.hcl';
    const diagnostics = await client.open(uri(relative), 'packer', read(relative));
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [['var-file-named-as-config', 3]],
    );
    const [diagnostic] = diagnostics;
    assert.ok(diagnostic !== undefined);
    const actions = await client.codeActions(uri(relative), diagnostic.range, diagnostics);
    const rename = actions.find((a: CodeAction) => a.isPreferred === true);
    assert.equal(rename?.title, 'Rename to credentials.pkrvars.hcl (and in Makefile)');
    const changes = rename?.edit?.documentChanges ?? [];
    const makefileLine = read('Makefile').split('\n')[13] ?? '';
    const at = makefileLine.indexOf('credentials.pkr.hcl');
    assert.deepEqual(changes, [
      {
        textDocument: { uri: uri('Makefile'), version: null },
        edits: [
          {
            range: { start: { line: 13, character: at }, end: { line: 13, character: at + 19 } },
            newText: 'credentials.pkrvars.hcl',
          },
        ],
      },
      {
        kind: 'rename',
        oldUri: uri(relative),
        newUri: uri('packer/credentials/credentials.pkrvars.hcl'),
        options: { overwrite: false, ignoreIfExists: false },
      },
    ]);
    // Fix-all never renames files.
    const fixAll = await client.codeActions(uri(relative), diagnostic.range, diagnostics, ['source.fixAll.packer']);
    assert.deepEqual(fixAll, []);
  });

  it('keeps the errors of a values-only .pkr.hcl in a folder that has a source', async () => {
    const relative = 'packer/hcl/values.pkr.hcl';
    const text = 'size = "large"\n';
    fs.writeFileSync(file(relative), text);
    const diagnostics = await client.open(uri(relative), 'packer', text);
    assert.equal(byRule(diagnostics, 'var-file-named-as-config').length, 0);
    assert.ok(
      diagnostics.some((d) => d.severity === 1),
      'Packer rejects an assignment in a configuration file',
    );
    await client.close(uri(relative));
    fs.rmSync(file(relative));
  });

  it('counts the variable file chosen in Packer: Build for the folder', async () => {
    const template = uri('packer/ami/packer.json');
    fs.writeFileSync(file('packer/ami/local.json'), '{ "nowhere": "here" }\n');
    const chosen = await publishedAfter(
      client,
      template,
      () =>
        client.connection.sendNotification('packer/buildVarFile', {
          folder: uri('packer/ami'),
          varFile: uri('packer/ami/local.json'),
        }),
      (d) => byRule(d, 'undefined-variable').length === 0,
    );
    assert.deepEqual(byRule(chosen, 'undefined-variable'), []);
    const cleared = await publishedAfter(
      client,
      template,
      () => client.connection.sendNotification('packer/buildVarFile', { folder: uri('packer/ami'), varFile: null }),
      (d) => byRule(d, 'undefined-variable').length === 1,
    );
    assert.equal(byRule(cleared, 'undefined-variable').length, 1);
  });

  it('counts the variable files of the packer.build.varFiles setting', async () => {
    const template = uri('packer/hcl/main.pkr.hcl');
    fs.writeFileSync(file('vars/size.pkrvars.hcl'), 'size = "large"\n');
    const changeSettings = (settings: unknown) => async () => {
      client.settings = settings;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    };
    const configured = await publishedAfter(
      client,
      template,
      changeSettings({ build: { varFiles: ['vars/size.pkrvars.hcl'] } }),
      (d) => byRule(d, 'variable-not-set').length === 0,
    );
    assert.deepEqual(byRule(configured, 'variable-not-set'), []);
    const restored = await publishedAfter(
      client,
      template,
      changeSettings({}),
      (d) => byRule(d, 'variable-not-set').length === 1,
    );
    assert.equal(byRule(restored, 'variable-not-set').length, 1);
  });

  it('reads a build script again when it changes on disk', async () => {
    const template = uri('packer/ami/packer.json');
    fs.writeFileSync(file('build.sh'), read('build.sh').replace('-var "ssh_username=$USER_NAME" ', ''));
    const republished = client.waitForDiagnostics(template, 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('build.sh'), type: FILE_CHANGED }],
    });
    assert.deepEqual(
      byRule(await republished, 'undefined-variable')
        .map(messageText)
        .sort(),
      [
        'The variable "nowhere" is not declared in "variables": its value is empty unless -var or -var-file gives one.',
        'The variable "ssh_username" is not declared in "variables": its value is empty unless -var or -var-file gives one.',
      ],
    );
  });
});

describe('the variable files the editor remembered, at the server’s start', () => {
  it('counts them from the initialization options', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'varfile-remembered-'));
    fs.cpSync(FIXTURE, root, { recursive: true });
    const ami = path.join(root, 'packer', 'ami');
    fs.writeFileSync(path.join(ami, 'local.json'), '{ "nowhere": "here" }\n');
    const client = await LspTestClient.start(
      {},
      {
        workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'project' }],
        initializationOptions: {
          buildVarFiles: [
            { folder: pathToFileURL(ami).href, varFile: pathToFileURL(path.join(ami, 'local.json')).href },
          ],
        },
      },
    );
    try {
      const template = path.join(ami, 'packer.json');
      const diagnostics = await client.open(
        pathToFileURL(template).href,
        'packer-json',
        fs.readFileSync(template, 'utf8'),
      );
      assert.deepEqual(byRule(diagnostics, 'undefined-variable'), []);
    } finally {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
