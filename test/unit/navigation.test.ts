/**
 * Definition, references and rename on the language service, over a virtual HCL2 folder (the
 * declaration in one file, the uses in another, the values in a variable file) and over legacy
 * JSON templates. `|` marks the cursor.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createLanguageService, type LanguageService } from '../../server/src/service/service';
import type { DocumentInput } from '../../server/src/service/document';
import { applyTextEdits } from '../support/edits';
import { applyAll, offsetOf, where } from './navigationSupport';

const FOLDER = path.resolve('/navigation-test/web');
const uriOf = (name: string) => pathToFileURL(path.join(FOLDER, name)).href;

const VARIABLES = `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "size" {
  type = string
}

locals {
  name_prefix = "web"
}
`;

const MAIN = `data "amazon-ami" "ubuntu" {
  region = var.region
  owners = ["099720109477"]
}

source "amazon-ebs" "web" {
  region        = var.region
  source_ami    = data.amazon-ami.ubuntu.id
  instance_type = var.size
  ami_name      = "\${local.name_prefix}-\${var.region}"
}

build {
  sources = ["source.amazon-ebs.web"]

  source "source.amazon-ebs.web" {
    name = "second"
  }

  provisioner "shell" {
    only   = ["amazon-ebs.web"]
    inline = ["echo \${upper(var.region)}"]
  }
}
`;

const AUTO_VARS = `region = "us-east-1"
size   = "t3.micro"
`;

const PROD_VARS = `region = "eu-central-1"
`;

interface Workspace {
  service: LanguageService;
  disk: Map<string, string>;
  input: (name: string, text?: string) => DocumentInput;
}

/** A folder on a virtual disk; `open` holds the editor's unsaved texts, which win over the disk. */
function workspace(open: Record<string, string> = {}): Workspace {
  const disk = new Map<string, string>([
    [path.join(FOLDER, 'variables.pkr.hcl'), VARIABLES],
    [path.join(FOLDER, 'main.pkr.hcl'), MAIN],
    [path.join(FOLDER, 'web.auto.pkrvars.hcl'), AUTO_VARS],
    [path.join(FOLDER, 'prod.pkrvars.hcl'), PROD_VARS],
  ]);
  const openTexts = new Map(Object.entries(open).map(([name, text]) => [uriOf(name), text]));
  const service = createLanguageService(
    {
      readText: (file) => disk.get(file),
      listDirectory: (dir) => [...disk.keys()].filter((f) => path.dirname(f) === dir).map((f) => path.basename(f)),
    },
    (uri) => openTexts.get(uri),
  );
  return {
    service,
    disk,
    input: (name, text) => ({
      uri: uriOf(name),
      version: 1,
      languageId: name.includes('pkrvars') ? 'packer-vars' : 'packer',
      text: text ?? openTexts.get(uriOf(name)) ?? disk.get(path.join(FOLDER, name)) ?? '',
    }),
  };
}

