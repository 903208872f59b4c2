/**
 * The bundled server in a second, independent editor: headless Neovim 0.7 (Debian 12's) and its
 * own LSP client, one Neovim per scenario on a real folder. Neovim converts every answer itself
 * (byte columns, edits, jumps), so a capability, a position encoding or a response shape that only
 * VS Code tolerates fails here. Folder names hold a space and texts hold non-ASCII characters, so
 * that URIs and UTF-16 positions are exercised too.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LAB_PROBLEMS } from '../editor/labProblems';
import { neovimVersion, runNeovim, stepResult } from './runNeovim';
import {
  AUTO_VARS,
  FORMATTED,
  HALF_SETTING,
  HALF_VAR,
  MAIN,
  TYPO_VARS,
  UNFORMATTED,
  VARIABLES,
  positionOf,
} from './texts';

interface ShownDiagnostic {
  lnum: number;
  col: number;
  severity: number;
  code: string;
  source: string;
  message: string;
  href: string;
  text: string | null;
}
interface Completion {
  labels: string[];
  menuSize: number;
  pickWord: string | null;
}
interface Place {
  file: string;
  line: number;
  character: number;
}
interface Symbol {
  name: string;
  kind: number;
  line: number;
  children: Symbol[];
}

const LAB = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'lab', 'packer_configuration.json');
const ERROR = 1;
const WARNING = 2;
const INFO = 3;

/** A fresh folder (with a space in its name) holding `files`. */
function folderWith(files: Record<string, string>): string {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'packer-nvim-')), 'my templates');
  fs.mkdirSync(root);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name), text);
  return root;
}

function removeFolder(root: string | undefined): void {
  if (root !== undefined) fs.rmSync(path.dirname(root), { recursive: true, force: true });
}

const problems = (shown: ShownDiagnostic[]) => shown.filter((d) => d.severity === ERROR || d.severity === WARNING);

function countByCode(shown: ShownDiagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of problems(shown)) counts[d.code] = (counts[d.code] ?? 0) + 1;
  return counts;
}

