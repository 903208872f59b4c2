/**
 * Robustness: templates mutated the way a person types or pastes (cut short, ranges deleted or
 * duplicated, stray punctuation, curly quotes, look-alikes, invisible characters, emoji, lone
 * surrogates, NUL, lines swapped, a 100 KB string, 5,000 levels of nesting) go through the whole
 * language service: validate, every code action (quick fixes and source.fixAll.packer) applied,
 * validate again; completion, hover, signature help, definition, references, rename, symbols and
 * folding at cursors over the text; HCL2 formatting (whitespace only, stable) and conversion of JSON
 * to HCL2 (which must parse). Bad input gets a diagnostic, never a throw, a hang or an edit or range outside the text;
 * a preferred fix adds no error of another rule where it edits. The HCL2 parser and the JSON
 * repair are fuzzed alone too.
 *
 * Deterministic (seeded): ROBUSTNESS_SEED and ROBUSTNESS_SCALE (a multiplier of the iterations)
 * change the run; `node out/scripts/fuzz.js` runs longer. Inputs are the lab fixtures and a
 * seeded sample of the shared corpus, read in place (test data, never copied here).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  Harness,
  Random,
  corpusInputs,
  describeProblem,
  fixtureInputs,
  fuzz,
  type FuzzInput,
  type Problem,
} from '../support/mutations';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/service';
import { CORPUS } from '../support/corpusPath';

const FIXTURES = resolve(__dirname, '..', '..', '..', 'test', 'fixtures');
const SEED = Number(process.env.ROBUSTNESS_SEED ?? 0x5eed);
const SCALE = Number(process.env.ROBUSTNESS_SCALE ?? 1);
/** A hang guard, not a timing test: one call over this is a failure. */
const BOUND_MS = 2000;
/** ROBUSTNESS_RUN_KNOWN=1 runs the known bugs' cases too (they fail until fixed). */
const RUN_KNOWN = process.env.ROBUSTNESS_RUN_KNOWN === '1';

/**
 * Problems the fuzzer finds today, each a reported bug (minimal inputs below): skipped with the
 * reason until fixed. Keyed by `kind` and the rule or call involved.
 */
/** Problem kinds the seeded run still shows, by signature, with the reason (none today: A to I are fixed). */
const KNOWN: Record<string, string> = {};

function signature(p: Problem): string {
  return `${p.kind} ${p.code}`;
}

const hasCorpus = existsSync(join(CORPUS, 'INDEX.tsv'));
if (!hasCorpus) console.log(`robustness: the shared corpus is not at ${CORPUS}; fuzzing the lab fixtures only`);

// One run, shared by the tests below (the fuzzing itself happens once, at the first test).
const harness = new Harness(BOUND_MS);
let ran = false;
function run(): Harness {
  if (ran) return harness;
  ran = true;
  const random = new Random(SEED);
  const fixtures = fixtureInputs(FIXTURES);
  const corpus = hasCorpus ? corpusInputs(CORPUS, random, Math.round(24 * SCALE)) : [];
  const started = Date.now();
  fuzz(harness, random, fixtures, corpus, { perFixture: Math.round(60 * SCALE), perCorpusFile: 5 });
  const f = harness.figures;
  console.log(
    `robustness (seed ${SEED}, scale ${SCALE}): ${f.inputs} inputs, ${f.mutations} mutated texts, ${f.calls} calls, ` +
      `${f.fixesApplied} fixes applied and re-validated, ${f.parserRuns} parser runs, ${harness.problems.length} problems, ` +
      `${Date.now() - started} ms; slowest call ${f.maxCallMs.toFixed(0)} ms: ${f.maxCallWhat}`,
  );
  const dump = process.env.ROBUSTNESS_DUMP;
  if (dump !== undefined) {
    // The texts that showed a problem, one file each, to reproduce and minimise by hand.
    mkdirSync(dump, { recursive: true });
    harness.problems.forEach((p, i) => writeFileSync(join(dump, `${i}-${p.kind}.txt`), `${describeProblem(p)}\n`));
    harness.problems.forEach((p, i) => writeFileSync(join(dump, `${i}.input`), p.text));
  }
  return harness;
}

test('robustness: mutated templates never crash, hang or get edits outside the text', { timeout: 300_000 }, () => {
  const { problems } = run();
  const unknown = problems.filter((p) => RUN_KNOWN || KNOWN[signature(p)] === undefined);
  assert.equal(unknown.length, 0, `\n${unknown.slice(0, 20).map(describeProblem).join('\n')}`);
});

for (const [key, reason] of Object.entries(KNOWN)) {
  test(`robustness, known: ${key}`, RUN_KNOWN ? {} : { skip: `known bug: ${reason}` }, () => {
    const seen = run().problems.filter((p) => signature(p) === key);
    assert.equal(seen.length, 0, seen.slice(0, 3).map(describeProblem).join('\n'));
  });
}

// The fuzzer's findings, minimised: a text, the preferred fix of one finding, what must hold after.
interface FixCase {
  name: string;
  text: string;
  format?: FuzzInput['format'];
  /** The finding whose preferred fix is applied. */
  code: string;
  /** Why it is skipped: a known bug. */
  bug?: string;
  /** False where no repair is certain, so no preferred fix must be offered (the finding stays). */
  expectFix?: boolean;
}

