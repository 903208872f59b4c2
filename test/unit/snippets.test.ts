/**
 * The snippets a user starts a template from must be right as they come: with every placeholder at
 * its default, a new-template snippet gets no diagnostic from us at all, is laid out as `packer fmt`
 * lays it out, and Debian's packer validates it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/service';
import { messageText } from '../support/messageText';
import { PACKER, packerAvailable, packerValidate } from '../support/packerCli';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

function readSnippets(file: string): Array<[string, Snippet]> {
  return Object.entries(
    JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', file), 'utf8')) as Record<string, Snippet>,
  );
}

/** The text a snippet inserts when the user accepts every placeholder's default. */
function expandSnippet(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\\$/g, '$')
    .concat('\n');
}

const isNewTemplate = (snippet: Snippet) => [snippet.prefix].flat().some((p) => p.startsWith('new-'));

function diagnosticsOf(text: string, uri: string, languageId: string) {
  const service = createLanguageService({ readText: () => undefined, listDirectory: () => [] });
  // Errors and warnings only: the hint that a JSON template is the legacy format is meant for these too.
  return service.validate({ uri, version: 1, languageId, text }).filter((d) => (d.severity ?? 1) <= 2);
}

/** Packer 1.6.6 predates `required_plugins` (1.7.0): its own check runs on the configuration without that block. */
function withoutPackerBlock(text: string): string {
  return text.replace(/^packer \{\n[\s\S]*?\n\}\n\n/m, '');
}

function packerFmt(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-fmt-'));
  try {
    const file = path.join(dir, 'snippet.pkr.hcl');
    fs.writeFileSync(file, text);
    const result = spawnSync(PACKER, ['fmt', file], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 0, result.stderr);
    return fs.readFileSync(file, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('snippets', () => {
  const hcl = readSnippets('packer.json');
  const json = readSnippets('packer-json.json');
  const packer = packerAvailable();

  it('offer the new-template snippets the issue names, in both formats', () => {
    for (const snippets of [hcl, json]) {
      const prefixes = snippets.flatMap(([, s]) => [s.prefix].flat());
      for (const wanted of ['new-amazon-ebs-ubuntu', 'new-amazon-ebs-al2023', 'new-docker', 'new-null']) {
        assert.ok(prefixes.includes(wanted), `missing ${wanted}`);
      }
    }
    const blocks = hcl.flatMap(([, s]) => [s.prefix].flat());
    for (const wanted of ['variable', 'locals', 'local', 'source', 'build', 'provisioner']) {
      assert.ok(blocks.includes(wanted), `missing ${wanted}`);
    }
  });

  for (const [name, snippet] of hcl.filter(([, s]) => isNewTemplate(s))) {
    it(`HCL2 "${name}" is free of diagnostics, formatted as packer fmt does, and valid to packer`, (t) => {
      const text = expandSnippet(snippet.body);
      assert.deepEqual(
        diagnosticsOf(text, 'file:///snippets/new.pkr.hcl', 'packer').map(
          (d) => `${String(d.code)}: ${messageText(d)}`,
        ),
        [],
      );
      if (!packer) return t.skip('packer is not installed');
      assert.equal(packerFmt(text), text);
      const result = packerValidate(withoutPackerBlock(text), 'template.pkr.hcl');
      assert.equal(result.status, 0, result.output);
    });
  }

  for (const [name, snippet] of json.filter(([, s]) => isNewTemplate(s))) {
    it(`JSON "${name}" is free of diagnostics and valid to packer`, (t) => {
      const text = expandSnippet(snippet.body);
      assert.deepEqual(
        diagnosticsOf(text, 'file:///snippets/template.json', 'packer-json').map(
          (d) => `${String(d.code)}: ${messageText(d)}`,
        ),
        [],
      );
      if (!packer) return t.skip('packer is not installed');
      const result = packerValidate(text, 'template.json');
      assert.equal(result.status, 0, result.output);
    });
  }

  it('HCL2 block snippets parse cleanly at the place they are meant for', () => {
    for (const [name, snippet] of hcl.filter(([, s]) => !isNewTemplate(s))) {
      const text = expandSnippet(snippet.body);
      const inBuild = /^(provisioner|post-processor)/.test(text) ? `build {\n${text}}\n` : text;
      const syntax = diagnosticsOf(inBuild, 'file:///snippets/block.pkr.hcl', 'packer').filter(
        (d) => d.code === 'hcl-syntax',
      );
      assert.deepEqual(syntax, [], name);
    }
  });
});
