/**
 * A longer robustness run than `npm test`'s (test/unit/robustness.test.ts): every corpus template
 * (or a sample), several seeds. Prints the figures and the problems grouped by kind and rule, one
 * example each; writes every problem's text to a folder with --dump.
 *
 * Each seed also mutates generated templates of 1 MB and 10 MB in both formats (scripts/benchTexts.ts),
 * with a bound per call in proportion to the size: a path that grows faster than the text shows
 * up as a slow call there (--large 0 leaves them out).
 *
 *   node out/scripts/fuzz.js [--first-seed 1] [--seeds 5] [--per-file 5] [--per-fixture 200] [--sample N]
 *                            [--large 1] [--dump DIR]
 */
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
} from '../test/support/mutations';
import { hclTemplate, jsonTemplate } from './benchTexts';

// The shared corpus sits beside the project (this file runs from out/scripts).
const CORPUS = process.env.PACKER_CORPUS ?? resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const FIXTURES = resolve(__dirname, '..', '..', 'test', 'fixtures');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}
const dumpAt = process.argv.indexOf('--dump');
const dump = dumpAt === -1 ? undefined : process.argv[dumpAt + 1];

const firstSeed = option('first-seed', 1);
const seeds = option('seeds', 3);
const perFile = option('per-file', 5);
const perFixture = option('per-fixture', 200);
const sample = option('sample', 10_000);
const large = option('large', 1) !== 0;

/** A hang guard per call, not a timing target: at 10 MB a full analysis takes seconds. */
const BOUND_MS_PER_MB = 5000;
const largeInputs = (): FuzzInput[] =>
  [1, 10].flatMap((mb) => [
    { name: `generated ${mb} MB legacy JSON`, format: 'json' as const, text: jsonTemplate(mb * 1024 * 1024) },
    { name: `generated ${mb} MB HCL2`, format: 'hcl' as const, text: hclTemplate(mb * 1024 * 1024) },
  ]);

const all: Problem[] = [];
let calls = 0;
let mutations = 0;
let maxMs = 0;
let maxWhat = '';
const started = Date.now();
for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
  const harness = new Harness(2000);
  const random = new Random(seed * 7919);
  const corpus = existsSync(join(CORPUS, 'INDEX.tsv')) ? corpusInputs(CORPUS, random, sample) : [];
  fuzz(harness, random, fixtureInputs(FIXTURES), corpus, { perFixture, perCorpusFile: perFile });
  const harnesses = [harness];
  if (large) {
    for (const input of largeInputs()) {
      const sized = new Harness(Math.max(2000, (BOUND_MS_PER_MB * input.text.length) / 1024 / 1024), 1);
      fuzz(sized, random, [], [input], { perFixture: 0, perCorpusFile: 1 });
      harnesses.push(sized);
    }
  }
  for (const h of harnesses) {
    all.push(...h.problems);
    calls += h.figures.calls;
    mutations += h.figures.mutations;
    if (h.figures.maxCallMs > maxMs) {
      maxMs = h.figures.maxCallMs;
      maxWhat = h.figures.maxCallWhat;
    }
  }
  const sum = (f: (h: Harness) => number) => harnesses.reduce((total, h) => total + f(h), 0);
  console.log(
    `seed ${seed}: ${sum((h) => h.figures.mutations)} texts, ${sum((h) => h.figures.calls)} calls, ${sum((h) => h.problems.length)} problems`,
  );
}
const groups = new Map<string, Problem[]>();
for (const p of all) groups.set(`${p.kind} ${p.code}`, [...(groups.get(`${p.kind} ${p.code}`) ?? []), p]);
for (const [key, problems] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n${key} x${problems.length}\n  ${describeProblem(problems[0]!).replace(/\n/g, '\n  ')}`);
}
if (dump !== undefined) {
  mkdirSync(dump, { recursive: true });
  all.forEach((p, i) => {
    writeFileSync(join(dump, `${i}-${p.kind}.txt`), `${describeProblem(p)}\n`);
    writeFileSync(join(dump, `${i}.input`), p.text);
  });
}
console.log(
  `\n${mutations} texts, ${calls} calls, ${all.length} problems in ${groups.size} groups, ${Date.now() - started} ms; slowest call ${maxMs.toFixed(0)} ms: ${maxWhat}`,
);
process.exitCode = all.length === 0 ? 0 : 1;