describe('navigation in an HCL2 folder', () => {
  it('goes from var.x to the variable block in another file', () => {
    const { service, input } = workspace();
    const found = service.definition(input('main.pkr.hcl'), offsetOf(MAIN, 'var.region', 5));
    assert.deepEqual(where(found), ['variables.pkr.hcl:0:10-16']);
  });

  it('goes to the definition from the "var." part and from inside "${...}"', () => {
    const { service, input } = workspace();
    assert.deepEqual(where(service.definition(input('main.pkr.hcl'), offsetOf(MAIN, 'var.region', 1))), [
      'variables.pkr.hcl:0:10-16',
    ]);
    const inTemplate = offsetOf(MAIN, '${local.name_prefix}', 9);
    assert.deepEqual(where(service.definition(input('main.pkr.hcl'), inTemplate)), ['variables.pkr.hcl:10:2-13']);
  });

  it('goes from a variable file assignment to the declaration', () => {
    const { service, input } = workspace();
    assert.deepEqual(where(service.definition(input('web.auto.pkrvars.hcl'), 2)), ['variables.pkr.hcl:0:10-16']);
  });

  it('finds every reference of a variable across the folder and its variable files', () => {
    const { service, input } = workspace();
    const all = service.references(input('variables.pkr.hcl'), offsetOf(VARIABLES, 'region', 2), true);
    assert.deepEqual(where(all), [
      'main.pkr.hcl:1:15-21',
      'main.pkr.hcl:21:32-38',
      'main.pkr.hcl:6:22-28',
      'main.pkr.hcl:9:46-52',
      'prod.pkrvars.hcl:0:0-6',
      'variables.pkr.hcl:0:10-16',
      'web.auto.pkrvars.hcl:0:0-6',
    ]);
    const withoutDeclaration = service.references(input('main.pkr.hcl'), offsetOf(MAIN, 'var.region', 6), false);
    assert.equal(withoutDeclaration.length, all.length - 1);
    assert.ok(!where(withoutDeclaration).includes('variables.pkr.hcl:0:10-16'));
  });

  it('resolves sources from sources lists, build source labels and only lists', () => {
    const { service, input } = workspace();
    const fromList = service.definition(input('main.pkr.hcl'), offsetOf(MAIN, '"source.amazon-ebs.web"', 20));
    assert.deepEqual(where(fromList), ['main.pkr.hcl:5:21-24']);
    const refs = service.references(input('main.pkr.hcl'), offsetOf(MAIN, '"web" {', 2), false);
    assert.deepEqual(where(refs), ['main.pkr.hcl:13:32-35', 'main.pkr.hcl:15:28-31', 'main.pkr.hcl:20:26-29']);
  });

  it('resolves data sources from data.TYPE.NAME.attr', () => {
    const { service, input } = workspace();
    const found = service.definition(input('main.pkr.hcl'), offsetOf(MAIN, 'data.amazon-ami.ubuntu.id', 18));
    assert.deepEqual(where(found), ['main.pkr.hcl:0:19-25']);
  });

  it('finds nothing on a setting name or a function', () => {
    const { service, input } = workspace();
    assert.deepEqual(service.definition(input('main.pkr.hcl'), offsetOf(MAIN, 'instance_type')), []);
    assert.deepEqual(service.references(input('main.pkr.hcl'), offsetOf(MAIN, 'upper', 2), true), []);
  });
});

