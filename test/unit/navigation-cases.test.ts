/**
 * Navigation in the less common spellings: a `.pkr.json` file in the folder (HCL2 in JSON
 * syntax), `var["x"]`, a `variables {}` block, a `local "x" {}` block, and references inside
 * `%{ }` directives and heredocs.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../server/src/service/service';
import type { DocumentInput } from '../../server/src/service/document';
import { applyTextEdits } from '../support/edits';

const FOLDER = path.resolve('/navigation-cases/app');

/** A service over a virtual folder holding `files`, and the input of one of them. */
function folder(files: Record<string, string>) {
  const disk = new Map(Object.entries(files).map(([name, text]) => [path.join(FOLDER, name), text]));
  const service = createLanguageService({
    readText: (file) => disk.get(file),
    listDirectory: (dir) => [...disk.keys()].filter((f) => path.dirname(f) === dir).map((f) => path.basename(f)),
  });
  const input = (name: string): DocumentInput => ({
    uri: pathToFileURL(path.join(FOLDER, name)).href,
    version: 1,
    languageId: name.endsWith('.json') ? 'packer-json' : 'packer',
    text: files[name] ?? '',
  });
  /** Renames at the `delta`-th character of `needle` in `name`, and gives every file's text after. */
  const renamed = (name: string, needle: string, delta: number, newName: string): Record<string, string> => {
    const text = files[name] ?? '';
    const result = service.rename(input(name), text.indexOf(needle) + delta, newName);
    if ('error' in result) throw new Error(result.error);
    const after = { ...files };
    for (const [uri, edits] of Object.entries(result.edit.changes ?? {})) {
      const file = path.basename(new URL(uri).pathname);
      after[file] = applyTextEdits(files[file] ?? '', edits);
    }
    return after;
  };
  return { service, input, renamed };
}

describe('navigation: other spellings', () => {
  it('renames a variable declared in HCL and used in a .pkr.json file, in both', () => {
    const json = `{
  "source": {
    "amazon-ebs": {
      "web": { "region": "\${var.region}", "ami_name": "web-\${local.stamp}" }
    }
  },
  "build": { "sources": ["source.amazon-ebs.web"] }
}
`;
    const { renamed, service, input } = folder({
      'variables.pkr.hcl': 'variable "region" {\n  default = "x"\n}\nlocals {\n  stamp = "1"\n}\n',
      'web.pkr.json': json,
    });
    const after = renamed('variables.pkr.hcl', '"region"', 1, 'aws_region');
    assert.ok(after['web.pkr.json']?.includes('"region": "${var.aws_region}"'));
    assert.ok(after['variables.pkr.hcl']?.startsWith('variable "aws_region"'));
    const source = renamed('web.pkr.json', '"web"', 1, 'api');
    assert.ok(
      source['web.pkr.json']?.includes('"api": {') && source['web.pkr.json']?.includes('"source.amazon-ebs.api"'),
    );
    const toLocal = service.definition(input('web.pkr.json'), json.indexOf('local.stamp') + 7);
    assert.deepEqual(
      toLocal.map((l) => `${path.basename(l.uri)}:${l.range.start.line}:${l.range.start.character}`),
      ['variables.pkr.hcl:4:2'],
    );
  });

  it('renames var["x"] inside its quotes, a variables block entry and a local block', () => {
    const main = `variables {
  zone = "a"
}

local "stamp" {
  expression = "\${var["zone"]}-1"
}

source "null" "x" {
  communicator = "none"
  note = <<EOT
%{ if var.zone != "" }in \${var.zone}%{ endif } at \${local.stamp}
EOT
}
`;
    const { renamed } = folder({ 'main.pkr.hcl': main });
    const zone = renamed('main.pkr.hcl', 'zone =', 1, 'area')['main.pkr.hcl'] ?? '';
    assert.ok(zone.includes('  area = "a"') && zone.includes('var["area"]'));
    assert.equal(zone.match(/var\.area/g)?.length, 2);
    const stamp = renamed('main.pkr.hcl', 'local.stamp', 8, 'when')['main.pkr.hcl'] ?? '';
    assert.ok(stamp.includes('local "when" {') && stamp.includes('${local.when}'));
  });

  it('renames from the name written in a build: source "source.TYPE.NAME" and only', () => {
    const main = `source "null" "a" {
  communicator = "none"
}

build {
  source "source.null.a" {
    name = "first"
  }
  post-processor "manifest" {
    except = ["source.null.a"]
  }
}
`;
    const { renamed, service, input } = folder({ 'main.pkr.hcl': main });
    const prepared = service.prepareRename(input('main.pkr.hcl'), main.indexOf('source.null.a') + 2);
    assert.ok('placeholder' in prepared && prepared.placeholder === 'a');
    const after = renamed('main.pkr.hcl', '"source.null.a" {', 3, 'b')['main.pkr.hcl'] ?? '';
    assert.ok(after.includes('source "null" "b"') && after.includes('source "source.null.b" {'));
    assert.ok(after.includes('except = ["source.null.b"]'));
  });

  it('refuses a source name that the same type already uses, and allows it for another type', () => {
    const main = 'source "null" "a" {}\nsource "null" "b" {}\nsource "docker" "c" {}\n';
    const { service, input, renamed } = folder({ 'main.pkr.hcl': main });
    const taken = service.rename(input('main.pkr.hcl'), main.indexOf('"a"') + 1, 'b');
    assert.ok('error' in taken && /already a source "null.b"/.test(taken.error));
    assert.ok(renamed('main.pkr.hcl', '"c"', 1, 'a')['main.pkr.hcl']?.includes('source "docker" "a"'));
  });
});
