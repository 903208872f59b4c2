/**
 * The rule registry and the documentation in docs/ agree: every rule has a page (the page that each
 * diagnostic links to), every page belongs to a rule, each page states the rule's default severity
 * and whether it has a quick fix, its "Wrong" example is reported by the rule and its "Right" one
 * is not, and docs/README.md indexes every rule with the same facts. Also checks the registry
 * itself: sorted by id, kebab-case ids, one file per rule named by its id.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

import { analyseDocument } from '../../server/src/service/document';
import { FolderModel } from '../../server/src/service/model/hcl/folder';
import { findProblems } from '../../server/src/service/features/validation';
import { rules } from '../../server/src/service/rules';
import { DOCS_BASE, ruleDocsUrl } from '../../server/src/service/rules/rule';
import type { PackerSituation } from '../../server/src/service/plugins/packerSituation';
import { situation, type SituationSpec } from '../support/situations';

const root = path.resolve(__dirname, '../../..');
const docsDir = path.join(root, 'docs', 'rules');
const rulesSourceDir = path.join(root, 'server', 'src', 'service', 'rules');
/** Files in the rules folder that are not rules. */
const NOT_RULES = new Set(['index.ts', 'rule.ts']);
const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const ids = rules.map((r) => r.meta.id);

function page(id: string): string {
  return readFileSync(path.join(docsDir, `${id}.md`), 'utf8');
}

/** The value written after a bold label on a page: "- **Default severity:** error (...)" gives "error". */
function labelled(text: string, label: string): string | undefined {
  const line = text.split('\n').find((l) => l.toLowerCase().includes(`**${label.toLowerCase()}:**`));
  if (line === undefined) return undefined;
  const after = line.slice(line.toLowerCase().indexOf(`**${label.toLowerCase()}:**`) + label.length + 5);
  return /[a-z]+/i.exec(after)?.[0]?.toLowerCase();
}

/** The contents of one `## heading` section (up to the next `## `). */
function section(text: string, heading: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  return (end === -1 ? rest : rest.slice(0, end)).join('\n');
}

interface Example {
  language: 'json' | 'hcl';
  /** The files of the example's folder: one unnamed file, or the ```hcl title="name" blocks of a section. */
  files: Array<{ name: string; text: string }>;
}

/** A section's ```hcl title="name" blocks (one folder), or else its first ```json or ```hcl block. */
function example(body: string | undefined): Example | undefined {
  if (body === undefined) return undefined;
  const named = [...body.matchAll(/```hcl title="([^"]+)"\n([\s\S]*?)```/g)];
  if (named.length > 0) return { language: 'hcl', files: named.map((m) => ({ name: m[1] ?? '', text: m[2] ?? '' })) };
  const match = /```(json|hcl)\n([\s\S]*?)```/.exec(body);
  if (match === null) return undefined;
  const hcl = match[1] === 'hcl';
  return {
    language: hcl ? 'hcl' : 'json',
    files: [{ name: hcl ? 'template.pkr.hcl' : 'template.json', text: match[2] ?? '' }],
  };
}

/** The messages that one rule reports for an example, over all its files (a legacy JSON template, or an HCL2 folder). */
/**
 * The situation a page's examples assume (`<!-- situation: {"packer":"1.11.0","installed":[]} -->`):
 * the Packer in use, the installed plugins, setting version ranges. Without one, both are unknown.
 */
function situationOf(text: string): PackerSituation | undefined {
  const json = /<!-- situation: (\{.*\}) -->/.exec(text)?.[1];
  return json === undefined ? undefined : situation(JSON.parse(json) as SituationSpec);
}

function findingsOf(ruleId: string, { language, files }: Example, packer?: PackerSituation): string[] {
  const folder = '/docs/example';
  const disk = new Map(files.map((f) => [`${folder}/${f.name}`, f.text]));
  const listDirectory = (dir: string) => (dir.replace(/\\/g, '/') === folder ? files.map((f) => f.name) : []);
  const readText = (file: string) => disk.get(file.replace(/\\/g, '/'));
  const folders = new FolderModel({ listDirectory, readText, openText: () => undefined });
  return files.flatMap(({ name, text }) => {
    const document = analyseDocument(
      { uri: `file://${folder}/${name}`, version: 1, languageId: language === 'hcl' ? 'packer' : 'packer-json', text },
      folders,
    );
    return findProblems(document, { readText }, undefined, packer)
      .filter((f) => f.ruleId === ruleId)
      .map((f) => f.message);
  });
}

