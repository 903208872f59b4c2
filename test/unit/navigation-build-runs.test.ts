/**
 * Navigation over the names a build gives its runs: HCL2 `override` keys (the source's name, or
 * its alias) and the aliases of `source "source.T.N" { name = "alias" }` blocks that `only` and
 * `except` name. `|` is not used: offsets are found by the text around them.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../server/src/service/service';
import { applyAll, offsetOf, where } from './navigationSupport';

const FOLDER = path.resolve('/navigation-runs/web');
const uriOf = (name: string) => pathToFileURL(path.join(FOLDER, name)).href;

const SOURCES = `source "amazon-ebs" "ubuntu" {
  ami_name = "x"
}

source "null" "ubuntu" {
  communicator = "none"
}

source "null" "debian" {
  communicator = "none"
}
`;

const BUILD = `build {
  sources = ["source.amazon-ebs.ubuntu", "source.null.debian"]

  source "source.null.ubuntu" {
    name = "fast"
  }

  provisioner "shell" {
    only = ["null.fast", "amazon-ebs.ubuntu"]
    override = {
      ubuntu = { inline = ["echo aws"] }
      "fast" = {}
      debian = {}
    }
  }

  post-processors {
    post-processor "manifest" {
      except = ["null.fast"]
      override = { fast = {} }
    }
  }
}
`;

function workspace(files: Record<string, string> = { 'sources.pkr.hcl': SOURCES, 'build.pkr.hcl': BUILD }) {
  const disk = new Map(Object.entries(files).map(([name, text]) => [path.join(FOLDER, name), text]));
  const service = createLanguageService({
    readText: (file) => disk.get(file),
    listDirectory: (dir) => [...disk.keys()].filter((f) => path.dirname(f) === dir).map((f) => path.basename(f)),
  });
  const input = (name: string) => ({
    uri: uriOf(name),
    version: 1,
    languageId: 'packer',
    text: disk.get(path.join(FOLDER, name)) ?? '',
  });
  return { service, input, files };
}

describe('HCL2 override keys', () => {
  it('go to the source whose name they are', () => {
    const { service, input } = workspace();
    const found = service.definition(input('build.pkr.hcl'), offsetOf(BUILD, 'ubuntu = {', 2));
    assert.deepEqual(where(found), ['sources.pkr.hcl:0:21-27']);
    const debian = service.definition(input('build.pkr.hcl'), offsetOf(BUILD, 'debian = {}', 1));
    assert.deepEqual(where(debian), ['sources.pkr.hcl:8:15-21']);
  });

  it('are among the references of the source', () => {
    const { service, input } = workspace();
    const found = service.references(input('sources.pkr.hcl'), offsetOf(SOURCES, '"ubuntu"', 2), false);
    assert.deepEqual(where(found), ['build.pkr.hcl:10:6-12', 'build.pkr.hcl:1:32-38', 'build.pkr.hcl:8:37-43']);
  });

  it('follow a rename of the source', () => {
    const { service, input, files } = workspace();
    const result = service.rename(input('sources.pkr.hcl'), offsetOf(SOURCES, '"ubuntu"', 2), 'jammy');
    assert.ok('edit' in result, JSON.stringify(result));
    const after = applyAll(result.edit, files);
    assert.match(after['build.pkr.hcl'] ?? '', /"source\.amazon-ebs\.jammy"/);
    assert.match(after['build.pkr.hcl'] ?? '', /"amazon-ebs\.jammy"/);
    assert.match(after['build.pkr.hcl'] ?? '', /jammy = \{ inline/);
    assert.match(after['sources.pkr.hcl'] ?? '', /source "amazon-ebs" "jammy"/);
    assert.match(after['sources.pkr.hcl'] ?? '', /source "null" "ubuntu"/, 'the other type keeps its name');
  });

  it('refuse to rename a source when one key stands for sources of several types', () => {
    const build = BUILD.replace('"source.null.debian"', '"source.null.debian", "source.null.ubuntu"');
    const { service, input } = workspace({ 'sources.pkr.hcl': SOURCES, 'build.pkr.hcl': build });
    const result = service.prepareRename(input('sources.pkr.hcl'), offsetOf(SOURCES, '"ubuntu"', 2));
    assert.ok('error' in result);
    assert.match(result.error, /applies to several sources \(amazon-ebs\.ubuntu, null\.ubuntu\)/);
  });
});

describe('aliases of a build source', () => {
  it('are the definition of the only/except entries and override keys that name them', () => {
    const { service, input } = workspace();
    const expected = ['build.pkr.hcl:4:12-16'];
    assert.deepEqual(where(service.definition(input('build.pkr.hcl'), offsetOf(BUILD, 'null.fast', 6))), expected);
    assert.deepEqual(where(service.definition(input('build.pkr.hcl'), offsetOf(BUILD, '"fast" = {}', 2))), expected);
    assert.deepEqual(where(service.definition(input('build.pkr.hcl'), offsetOf(BUILD, 'fast = {} }', 1))), expected);
  });

  it('list their uses as references, and rename with them', () => {
    const { service, input, files } = workspace();
    const at = offsetOf(BUILD, '"fast"', 2);
    assert.deepEqual(where(service.references(input('build.pkr.hcl'), at, false)), [
      'build.pkr.hcl:11:7-11',
      'build.pkr.hcl:18:22-26',
      'build.pkr.hcl:19:19-23',
      'build.pkr.hcl:8:18-22',
    ]);
    const result = service.rename(input('build.pkr.hcl'), at, 'quick');
    assert.ok('edit' in result, JSON.stringify(result));
    const after = applyAll(result.edit, files)['build.pkr.hcl'] ?? '';
    assert.equal((after.match(/quick/g) ?? []).length, 5);
    assert.doesNotMatch(after, /fast/);
    assert.match(after, /source "source\.null\.ubuntu"/, 'the aliased source keeps its name');
  });

  it('do not crash on a half-typed build', () => {
    const { service, input } = workspace({
      'sources.pkr.hcl': SOURCES,
      'build.pkr.hcl':
        'build {\n  source "source.null." {\n    name = \n  }\n  provisioner "shell" {\n    override = { (x) = {}, = }\n',
    });
    for (let offset = 0; offset < 90; offset += 3) {
      service.definition(input('build.pkr.hcl'), offset);
      service.hover(input('build.pkr.hcl'), offset);
    }
  });
});
