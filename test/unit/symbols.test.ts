/**
 * Document symbols (the outline) of HCL2 files, variable files, `.pkr.json` and legacy templates,
 * and workspace symbols over a set of files; plus, over the shared corpus, the two promises an
 * editor needs kept: no empty name, and each range holding its selection range.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/service';
import type { DocumentInput } from '../../server/src/service/document';
import { CORPUS } from '../support/corpusPath';

const service = createLanguageService({ readText: () => undefined });

const CONFIG = `packer {
  required_plugins {
    amazon = { version = ">= 1.2.0", source = "github.com/hashicorp/amazon" }
  }
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

locals {
  tags = { Team = "web", Env = "prod" }
}

data "amazon-ami" "ubuntu" {
  owners = ["099720109477"]
}

source "amazon-ebs" "ubuntu" {
  region = var.region
}

build {
  name    = "web"
  sources = ["source.amazon-ebs.ubuntu"]

  provisioner "shell" {
    inline = ["echo hi"]
  }

  post-processors {
    post-processor "manifest" {}
  }
}
`;

const KIND_NAMES = new Map(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));
const kindName = (kind: SymbolKind) => KIND_NAMES.get(kind) ?? String(kind);

const input = (uri: string, text: string, languageId = 'packer'): DocumentInput => ({
  uri,
  version: 1,
  languageId,
  text,
});

/** `Kind name` lines, children indented: the outline as a reader sees it. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${kindName(s.kind)} ${s.name}${s.detail === undefined ? '' : ` (${s.detail})`}`,
    ...outline(s.children ?? [], depth + 1),
  ]);
}

describe('document symbols', () => {
  it('outlines an HCL2 file: blocks, their settings and a build with its parts', () => {
    assert.deepEqual(outline(service.documentSymbols(input('untitled:web.pkr.hcl', CONFIG))), [
      'Namespace packer',
      '  Struct required_plugins',
      '    Property amazon',
      '      Field version (">= 1.2.0")',
      '      Field source ("github.com/hashicorp/amazon")',
      'Variable region (variable)',
      '  Property type (string)',
      '  Property default ("eu-west-1")',
      'Namespace locals',
      '  Constant tags',
      '    Field Team ("web")',
      '    Field Env ("prod")',
      'Struct amazon-ami.ubuntu (data source)',
      '  Property owners (["099720109477"])',
      'Class amazon-ebs.ubuntu (source)',
      '  Property region (var.region)',
      'Module web (build)',
      '  Property name ("web")',
      '  Property sources',
      '    Class source.amazon-ebs.ubuntu (source)',
      '  Function shell (provisioner)',
      '    Property inline (["echo hi"])',
      '  Array post-processors',
      '    Function manifest (post-processor)',
    ]);
  });

  it('outlines a variable file as its assignments', () => {
    const text = 'region = "eu-west-1"\ntags = {\n  Team = "web"\n}\n';
    assert.deepEqual(outline(service.documentSymbols(input('untitled:prod.pkrvars.hcl', text, 'packer-vars'))), [
      'Variable region ("eu-west-1")',
      'Variable tags',
      '  Field Team ("web")',
    ]);
  });

  it('outlines a .pkr.json file like its HCL twin', () => {
    const text = JSON.stringify(
      { variable: { region: { default: 'x' } }, source: { 'amazon-ebs': { ubuntu: { region: '${var.region}' } } } },
      null,
      2,
    );
    const names = outline(service.documentSymbols(input('untitled:web.pkr.json', text, 'packer-json')));
    assert.deepEqual(names, [
      'Variable region (variable)',
      '  Property default ("x")',
      'Class amazon-ebs.ubuntu (source)',
      '  Property region ("${var.region}")',
    ]);
  });

  it('outlines a legacy template: variables, builders by name or type, provisioners, post-processors', () => {
    const text = `{
  "description": "web image",
  "variables": { "region": "us-east-1" },
  "builders": [
    { "type": "amazon-ebs", "name": "web", "region": "{{user \`region\`}}" },
    { "type": "docker", "image": "ubuntu" }
  ],
  "provisioners": [{ "type": "shell", "inline": ["echo hi"] }],
  "post-processors": ["compress", [{ "type": "manifest" }]]
}`;
    assert.deepEqual(outline(service.documentSymbols(input('file:///t/template.json', text, 'packer-json'))), [
      'Property description ("web image")',
      'Namespace variables',
      '  Variable region ("us-east-1")',
      'Namespace builders',
      '  Class web (amazon-ebs)',
      '    Property type ("amazon-ebs")',
      '    Property name ("web")',
      '    Property region ("{{user `region`}}")',
      '  Class docker',
      '    Property type ("docker")',
      '    Property image ("ubuntu")',
      'Namespace provisioners',
      '  Function shell',
      '    Property type ("shell")',
      '    Property inline (["echo hi"])',
      'Namespace post-processors',
      '  Function compress',
      '  Array chain 2',
      '    Function manifest',
      '      Property type ("manifest")',
    ]);
  });

  it('gives no symbols for JSON that is not a template, and survives half-typed text', () => {
    assert.deepEqual(service.documentSymbols(input('file:///t/package.json', '{"name": "x"}', 'json')), []);
    const broken = 'source "amazon-ebs" {\n  region = \nbuild {\n  sources = ["source.';
    for (let end = 0; end <= broken.length; end++) {
      assertWellFormed(service.documentSymbols(input('untitled:b.pkr.hcl', broken.slice(0, end))));
    }
  });
});

describe('workspace symbols', () => {
  const files = [
    { uri: 'file:///w/variables.pkr.hcl', text: CONFIG },
    { uri: 'file:///w/prod.pkrvars.hcl', text: 'region = "x"\n' },
    {
      uri: 'file:///w/legacy/template.json',
      text: '{"variables": {"ami_region": ""}, "builders": [{"type": "docker", "name": "web-docker"}]}',
    },
    { uri: 'file:///w/package.json', text: '{"name": "region"}' },
  ];

  it('lists the declarations of every file, not the settings or the values of variable files', () => {
    const all = service.workspaceSymbols('', files).map((s) => `${kindName(s.kind)} ${s.name} ${s.location.uri}`);
    assert.deepEqual(all, [
      'Variable region file:///w/variables.pkr.hcl',
      'Constant tags file:///w/variables.pkr.hcl',
      'Struct amazon-ami.ubuntu file:///w/variables.pkr.hcl',
      'Class amazon-ebs.ubuntu file:///w/variables.pkr.hcl',
      'Module web file:///w/variables.pkr.hcl',
      'Variable ami_region file:///w/legacy/template.json',
      'Class web-docker file:///w/legacy/template.json',
    ]);
  });

  it('filters by the query, fuzzily and ignoring case', () => {
    const names = (query: string) => service.workspaceSymbols(query, files).map((s) => s.name);
    assert.deepEqual(names('REGION'), ['region', 'ami_region']);
    assert.deepEqual(names('aeu'), ['amazon-ebs.ubuntu']);
    assert.deepEqual(names('zzz'), []);
  });

  it('points at the name, and sees a file change', () => {
    const [region] = service.workspaceSymbols('region', files.slice(0, 1));
    assert.deepEqual(region?.location.range, { start: { line: 6, character: 9 }, end: { line: 6, character: 17 } });
    const changed = [{ uri: 'file:///w/variables.pkr.hcl', text: 'variable "zone" {}\n' }];
    assert.deepEqual(
      service.workspaceSymbols('', changed).map((s) => s.name),
      ['zone'],
    );
  });
});

describe('corpus outlines', { skip: existsSync(CORPUS) ? false : `no corpus at ${CORPUS}` }, () => {
  it('has names and well-nested ranges for every file of the corpus', () => {
    const lines = readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8').split('\n').slice(1);
    let files = 0;
    for (const line of lines) {
      const [file] = line.split('\t');
      if (file === undefined || file === '' || !/\.(json|hcl)$/.test(file)) continue;
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const languageId = file.endsWith('.pkrvars.hcl')
        ? 'packer-vars'
        : file.endsWith('.hcl')
          ? 'packer'
          : 'packer-json';
      const symbols = service.documentSymbols(input(`untitled:${file.replace(/\//g, '_')}`, text, languageId));
      assert.doesNotThrow(() => assertWellFormed(symbols), file);
      files++;
    }
    assert.ok(files > 100, `only ${files} corpus files`);
  });
});

function assertWellFormed(symbols: DocumentSymbol[], parent?: Range): void {
  for (const s of symbols) {
    assert.notEqual(s.name.trim(), '', 'a symbol without a name');
    assert.ok(within(s.selectionRange, s.range), `${s.name}: selection outside its range`);
    if (parent !== undefined) assert.ok(within(s.range, parent), `${s.name}: outside its parent`);
    assertWellFormed(s.children ?? [], s.range);
  }
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
