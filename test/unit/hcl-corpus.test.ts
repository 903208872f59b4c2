/**
 * Real Packer templates (the shared corpus, read in place: test data, never copied here) and the
 * cases of Debian's packer 1.6.6 transcript:
 * - every `.pkr.hcl` / `.pkrvars.hcl` parses; a published or valid one gets no diagnostic at all;
 * - where packer 1.6.6 stopped on an HCL syntax error, we report one with HCL's summary, same line;
 * - one mistake injected into a valid file gives exactly one diagnostic, and the file's blocks
 *   are all still there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribute, Body, TemplateExpression } from '../../server/src/service/parsing/hcl/ast';
import type { HclDiagnosticCode } from '../../server/src/service/parsing/hcl/diagnostics';
import { LineIndex, parseHcl } from '../../server/src/service/parsing/hcl/index';
import { CORPUS, SHARED } from '../support/corpusPath';

const TRANSCRIPT = join(SHARED, 'packer', 'packer-1.6.6-transcript.txt');

interface Entry {
  path: string;
  intent: string;
  /** packer 1.6.6's `validate -syntax-only` first line. */
  syntax: string;
}

function corpusEntries(): Entry[] {
  const lines = readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const column = (name: string): number => header.indexOf(name);
  return lines
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'))
    .map((cells) => ({
      path: cells[column('path')]!,
      intent: cells[column('intent')]!,
      syntax: cells[column('packer166_syntax_first_line')] ?? '',
    }))
    .filter((entry) => entry.path.endsWith('.pkr.hcl') || entry.path.endsWith('.pkrvars.hcl'));
}

const hasCorpus = existsSync(join(CORPUS, 'INDEX.tsv'));
const entries = hasCorpus ? corpusEntries() : [];
const skip = hasCorpus ? false : `the shared corpus is not at ${CORPUS}`;

test(`corpus: every HCL2 file parses; valid ones without a diagnostic (${entries.length} files)`, { skip }, () => {
  const withDiagnostics: string[] = [];
  const validWithDiagnostics: string[] = [];
  for (const entry of entries) {
    const text = readFileSync(join(CORPUS, entry.path), 'utf8');
    const { diagnostics } = parseHcl(text);
    if (diagnostics.length === 0) continue;
    withDiagnostics.push(entry.path);
    const lines = new LineIndex(text);
    const described = diagnostics.map((d) => `${lines.hclPosition(d.range.start).line}: ${d.summary}`).join('; ');
    if (entry.intent === 'valid') validWithDiagnostics.push(`${entry.path}: ${described}`);
  }
  assert.deepEqual(validWithDiagnostics, []);
  // The two files with real syntax errors, both flagged by packer 1.6.6 too.
  assert.deepEqual(withDiagnostics.sort(), [
    'hashicorp-packer/command/test-fixtures/fmt_errs/malformed.pkr.hcl',
    'hashicorp-packer/hcl2template/testdata/init/duplicate_required_plugins/packer.pkr.hcl',
  ]);
});

test('corpus: where packer 1.6.6 reports an HCL syntax error, so do we, on the same line', { skip }, () => {
  // HCL's syntax summaries (not schema errors such as "Unsupported block type").
  const syntax =
    /Error: (Argument or block definition required|Attribute redefined|Invalid character|Invalid expression|Unclosed configuration block|Missing key\/value separator|Unexpected comma after argument|Invalid block definition)/;
  let checked = 0;
  for (const entry of entries) {
    const match = syntax.exec(entry.syntax);
    if (match === null) continue;
    const line = Number(/line (\d+)/.exec(entry.syntax)?.[1]);
    const text = readFileSync(join(CORPUS, entry.path), 'utf8');
    const lines = new LineIndex(text);
    const found = parseHcl(text).diagnostics.map((d) => `${lines.hclPosition(d.range.start).line}: ${d.summary}`);
    assert.ok(
      found.includes(`${line}: ${match[1]}`),
      `${entry.path}: packer says line ${line} ${match[1]}; we say ${found.join('; ')}`,
    );
    checked++;
  }
  assert.equal(checked, 2);
});