describe('rule registry', () => {
  it('has rules', () => {
    assert.ok(rules.length > 0);
  });

  it('is sorted by id, without duplicates', () => {
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual(ids, sorted);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
  });

  it('uses kebab-case ids', () => {
    for (const id of ids) assert.match(id, KEBAB_CASE, `rule id "${id}" is not kebab-case`);
  });

  it('has one source file per rule, named by its id and declaring that id', () => {
    const files = readdirSync(rulesSourceDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !NOT_RULES.has(f))
      .map((f) => f.slice(0, -'.ts'.length))
      .sort();
    assert.deepEqual(files, [...ids].sort(), 'files in server/src/service/rules/ and registered rules differ');
    for (const id of ids) {
      const source = readFileSync(path.join(rulesSourceDir, `${id}.ts`), 'utf8');
      const declared = [...source.matchAll(/\bid:\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      assert.deepEqual(declared, [id], `${id}.ts should declare exactly the id "${id}"`);
    }
  });

  it('has valid metadata', () => {
    for (const { meta } of rules) {
      assert.ok(SEVERITIES.includes(meta.defaultSeverity), `${meta.id}: default severity "${meta.defaultSeverity}"`);
      assert.equal(typeof meta.fixable, 'boolean', `${meta.id}: fixable`);
      assert.ok(meta.description.trim().length > 0, `${meta.id}: empty description`);
    }
  });
});

describe('rule documentation pages', () => {
  it('are where the diagnostics link to', () => {
    assert.ok(DOCS_BASE.endsWith('/docs/rules/'), DOCS_BASE);
    for (const id of ids) assert.equal(ruleDocsUrl(id), `${DOCS_BASE}${id}.md`);
  });

  it('exist for every registered rule', () => {
    const missing = ids.filter((id) => !existsSync(path.join(docsDir, `${id}.md`)));
    assert.deepEqual(missing, [], `rules without a page in docs/rules/: ${missing.join(', ')}`);
  });

  it('belong to registered rules only', () => {
    const pages = readdirSync(docsDir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -'.md'.length));
    const orphans = pages.filter((p) => !ids.includes(p));
    assert.deepEqual(orphans, [], `pages in docs/rules/ without a rule: ${orphans.join(', ')}`);
    const other = readdirSync(docsDir).filter((f) => !f.endsWith('.md'));
    assert.deepEqual(other, [], 'docs/rules/ should hold only .md pages');
  });

  for (const { meta } of rules) {
    describe(meta.id, () => {
      it('is titled with the rule id', () => {
        const title = page(meta.id).split('\n')[0];
        assert.equal(title, `# ${meta.id}`);
      });

      it('states the default severity', () => {
        assert.equal(labelled(page(meta.id), 'Default severity'), meta.defaultSeverity);
      });

      it('states whether there is a quick fix', () => {
        assert.equal(labelled(page(meta.id), 'Quick fix'), meta.fixable ? 'yes' : 'no');
        const fixSection = section(page(meta.id), 'Quick fix');
        assert.ok(fixSection !== undefined && fixSection.trim().length > 0, 'a "## Quick fix" section');
      });

      it('has a Wrong and a Right example', () => {
        for (const heading of ['Wrong', 'Right']) {
          const body = section(page(meta.id), heading);
          assert.ok(body !== undefined && body.includes('```'), `a "## ${heading}" section with an example`);
        }
      });

      it('has a Wrong example that the rule reports and a Right one that it does not', () => {
        const text = page(meta.id);
        const wrong = example(section(text, 'Wrong'));
        assert.ok(wrong !== undefined, 'the "## Wrong" section has a ```json or ```hcl example');
        const packer = situationOf(text);
        assert.ok(findingsOf(meta.id, wrong, packer).length > 0, 'the Wrong example is not reported by the rule');
        // A Right example in the other language (HCL2 for legacy-json-template) is not analysed.
        const right = example(section(text, 'Right'));
        if (right !== undefined && right.language === wrong.language)
          assert.deepEqual(findingsOf(meta.id, right, packer), [], 'the Right example is reported by the rule');
      });

      it('says how to change the severity with packer.diagnostics.severity', () => {
        const text = page(meta.id);
        assert.ok(text.includes('"packer.diagnostics.severity"'), 'mentions the setting');
        assert.ok(text.includes(`"${meta.id}":`), 'shows the setting with this rule id');
        assert.ok(text.includes('"off"'), 'says how to turn the rule off');
      });
    });
  }
});

interface IndexRow {
  link: string;
  target: string;
  cells: string[];
}

/** The rows of the README's rule table: `| [id](rules/id.md) | severity | fixable | summary |`. */
function indexRows(readme: string): IndexRow[] {
  const result: IndexRow[] = [];
  for (const line of readme.split('\n')) {
    const match = /^\|\s*\[([^\]]+)\]\(rules\/([^)]+)\.md\)\s*\|(.*)\|\s*$/.exec(line);
    if (match === null) continue;
    const [, link = '', target = '', cells = ''] = match;
    result.push({ link, target, cells: cells.split('|').map((c) => c.trim()) });
  }
  return result;
}

describe('docs/README.md', () => {
  const readme = readFileSync(path.join(root, 'docs', 'README.md'), 'utf8');
  const rows = indexRows(readme);

  it('lists every rule once, in registry order, linking to its page', () => {
    assert.deepEqual(
      rows.map((r) => r.target),
      ids,
    );
    for (const row of rows)
      assert.equal(row.link, row.target, `link text and target differ: ${row.link} -> ${row.target}`);
  });

  it('gives each rule its default severity, fixability and a summary', () => {
    for (const { meta } of rules) {
      const [severity, fixable, summary] = rows.find((r) => r.target === meta.id)?.cells ?? [];
      assert.equal(severity, meta.defaultSeverity, `${meta.id}: severity in README`);
      assert.equal(fixable, meta.fixable ? 'yes' : 'no', `${meta.id}: quick fix in README`);
      assert.ok(summary !== undefined && summary.length > 0, `${meta.id}: one-line summary in README`);
    }
  });

  it('documents the packer.diagnostics.severity setting', () => {
    assert.ok(readme.includes('"packer.diagnostics.severity"'));
  });
});
