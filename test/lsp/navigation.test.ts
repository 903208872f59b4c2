/**
 * Definition, references and rename over a real stdio connection, in a real folder: a variable
 * declared in variables.pkr.hcl, used in main.pkr.hcl (the only open file) and set in
 * prod.auto.pkrvars.hcl; rename edits the files on disk too, each in its own text. Then a legacy
 * JSON template.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';
import { applyTextEdits } from '../support/edits';

const VARIABLES = `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}
`;

const MAIN = `source "amazon-ebs" "web" {
  region        = var.region
  source_ami    = "ami-0123456789abcdef0"
  instance_type = var.instance_type
  ami_name      = "web-\${var.region}-{{timestamp}}"
  ssh_username  = "ec2-user"
}

build {
  sources = ["source.amazon-ebs.web"]

  provisioner "shell" {
    only   = ["amazon-ebs.web"]
    inline = ["echo \${upper(var.region)}"]
  }
}
`;

const AUTO_VARS = `region = "us-east-1"
`;

const LEGACY = `{
  "variables": { "region": "us-east-1" },
  "builders": [{ "type": "amazon-ebs", "name": "web", "region": "{{user \`region\`}}" }],
  "provisioners": [{ "type": "shell", "only": ["web"], "inline": ["echo {{user \`region\`}}"] }]
}
`;

/** The position of the n-th `needle` (0-based) in `text`, `delta` characters in. */
function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before.at(-1)?.length ?? 0 };
}

const show = (l: Location) =>
  `${path.basename(l.uri)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`;