/** Quoted one-literal string arguments anywhere in the blocks (not in objects or heredocs). */
function stringArguments(body: Body, found: Attribute[] = []): Attribute[] {
  for (const item of body.items) {
    if (item.kind === 'block') stringArguments(item.body, found);
    else if (item.expression.kind === 'template' && item.expression.style === 'quoted') {
      const template: TemplateExpression = item.expression;
      const only = template.parts[0];
      if (template.parts.length === 1 && only?.kind === 'templateLiteral' && !/["'\\]/.test(only.value))
        found.push(item);
    }
  }
  return found;
}

type Mutation = (text: string, attribute: Attribute) => string;

const mutations: [string, HclDiagnosticCode, Mutation][] = [
  [
    'curly quotes',
    'smart-quotes',
    (text, a) =>
      text.slice(0, a.expression.range.start) +
      '“' +
      text.slice(a.expression.range.start + 1, a.expression.range.end - 1) +
      '”' +
      text.slice(a.expression.range.end),
  ],
  [
    'single quotes',
    'single-quotes',
    (text, a) =>
      text.slice(0, a.expression.range.start) +
      "'" +
      text.slice(a.expression.range.start + 1, a.expression.range.end - 1) +
      "'" +
      text.slice(a.expression.range.end),
  ],
  [
    'a comma after the argument',
    'comma-after-argument',
    (text, a) => text.slice(0, a.range.end) + ',' + text.slice(a.range.end),
  ],
  [
    'no "="',
    'missing-equals',
    (text, a) => text.slice(0, a.nameRange.end) + ' ' + text.slice(a.expression.range.start),
  ],
  [
    'a no-break space before "="',
    'lookalike-character',
    (text, a) => text.slice(0, a.nameRange.end) + '\u00a0' + text.slice(a.nameRange.end),
  ],
  [
    'an en dash in the name',
    'lookalike-character',
    (text, a) => text.slice(0, a.nameRange.start + 1) + '\u2013' + text.slice(a.nameRange.start + 1),
  ],
];

test('corpus: one injected mistake, one diagnostic, every block still there', { skip }, () => {
  const failures: string[] = [];
  let runs = 0;
  for (const entry of entries.filter((e) => e.intent === 'valid')) {
    const text = readFileSync(join(CORPUS, entry.path), 'utf8');
    const original = parseHcl(text);
    const candidates = stringArguments(original.body);
    const attribute = candidates[Math.floor(candidates.length / 2)];
    if (attribute === undefined) continue;
    for (const [name, code, mutate] of mutations) {
      const parsed = parseHcl(mutate(text, attribute));
      runs++;
      const codes = parsed.diagnostics.map((d) => d.code);
      if (codes.length !== 1 || codes[0] !== code || parsed.body.items.length !== original.body.items.length) {
        failures.push(
          `${entry.path} (${name}): ${codes.join(', ')}; ${parsed.body.items.length} of ${original.body.items.length} top-level items`,
        );
      }
    }
  }
  assert.ok(runs > 1000, `only ${runs} runs`);
  assert.deepEqual(failures, []);
});

test(
  'corpus: an unclosed top-level block gives one diagnostic, and the blocks after it stay top-level',
  { skip },
  () => {
    const failures: string[] = [];
    for (const entry of entries.filter((e) => e.intent === 'valid')) {
      const text = readFileSync(join(CORPUS, entry.path), 'utf8');
      const original = parseHcl(text);
      const first = original.body.items[0];
      if (original.body.items.length < 2 || first?.kind !== 'block' || first.closeBraceRange === undefined) continue;
      if (text.charCodeAt(first.closeBraceRange.start - 1) !== 0x0a) continue; // a `}` of its own line
      const broken = text.slice(0, first.closeBraceRange.start) + text.slice(first.closeBraceRange.end);
      const parsed = parseHcl(broken);
      const codes = parsed.diagnostics.map((d) => d.code);
      if (codes.join() !== 'unclosed-block' || parsed.body.items.length !== original.body.items.length)
        failures.push(`${entry.path}: ${codes.join(', ')}`);
    }
    assert.deepEqual(failures, []);
  },
);

/** The `.pkr.hcl` inputs of the transcript, by the path packer was given. */
function transcriptCases(): Map<string, string> {
  const cases = new Map<string, string>();
  const sections = readFileSync(TRANSCRIPT, 'utf8').split(/^=+$/m);
  for (const section of sections) {
    const command = /^\$ packer validate (\S+\.pkr\.hcl)$/m.exec(section);
    const input = /^--- input:\n([\s\S]*?)^--- output:/m.exec(section);
    if (command !== null && input !== null) cases.set(command[1]!, input[1]!);
  }
  return cases;
}

const expectedInTranscript: Record<string, HclDiagnosticCode[]> = {
  't1/curly.pkr.hcl': ['smart-quotes'],
  'h4/a.pkr.hcl': ['single-quotes'],
  // packer stopped at the comma; the source block is also left unclosed.
  'h5/a.pkr.hcl': ['unclosed-block', 'comma-after-argument'],
  'h7/a.pkr.hcl': ['unclosed-block'],
  'h14/a.pkr.hcl': ['lookalike-character'],
  'h8b/a.pkr.hcl': ['missing-equals'],
};

test(
  'packer 1.6.6 transcript: syntax mistakes found, one diagnostic each; the rest clean',
  { skip: existsSync(TRANSCRIPT) ? false : `no transcript at ${TRANSCRIPT}` },
  () => {
    const cases = transcriptCases();
    assert.ok(cases.size >= 15, `${cases.size} cases`);
    const got: Record<string, HclDiagnosticCode[]> = {};
    for (const [name, text] of cases) {
      const codes = parseHcl(text).diagnostics.map((d) => d.code);
      if (codes.length > 0) got[name] = codes;
    }
    assert.deepEqual(got, expectedInTranscript);
  },
);