describe(`the packer server in Neovim (${neovimVersionOrMissing()})`, () => {
  describe('the lab template opened as filetype json', () => {
    let root: string | undefined;
    let results: Record<string, unknown>;
    before(async () => {
      root = folderWith({ 'packer_configuration.json': fs.readFileSync(LAB, 'utf8') });
      const file = path.join(root, 'packer_configuration.json');
      results = await runNeovim(root, [
        { name: 'open', op: 'open', file, filetype: 'json' },
        { name: 'diagnostics', op: 'diagnostics', file },
        { name: 'straighten', op: 'replace', file, line: 0, from: '“sudo apt update”', to: '"sudo apt update"' },
        { name: 'afterEdit', op: 'diagnostics', file },
      ]);
    });
    after(() => removeFolder(root));

    it('shows the lab problems, each once, with rule ids and links', () => {
      const shown = stepResult<ShownDiagnostic[]>(results, 'diagnostics');
      assert.deepEqual(countByCode(shown), LAB_PROBLEMS);
      for (const d of shown) {
        assert.equal(d.source, 'packer');
        assert.match(d.href, /^https:\/\/.+\/docs\/rules\/[a-z-]+\.md$/);
      }
      assert.ok(shown.some((d) => d.code === 'legacy-json-template' && d.severity === INFO));
    });

    it('places ranges on the right bytes of a line with curly quotes (UTF-16 positions)', () => {
      const shown = stepResult<ShownDiagnostic[]>(results, 'diagnostics');
      assert.equal(shown.find((d) => d.code === 'trailing-comma')?.text, ',');
      for (const d of shown.filter((s) => s.code === 'smart-quotes')) assert.match(String(d.text), /[\u201c\u201d]/);
    });

    it('follows an edit sent incrementally by Neovim, positions after it included', () => {
      const shown = stepResult<ShownDiagnostic[]>(results, 'afterEdit');
      assert.deepEqual(countByCode(shown), { ...LAB_PROBLEMS, 'smart-quotes': 1 });
      assert.equal(shown.find((d) => d.code === 'trailing-comma')?.text, ',');
      assert.match(String(shown.find((d) => d.code === 'smart-quotes')?.text), /[\u201c\u201d]/);
    });
  });

  describe('the lab template with settings from Neovim', () => {
    let root: string | undefined;
    let results: Record<string, unknown>;
    before(async () => {
      root = folderWith({ 'packer_configuration.json': fs.readFileSync(LAB, 'utf8') });
      const file = path.join(root, 'packer_configuration.json');
      const severity = { 'package-manager-mismatch': 'off', 'trailing-comma': 'information' };
      results = await runNeovim(
        root,
        [
          { name: 'open', op: 'open', file, filetype: 'json' },
          { name: 'diagnostics', op: 'diagnostics', file },
        ],
        { packer: { diagnostics: { severity } } },
      );
    });
    after(() => removeFolder(root));

    it('honours packer.diagnostics.severity pushed by Neovim after initialize', () => {
      const shown = stepResult<ShownDiagnostic[]>(results, 'diagnostics');
      const expected = Object.fromEntries(
        Object.entries(LAB_PROBLEMS).filter(
          ([code]) => code !== 'package-manager-mismatch' && code !== 'trailing-comma',
        ),
      );
      assert.deepEqual(countByCode(shown), expected);
      assert.ok(!shown.some((d) => d.code === 'package-manager-mismatch'));
      assert.equal(shown.find((d) => d.code === 'trailing-comma')?.severity, INFO);
    });
  });

  describe('an HCL2 folder: diagnostics, hover, symbols, definition and rename', () => {
    let root: string | undefined;
    let results: Record<string, unknown>;
    before(async () => {
      root = folderWith({
        'variables.pkr.hcl': VARIABLES,
        'main.pkr.hcl': MAIN,
        'prod.auto.pkrvars.hcl': AUTO_VARS,
        'typo.auto.pkrvars.hcl': TYPO_VARS,
      });
      const main = path.join(root, 'main.pkr.hcl');
      const typo = path.join(root, 'typo.auto.pkrvars.hcl');
      const files = ['variables.pkr.hcl', 'main.pkr.hcl', 'prod.auto.pkrvars.hcl'].map((f) => path.join(root ?? '', f));
      results = await runNeovim(root, [
        { name: 'open', op: 'open', file: main, filetype: 'packer' },
        { name: 'diagnostics', op: 'diagnostics', file: main },
        { name: 'openVarfile', op: 'open', file: typo, filetype: 'packer-vars' },
        { name: 'varfileDiagnostics', op: 'diagnostics', file: typo },
        { name: 'hover', op: 'hover', file: main, ...positionOf(MAIN, 'instance_type', 3) },
        { name: 'symbols', op: 'symbols', file: main },
        { name: 'definition', op: 'definition', file: main, ...positionOf(MAIN, 'var.region', 5) },
        {
          name: 'rename',
          op: 'rename',
          file: main,
          ...positionOf(MAIN, 'var.region', 5),
          newName: 'aws_region',
          files,
        },
      ]);
    });
    after(() => removeFolder(root));

    it('shows the undefined variable, and nothing else, with the variables of the other file known', () => {
      const shown = problems(stepResult<ShownDiagnostic[]>(results, 'diagnostics'));
      const zone = positionOf(MAIN, 'var.zone', 4);
      const type = positionOf(MAIN, '"amazon-ebs"');
      // Neovim passes no Packer version: the undeclared amazon plugin is a warning, not a certain failure.
      assert.deepEqual(
        shown.map(
          (d) => `${d.code} ${d.lnum}:${d.col} ${String(d.text)} ${d.severity === ERROR ? 'error' : 'warning'}`,
        ),
        [
          `undeclared-plugin ${type.line}:${type.character} "amazon-ebs" warning`,
          `undefined-reference ${zone.line}:${zone.character} zone error`,
        ],
      );
      assert.match(shown[1]?.message ?? '', /"zone"/);
    });

    it('checks a variable file opened as packer-vars against the folder’s declarations', () => {
      const shown = problems(stepResult<ShownDiagnostic[]>(results, 'varfileDiagnostics'));
      assert.deepEqual(
        shown.map((d) => `${d.code} ${d.lnum}:${d.col} ${String(d.text)}`),
        ['undeclared-variable-in-varfile 0:0 regoin'],
      );
    });

    it('hovers a setting with its documentation, as Markdown Neovim can show', () => {
      const hover = stepResult<{ markdown: string } | null>(results, 'hover');
      assert.ok(hover !== null, 'no hover');
      assert.match(hover.markdown, /^\*\*instance_type\*\*/);
      assert.match(hover.markdown, /`amazon-ebs` builder/);
    });

    it('lists the document symbols, nested, in Neovim’s symbol list', () => {
      const { tree, listed } = stepResult<{ tree: Symbol[]; listed: string[] }>(results, 'symbols');
      const names = (symbols: Symbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children)]);
      assert.deepEqual(
        tree.map((s) => `${s.name} ${s.kind} ${s.line}`),
        ['amazon-ebs.web 5 0', `build 2 ${positionOf(MAIN, 'build').line}`],
      );
      assert.ok(names(tree).includes('instance_type'));
      assert.equal(listed.length, names(tree).length);
      assert.equal(listed[0], '[Class] amazon-ebs.web');
    });

    it('goes to the definition of var.region in the other file, and Neovim lands on it', () => {
      const { locations, landed } = stepResult<{ locations: Place[]; landed: Place & { word: string } }>(
        results,
        'definition',
      );
      assert.deepEqual(
        locations.map((l) => `${l.file}:${l.line}`),
        ['variables.pkr.hcl:0'],
      );
      assert.equal(landed.file, 'variables.pkr.hcl');
      assert.equal(landed.line, 0);
      assert.equal(landed.word, VARIABLES.split('\n')[0]?.slice(landed.character).match(/^\w+/)?.[0]);
    });

    it('renames var.region across the folder with a WorkspaceEdit that Neovim applies', () => {
      const { prepared, files, texts } = stepResult<{
        prepared: { placeholder: string; range: { start: Place; end: Place } };
        files: string[];
        texts: Record<string, string>;
      }>(results, 'rename');
      const region = positionOf(MAIN, 'var.region', 4);
      assert.equal(prepared.placeholder, 'region');
      assert.deepEqual(prepared.range.start, region);
      assert.deepEqual(files, ['main.pkr.hcl', 'prod.auto.pkrvars.hcl', 'variables.pkr.hcl']);
      assert.deepEqual(texts, {
        'variables.pkr.hcl': VARIABLES.replace('variable "region"', 'variable "aws_region"'),
        'main.pkr.hcl': MAIN.replaceAll('var.region', 'var.aws_region'),
        'prod.auto.pkrvars.hcl': AUTO_VARS.replace('region', 'aws_region'),
      });
    });
  });

  describe('completion in an HCL2 folder', () => {
    let root: string | undefined;
    let results: Record<string, unknown>;
    before(async () => {
      root = folderWith({ 'variables.pkr.hcl': VARIABLES, 'settings.pkr.hcl': HALF_SETTING, 'vars.pkr.hcl': HALF_VAR });
      const settings = path.join(root, 'settings.pkr.hcl');
      const vars = path.join(root, 'vars.pkr.hcl');
      results = await runNeovim(root, [
        { name: 'openSettings', op: 'open', file: settings, filetype: 'packer' },
        { name: 'openVars', op: 'open', file: vars, filetype: 'packer' },
        {
          name: 'settings',
          op: 'completion',
          file: settings,
          ...positionOf(HALF_SETTING, 'ins', 3),
          prefix: 'ins',
          pick: 'instance_type',
        },
        {
          name: 'variables',
          op: 'completion',
          file: vars,
          ...positionOf(HALF_VAR, 'var.', 4),
          prefix: '',
          pick: 'region',
        },
      ]);
    });
    after(() => removeFolder(root));

    it('offers the settings of the amazon-ebs source, not those already set', () => {
      const { labels, menuSize, pickWord } = stepResult<Completion>(results, 'settings');
      for (const setting of ['instance_type', 'ami_name', 'ssh_username']) assert.ok(labels.includes(setting), setting);
      assert.ok(!labels.includes('region'));
      assert.ok(menuSize > 0, 'Neovim’s menu filtered every item out for the prefix "ins"');
      assert.match(String(pickWord), /^instance_type\b/);
    });

    it('offers the variables declared in another file after var.', () => {
      const { labels, pickWord } = stepResult<Completion>(results, 'variables');
      assert.deepEqual(labels.sort(), ['instance_type', 'region', 'zone_hint']);
      assert.equal(pickWord, 'region');
    });
  });

  describe('formatting an HCL2 file', () => {
    let root: string | undefined;
    let results: Record<string, unknown>;
    before(async () => {
      root = folderWith({ 'main.pkr.hcl': UNFORMATTED });
      const file = path.join(root, 'main.pkr.hcl');
      results = await runNeovim(root, [
        { name: 'open', op: 'open', file, filetype: 'packer' },
        { name: 'comment', op: 'replace', file, line: 3, from: '# résumé', to: '# résumé ☕🚀 ok' },
        { name: 'diagnostics', op: 'diagnostics', file },
        { name: 'format', op: 'formatting', file, tabSize: 4, insertSpaces: false },
      ]);
    });
    after(() => removeFolder(root));

    it('formats the edited buffer exactly as packer fmt writes it, non-ASCII lines included', () => {
      const { edits, text } = stepResult<{ edits: number; text: string }>(results, 'format');
      assert.ok(edits > 0);
      assert.equal(text, FORMATTED.replace('# résumé', '# résumé ☕🚀 ok'));
      assert.deepEqual(problems(stepResult<ShownDiagnostic[]>(results, 'diagnostics')), []);
      assert.deepEqual(results._messages, []);
    });
  });
});

/** The title names the Neovim under test; a missing Neovim fails each scenario, not the file load. */
function neovimVersionOrMissing(): string {
  try {
    return neovimVersion();
  } catch {
    return 'not installed';
  }
}