const FIX_CASES: FixCase[] = [
  {
    name: 'a "]" closing an object: no fix that only adds a comma',
    text: '{"builders":[{"type":"null"]}',
    code: 'json-syntax',
    // Was a bug: a fix that only added a comma (or a declaration) inside the broken text.
    expectFix: false,
  },
  {
    name: 'a "}" closing a list in "variables"',
    text: '{"builders":[{"type":"null","communicator":"none"}],"variables":{"b":["c"}}',
    code: 'json-syntax',
    // Was a bug: a fix that only added a comma (or a declaration) inside the broken text.
    expectFix: false,
  },
  {
    name: 'a stray ":" before a key, then the object closed',
    text: '{"builders":[{"type":"null","communicator":"none",\n : "a": {"b":"c"}\n}]}',
    code: 'json-syntax',
    // Was a bug: a fix that only added a comma (or a declaration) inside the broken text.
    expectFix: false,
  },
  {
    name: 'declaring a variable when the last variable is an unclosed list',
    text: '{"builders":[{"type":"null","communicator":"none","boot_wait":"{{user `mirror`}}"}],"variables":{"b":["c"',
    code: 'undefined-variable',
    // Was a bug: a fix that only added a comma (or a declaration) inside the broken text.
    expectFix: false,
  },
  {
    name: 'an en dash where an HCL2 block should start: "-" would be wrong there too',
    text: '–variable "name" {\n  type = string\n}\n',
    format: 'hcl',
    code: 'lookalike-character',
    // Was a bug: the replacement left "Argument or block definition required" in its place.
    expectFix: false,
  },
  {
    name: 'a missing comma between two settings (the fix that works)',
    text: '{"builders":[{"type":"null","communicator":"none" "ssh_host":"h"}]}',
    code: 'json-syntax',
  },
  {
    name: "a typo in a component type (the fix reveals the builder's own checks, which is fine)",
    text: '{"builders":[{"type":"amzon-ebs"}]}',
    code: 'unknown-component-type',
  },
  {
    name: 'declaring a variable into a well-formed "variables"',
    text: '{"builders":[{"type":"null","communicator":"none","boot_wait":"{{user `mirror`}}"}],"variables":{"b":["c"]}}',
    code: 'undefined-variable',
  },
];

for (const c of FIX_CASES) {
  test(`robustness, fix: ${c.name}`, c.bug === undefined || RUN_KNOWN ? {} : { skip: `known bug: ${c.bug}` }, () => {
    const one = new Harness(BOUND_MS, 100);
    one.check({ name: c.name, text: c.text, format: c.format ?? 'json' }, { name: 'as written', text: c.text });
    assert.deepEqual(one.problems.map(describeProblem), []);
    if (c.code !== '' && c.expectFix !== false) assert.ok(one.figures.fixesApplied > 0, 'a preferred fix was applied');
    if (c.expectFix === false) assert.equal(one.figures.fixesApplied, 0, 'no fix is offered where none is certain');
  });
}

const lab = (name: string) => fixtureInputs(FIXTURES).find((f) => f.name.endsWith(name))!.text;
const labHcl = lab('packer.pkr.hcl');
const undeclared = (names: string[]) =>
  `{"builders":[{"type":"null","communicator":"none","name":"${names.map((n) => `{{user \`${n}\`}}`).join('')}"}]}`;

// Crashes, hangs and bad edits the fuzzer found (code '' : no fix involved).
const MORE_CASES: FixCase[] = [
  { name: '5,000 levels of "{" (JSON)', text: '{'.repeat(5000), code: '' },
  { name: '5,000 levels of "[" in HCL', text: `a = ${'['.repeat(5000)}`, code: '', format: 'hcl' },
  {
    name: '5,000 levels of "(" closed, in HCL',
    text: `a = ${'('.repeat(5000)}1${')'.repeat(5000)}`,
    code: '',
    format: 'hcl',
  },
  {
    name: '5,000 levels of "[" (JSON)',
    text: '['.repeat(5000),
    code: '',
  },
  {
    name: 'fix all with two undeclared variables and no "variables" object',
    text: undeclared(['a', 'b']),
    code: 'undefined-variable',
  },
  {
    name: 'adding a required setting to an unclosed empty block at the end of the file',
    text: 'source "amazon-ebs" "lab" {',
    format: 'hcl',
    code: 'missing-required-setting',
  },
  {
    name: "the lab (HCL) with the provisioner's inline list lines duplicated",
    text: labHcl.slice(0, 314) + labHcl.slice(276, 314) + labHcl.slice(314),
    format: 'hcl',
    code: 'package-manager-mismatch',
  },
  {
    name: 'the lab (HCL) with a zero-width space in an argument name and a ">" after "build"',
    text: `${labHcl.slice(0, 102)}\u200b${labHcl.slice(102, 272)}>${labHcl.slice(272)}`,
    format: 'hcl',
    code: 'lookalike-character',
  },
];

for (const c of MORE_CASES) {
  test(`robustness, case: ${c.name}`, c.bug === undefined || RUN_KNOWN ? {} : { skip: `known bug: ${c.bug}` }, () => {
    const one = new Harness(BOUND_MS, 100);
    one.check({ name: c.name, text: c.text, format: c.format ?? 'json' }, { name: 'as written', text: c.text });
    assert.deepEqual(one.problems.map(describeProblem), []);
    if (c.code === 'undefined-variable') {
      // Fix all, then no finding of a duplicate key.
      const service = createLanguageService({ readText: () => undefined, listDirectory: () => [] });
      const doc = (text: string, version: number) => ({
        uri: 'file:///v/t.json',
        languageId: 'packer-json',
        version,
        text,
      });
      const all = service.codeActions(doc(c.text, 1), service.validate(doc(c.text, 1)), ['source.fixAll.packer'])[0];
      const edits = all?.edit?.changes?.['file:///v/t.json'] ?? [];
      const after = TextDocument.applyEdits(TextDocument.create('file:///v/t.json', 'json', 1, c.text), edits);
      assert.deepEqual(
        service
          .validate(doc(after, 2))
          .map((d) => `${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`)
          .filter((m) => !m.startsWith('legacy-json-template')),
        [],
      );
    }
  });
}