describe('navigation over LSP', () => {
  let client: LspTestClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const disk = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');
  const at = (name: string, position: Position) => ({ textDocument: { uri: uri(name) }, position });

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'navigation-'));
    fs.writeFileSync(path.join(folder, 'variables.pkr.hcl'), VARIABLES);
    fs.writeFileSync(path.join(folder, 'main.pkr.hcl'), MAIN);
    fs.writeFileSync(path.join(folder, 'prod.auto.pkrvars.hcl'), AUTO_VARS);
    fs.mkdirSync(path.join(folder, 'legacy'));
    fs.writeFileSync(path.join(folder, 'legacy', 'template.json'), LEGACY);
    client = await LspTestClient.start();
    await client.open(uri('main.pkr.hcl'), 'packer', MAIN);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('goes from var.region to its declaration in a file that is not open', async () => {
    const found = await client.request<Location[]>(
      'textDocument/definition',
      at('main.pkr.hcl', positionOf(MAIN, 'var.region', 5)),
    );
    assert.deepEqual(found.map(show), ['variables.pkr.hcl:0:10-16']);
  });

  it('finds the references in every file, with and without the declaration', async () => {
    const position = positionOf(MAIN, '${var.region}', 8);
    const all = await client.request<Location[]>('textDocument/references', {
      ...at('main.pkr.hcl', position),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(all.map(show).sort(), [
      'main.pkr.hcl:13:32-38',
      'main.pkr.hcl:1:22-28',
      'main.pkr.hcl:4:29-35',
      'prod.auto.pkrvars.hcl:0:0-6',
      'variables.pkr.hcl:0:10-16',
    ]);
    const uses = await client.request<Location[]>('textDocument/references', {
      ...at('main.pkr.hcl', position),
      context: { includeDeclaration: false },
    });
    assert.equal(uses.length, 4);
  });

  it('prepares a rename with the exact range and the name, and refuses a function', async () => {
    const prepared = await client.request<{ range: Range; placeholder: string }>(
      'textDocument/prepareRename',
      at('main.pkr.hcl', positionOf(MAIN, 'var.region', 6)),
    );
    assert.deepEqual(prepared, {
      range: { start: { line: 1, character: 22 }, end: { line: 1, character: 28 } },
      placeholder: 'region',
    });
    await assert.rejects(
      client.request('textDocument/prepareRename', at('main.pkr.hcl', positionOf(MAIN, 'upper', 2))),
      /upper\(\) is one of Packer's built-in functions/,
    );
    await assert.rejects(
      client.request('textDocument/prepareRename', at('main.pkr.hcl', positionOf(MAIN, 'ssh_username', 2))),
      /setting name/,
    );
  });

  it('renames across the open file (its unsaved text) and the files on disk', async () => {
    // An unsaved line at the top: the open file's edits must be measured in this text, not the disk's.
    const unsaved = `# not saved yet\n${MAIN}`;
    await client.change(uri('main.pkr.hcl'), unsaved);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('main.pkr.hcl', positionOf(unsaved, 'var.region', 5)),
      newName: 'aws_region',
    });
    const changes = edit.changes ?? {};
    assert.deepEqual(
      Object.keys(changes).sort(),
      [uri('main.pkr.hcl'), uri('prod.auto.pkrvars.hcl'), uri('variables.pkr.hcl')].sort(),
    );
    const main = applyTextEdits(unsaved, changes[uri('main.pkr.hcl')] ?? []);
    assert.equal(main, unsaved.replaceAll('var.region', 'var.aws_region'));
    assert.equal(
      applyTextEdits(disk('variables.pkr.hcl'), changes[uri('variables.pkr.hcl')] ?? []),
      VARIABLES.replace('"region"', '"aws_region"'),
    );
    assert.equal(
      applyTextEdits(disk('prod.auto.pkrvars.hcl'), changes[uri('prod.auto.pkrvars.hcl')] ?? []),
      'aws_region = "us-east-1"\n',
    );
  });

  it('renames a source everywhere a build names it', async () => {
    const text = `# not saved yet\n${MAIN}`;
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('main.pkr.hcl', positionOf(text, '"web" {', 2)),
      newName: 'api',
    });
    const after = applyTextEdits(text, edit.changes?.[uri('main.pkr.hcl')] ?? []);
    assert.ok(after.includes('source "amazon-ebs" "api"'));
    assert.ok(after.includes('["source.amazon-ebs.api"]') && after.includes('["amazon-ebs.api"]'));
  });

  it('refuses an invalid name and a name already declared, with a message', async () => {
    const params = at('main.pkr.hcl', positionOf(`# not saved yet\n${MAIN}`, 'var.region', 5));
    await assert.rejects(
      client.request('textDocument/rename', { ...params, newName: 'my region' }),
      /not a valid variable name/,
    );
    await assert.rejects(
      client.request('textDocument/rename', { ...params, newName: 'instance_type' }),
      /already a variable "instance_type" \(variables\.pkr\.hcl\)/,
    );
  });

  it('links override keys and build aliases to their sources, and renames them', async () => {
    fs.mkdirSync(path.join(folder, 'runs'));
    const sources = 'source "null" "base" {\n  communicator = "none"\n}\n';
    const build = `build {
  sources = ["source.null.base"]
  source "source.null.base" {
    name = "quick"
  }
  provisioner "shell-local" {
    only     = ["null.quick", "null.base"]
    inline   = ["true"]
    override = {
      base  = { inline = ["echo base"] }
      quick = { inline = ["echo quick"] }
    }
  }
}
`;
    fs.writeFileSync(path.join(folder, 'runs', 'sources.pkr.hcl'), sources);
    fs.writeFileSync(path.join(folder, 'runs', 'build.pkr.hcl'), build);
    await client.open(uri('runs/build.pkr.hcl'), 'packer', build);
    const toSource = await client.request<Location[]>(
      'textDocument/definition',
      at('runs/build.pkr.hcl', positionOf(build, 'base  = {', 1)),
    );
    assert.deepEqual(toSource.map(show), ['sources.pkr.hcl:0:15-19']);
    const toAlias = await client.request<Location[]>(
      'textDocument/definition',
      at('runs/build.pkr.hcl', positionOf(build, 'null.quick', 6)),
    );
    assert.deepEqual(toAlias.map(show), ['build.pkr.hcl:3:12-17']);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('runs/build.pkr.hcl', positionOf(build, 'base  = {', 1)),
      newName: 'core',
    });
    const renamed = applyTextEdits(build, edit.changes?.[uri('runs/build.pkr.hcl')] ?? []);
    assert.equal(renamed, build.replaceAll('null.base', 'null.core').replace('base  =', 'core  ='));
    assert.equal(
      applyTextEdits(sources, edit.changes?.[uri('runs/sources.pkr.hcl')] ?? []),
      sources.replace('"base"', '"core"'),
    );
  });

  it('navigates and renames in a legacy JSON template', async () => {
    const template = uri('legacy/template.json');
    await client.open(template, 'packer-json', LEGACY);
    const found = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: template },
      position: positionOf(LEGACY, '`region`', 2, 1),
    });
    assert.deepEqual(found.map(show), ['template.json:1:18-24']);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: template },
      position: positionOf(LEGACY, '["web"]', 3),
      newName: 'frontend',
    });
    const after = applyTextEdits(LEGACY, edit.changes?.[template] ?? []);
    assert.ok(after.includes('"name": "frontend"') && after.includes('"only": ["frontend"]'));
  });
});
