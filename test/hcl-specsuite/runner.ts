/**
 * Runs HCL's spec suite (specsuite/tests) against our parser, as HCL's own hclspecsuite does with
 * hcldec: for each `name.t`, the input `name.hcl` is parsed and decoded by `name.hcldec`, then its
 * diagnostics (exactly the expected ones: severity and range) or its value and type are checked.
 *
 * Skipped, and why:
 * - `*.hcl.json` inputs: HCL's JSON syntax, which this parser does not read (`.pkr.json` files go
 *   through the JSON parser);
 * - specs using hcldec features this runner does not implement (`default`, `transform`, `array`,
 *   `block_attrs`, functions): none in the suite at HCL 2.14, but a later suite may add some.
 * Schema checks (an argument the spec does not name) are done by the runner's small hcldec, as
 * hcldec does them; they test that decoder as much as the parser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ScopeTraversal } from '../../server/src/service/parsing/hcl/ast';
import { decode, readSpec, type SpecFile } from './hcldec';
import {
  forEachBodyExpression,
  LineIndex,
  parseHcl,
  references,
  type HclDiagnostic,
  type HclValue,
} from '../../server/src/service/parsing/hcl/index';
import { readTestFile, type ExpectedRange, type TestFile } from './testFile';
import { convert } from './types';
import { sameValue, traversalText } from './compare';

export interface CaseResult {
  /** The case's path under the suite, without extension, and which input. */
  name: string;
  status: 'pass' | 'fail' | 'skip';
  /** Why it failed or was skipped. */
  reasons: string[];
}

export function runSpecSuite(dir: string): CaseResult[] {
  const results: CaseResult[] = [];
  for (const testPath of testFiles(dir)) {
    const base = testPath.slice(0, -2);
    const name = relative(dir, base);
    let expectations: TestFile;
    let spec: SpecFile;
    try {
      expectations = readTestFile(parseValid(testPath).body);
    } catch (error) {
      results.push({ name, status: 'fail', reasons: [`the expectation file ${name}.t: ${String(error)}`] });
      continue;
    }
    try {
      spec = readSpec(parseValid(`${base}.hcldec`).body);
    } catch (error) {
      results.push({ name, status: 'skip', reasons: [`its spec: ${String(error)}`] });
      continue;
    }
    if (existsSync(`${base}.hcl`))
      results.push(runInput(`${name}.hcl`, readFileSync(`${base}.hcl`, 'utf8'), spec, expectations));
    if (existsSync(`${base}.hcl.json`))
      results.push({
        name: `${name}.hcl.json`,
        status: 'skip',
        reasons: ["HCL's JSON syntax, which this parser does not read"],
      });
  }
  return results;
}

/** The `.t` files in HCL's order: a directory's own files, then its subdirectories. */
function testFiles(dir: string): string[] {
  const entries = readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const own = entries.filter((name) => name.endsWith('.t')).map((name) => join(dir, name));
  const nested = entries
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .flatMap((name) => testFiles(join(dir, name)));
  return [...own, ...nested];
}

/** Suite files are valid HCL: our parser must read them without a diagnostic. */
function parseValid(path: string): ReturnType<typeof parseHcl> {
  const parsed = parseHcl(readFileSync(path, 'utf8'));
  if (parsed.diagnostics.length > 0)
    throw new Error(`our parser reported ${parsed.diagnostics.map((d) => d.summary).join('; ')}`);
  return parsed;
}

function runInput(name: string, text: string, spec: SpecFile, expected: TestFile): CaseResult {
  const parsed = parseHcl(text);
  const lines = new LineIndex(text);
  const reasons: string[] = [];
  if (expected.traversals !== undefined) reasons.push(...checkTraversals(parsed.body, lines, expected.traversals));
  // hcldec stops after syntax errors; only a clean parse is decoded.
  const decoded = parsed.diagnostics.length > 0 ? undefined : decode(parsed.body, spec);
  const diagnostics = decoded?.diagnostics ?? parsed.diagnostics;
  if (expected.diagnostics.length === 0) {
    for (const d of diagnostics) reasons.push(`unexpected diagnostic ${describe(d, lines)}`);
    if (decoded !== undefined && diagnostics.length === 0) reasons.push(...checkValue(decoded.value, expected));
  } else {
    const got = diagnostics.map((d) => `${d.severity} ${rangeText(lines, d.range.start, d.range.end)}`);
    const want = expected.diagnostics.map((d) => `${d.severity} ${expectedText(d.range)}`);
    for (const g of got) if (!want.includes(g)) reasons.push(`unexpected diagnostic ${g}`);
    for (const w of want) if (!got.includes(w)) reasons.push(`missing diagnostic ${w}`);
  }
  return { name, status: reasons.length === 0 ? 'pass' : 'fail', reasons };
}

function checkValue(value: HclValue, expected: TestFile): string[] {
  const converted = convert(value, expected.resultType);
  if (converted === undefined) return [`the result does not conform to the expected type`];
  if (expected.result === undefined) return [];
  const want = convert(expected.result, expected.resultType);
  if (want === undefined) return ['the expected result does not conform to its own type'];
  const difference = sameValue(converted, want);
  return difference === undefined ? [] : [`wrong result: ${difference}`];
}

function checkTraversals(
  body: ReturnType<typeof parseHcl>['body'],
  lines: LineIndex,
  expected: NonNullable<TestFile['traversals']>,
): string[] {
  const got: ScopeTraversal[] = [];
  forEachBodyExpression(body, (expression) => got.push(...references(expression)));
  const gotText = got.map((t) => `${traversalText(t)} ${rangeText(lines, t.range.start, t.range.end)}`);
  const wantText = expected.map(
    (e) => `${e.ref.kind === 'scopeTraversal' ? traversalText(e.ref) : '?'} ${expectedText(e.range)}`,
  );
  return [
    ...gotText.filter((g) => !wantText.includes(g)).map((g) => `unexpected traversal ${g}`),
    ...wantText.filter((w) => !gotText.includes(w)).map((w) => `missing traversal ${w}`),
  ];
}

function rangeText(lines: LineIndex, start: number, end: number): string {
  const from = lines.hclPosition(start);
  const to = lines.hclPosition(end);
  return `${from.line}:${from.column}(${from.byte})-${to.line}:${to.column}(${to.byte})`;
}

function expectedText(range: ExpectedRange): string {
  return `${range.from.line}:${range.from.column}(${range.from.byte})-${range.to.line}:${range.to.column}(${range.to.byte})`;
}

function describe(d: HclDiagnostic, lines: LineIndex): string {
  return `${d.severity} ${rangeText(lines, d.range.start, d.range.end)} ${d.summary}`;
}