describe('rename in an HCL2 folder', () => {
  it('renames a variable in its declaration, its uses and its assignments, in files not open', () => {
    const edited = VARIABLES.replace('eu-west-1', 'eu-north-1');
    const { service, input } = workspace({ 'variables.pkr.hcl': edited });
    const prepared = service.prepareRename(input('main.pkr.hcl'), offsetOf(MAIN, 'var.region', 7));
    assert.deepEqual(prepared, {
      range: { start: { line: 1, character: 15 }, end: { line: 1, character: 21 } },
      placeholder: 'region',
    });
    const result = service.rename(input('main.pkr.hcl'), offsetOf(MAIN, 'var.region', 7), 'aws_region');
    assert.ok('edit' in result, JSON.stringify(result));
    const after = applyAll(result.edit, {
      'variables.pkr.hcl': edited,
      'main.pkr.hcl': MAIN,
      'web.auto.pkrvars.hcl': AUTO_VARS,
      'prod.pkrvars.hcl': PROD_VARS,
    });
    assert.ok(after['variables.pkr.hcl']?.startsWith('variable "aws_region" {'));
    assert.ok(after['variables.pkr.hcl']?.includes('eu-north-1'), 'edits apply to the unsaved text');
    assert.equal(after['main.pkr.hcl']?.match(/var\.aws_region/g)?.length, 4);
    assert.ok(!after['main.pkr.hcl']?.includes('var.region'));
    assert.equal(after['web.auto.pkrvars.hcl'], 'aws_region = "us-east-1"\nsize   = "t3.micro"\n');
    assert.equal(after['prod.pkrvars.hcl'], 'aws_region = "eu-central-1"\n');
  });

  it('renames a source in its block, the sources list, build source labels and only lists', () => {
    const { service, input } = workspace();
    const result = service.rename(input('main.pkr.hcl'), offsetOf(MAIN, '"web" {', 1), 'api');
    assert.ok('edit' in result);
    const after = applyAll(result.edit, { 'main.pkr.hcl': MAIN })['main.pkr.hcl'] ?? '';
    assert.ok(after.includes('source "amazon-ebs" "api" {'));
    assert.ok(after.includes('sources = ["source.amazon-ebs.api"]'));
    assert.ok(after.includes('source "source.amazon-ebs.api" {'));
    assert.ok(after.includes('only   = ["amazon-ebs.api"]'));
  });

  it('renames a data source and a local', () => {
    const { service, input } = workspace();
    const data = service.rename(input('main.pkr.hcl'), offsetOf(MAIN, '"ubuntu"', 1), 'jammy');
    assert.ok('edit' in data);
    const afterData = applyAll(data.edit, { 'main.pkr.hcl': MAIN })['main.pkr.hcl'] ?? '';
    assert.ok(afterData.includes('data "amazon-ami" "jammy"') && afterData.includes('data.amazon-ami.jammy.id'));

    const local = service.rename(input('variables.pkr.hcl'), offsetOf(VARIABLES, 'name_prefix'), 'prefix');
    assert.ok('edit' in local);
    const after = applyAll(local.edit, { 'main.pkr.hcl': MAIN, 'variables.pkr.hcl': VARIABLES });
    assert.ok(after['variables.pkr.hcl']?.includes('  prefix = "web"'));
    assert.ok(after['main.pkr.hcl']?.includes('"${local.prefix}-${var.region}"'));
  });

  it('refuses names that are not identifiers, and names already declared', () => {
    const { service, input } = workspace();
    const at = offsetOf(MAIN, 'var.region', 6);
    const invalid = service.rename(input('main.pkr.hcl'), at, '1st-region');
    assert.ok('error' in invalid && /not a valid variable name/.test(invalid.error));
    const spaced = service.rename(input('main.pkr.hcl'), at, 'my region');
    assert.ok('error' in spaced);
    const taken = service.rename(input('main.pkr.hcl'), at, 'size');
    assert.ok(
      'error' in taken && /already a variable "size" \(variables\.pkr\.hcl\)/.test(taken.error),
      JSON.stringify(taken),
    );
  });

  it('explains why a function, a setting or a block type cannot be renamed', () => {
    const { service, input } = workspace();
    const fn = service.prepareRename(input('main.pkr.hcl'), offsetOf(MAIN, 'upper', 1));
    assert.ok('error' in fn && /upper\(\) is one of Packer's built-in functions/.test(fn.error));
    const setting = service.prepareRename(input('main.pkr.hcl'), offsetOf(MAIN, 'instance_type', 3));
    assert.ok('error' in setting && /"instance_type" is a setting name/.test(setting.error));
    const type = service.prepareRename(input('main.pkr.hcl'), offsetOf(MAIN, '"amazon-ebs" "web"', 2));
    assert.ok('error' in type && /plugin's type name/.test(type.error));
    const block = service.prepareRename(input('main.pkr.hcl'), offsetOf(MAIN, 'build {', 1));
    assert.ok('error' in block && /block type/.test(block.error));
  });

  it('does not crash on half-typed text', () => {
    const { service, input } = workspace();
    const broken = 'source "amazon-ebs" "x" {\n  region = var.\n  name = "${var.reg';
    for (let offset = 0; offset <= broken.length; offset++) {
      service.definition(input('main.pkr.hcl', broken), offset);
      service.references(input('main.pkr.hcl', broken), offset, true);
      service.prepareRename(input('main.pkr.hcl', broken), offset);
    }
  });
});

const LEGACY = `{
  "variables": {
    "region": "us-east-1",
    "token": null
  },
  "sensitive-variables": ["token"],
  "builders": [
    { "type": "amazon-ebs", "name": "web", "region": "{{user \`region\`}}" },
    { "type": "docker", "image": "ubuntu" }
  ],
  "provisioners": [
    {
      "type": "shell",
      "only": ["web"],
      "inline": ["echo {{user \`token\`}} {{ user \`region\` }}"],
      "override": { "web": { "pause_before": "5s" }, "docker": {} }
    }
  ],
  "post-processors": [{ "type": "manifest", "except": ["docker"], "output": "{{timestamp}}.json" }]
}
`;

describe('navigation in a legacy JSON template', () => {
  const uri = 'file:///legacy/template.json';
  const input: DocumentInput = { uri, version: 1, languageId: 'packer-json', text: LEGACY };
  const service = createLanguageService({ readText: () => undefined });

  it('goes from {{user `x`}} to the variables key, and back to every use', () => {
    assert.deepEqual(where(service.definition(input, offsetOf(LEGACY, '{{user `region`', 9))), [
      'template.json:2:5-11',
    ]);
    assert.deepEqual(where(service.references(input, offsetOf(LEGACY, '"region"', 2), true)), [
      'template.json:14:49-55',
      'template.json:2:5-11',
      'template.json:7:62-68',
    ]);
    assert.deepEqual(where(service.references(input, offsetOf(LEGACY, '"token": null', 2), false)), [
      'template.json:14:31-36',
      'template.json:5:27-32',
    ]);
  });

  it('links builder names with only, except and override keys', () => {
    assert.deepEqual(where(service.definition(input, offsetOf(LEGACY, '["web"]', 3))), ['template.json:7:37-40']);
    assert.deepEqual(where(service.references(input, offsetOf(LEGACY, '"docker", "image"', 3), true)), [
      'template.json:15:54-60',
      'template.json:18:56-62',
      'template.json:8:15-21',
    ]);
  });

  it('renames a variable everywhere and refuses an invalid name', () => {
    const result = service.rename(input, offsetOf(LEGACY, '`region`', 2), 'aws_region');
    assert.ok('edit' in result);
    const after = applyTextEdits(LEGACY, result.edit.changes?.[uri] ?? []);
    assert.equal(after.match(/aws_region/g)?.length, 3);
    assert.ok(after.includes('"aws_region": "us-east-1"') && after.includes('{{user `aws_region`}}'));
    const refused = service.rename(input, offsetOf(LEGACY, '`region`', 2), 'bad`name');
    assert.ok('error' in refused);
    const taken = service.rename(input, offsetOf(LEGACY, '`region`', 2), 'token');
    assert.ok('error' in taken && /already a variable "token"/.test(taken.error));
  });

  it('renames a named builder with its only and override keys, but not one named by its type', () => {
    const result = service.rename(input, offsetOf(LEGACY, '"name": "web"', 10), 'frontend');
    assert.ok('edit' in result);
    const after = applyTextEdits(LEGACY, result.edit.changes?.[uri] ?? []);
    assert.ok(after.includes('"name": "frontend"') && after.includes('"only": ["frontend"]'));
    assert.ok(after.includes('"override": { "frontend": {'));
    const typed = service.prepareRename(input, offsetOf(LEGACY, '"except": ["docker"]', 13));
    assert.ok('error' in typed && /named by its type/.test(typed.error), JSON.stringify(typed));
  });

  it('explains that a key or a template function cannot be renamed', () => {
    const key = service.prepareRename(input, offsetOf(LEGACY, '"image"', 2));
    assert.ok('error' in key && /"image" is a key/.test(key.error));
    const fn = service.prepareRename(input, offsetOf(LEGACY, 'timestamp', 1));
    assert.ok('error' in fn && /template function/.test(fn.error));
  });
});
