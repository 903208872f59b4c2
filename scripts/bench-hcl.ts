/**
 * How fast the HCL2 parser reads a large, realistic Packer template, and how much memory its tree
 * keeps, with jsonc-parser's parseTree on a JSON text of the same size as the peer measured in the
 * same run (machines here are shared and noisy: the ratio is the figure to trust). Medians of
 * several runs. Run with --expose-gc for the retained-heap figures:
 *
 *   npm run bench:hcl
 */
import { parseTree, type ParseError } from 'jsonc-parser';
import { parseHcl } from '../server/src/service/parsing/hcl/parser';
import { hclTemplate, jsonTemplate } from './benchTexts';
import { time } from './benchTiming';

const gc = (globalThis as { gc?: () => void }).gc;

/** Heap kept alive by what `work` returns, in bytes (needs --expose-gc to be meaningful). */
function retained(work: () => unknown): number {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const result = work();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  if (result === undefined) throw new Error('nothing parsed');
  return after - before;
}

const size = Number(process.argv[2] ?? 8) * 1024 * 1024;
const hcl = hclTemplate(size);
const json = jsonTemplate(hcl.length);
const mb = (n: number): number => n / 1024 / 1024;

const check = parseHcl(hcl);
if (check.diagnostics.length > 0)
  throw new Error(`the benchmark text has diagnostics: ${check.diagnostics[0]?.summary}`);

const hclMs = time(9, () => parseHcl(hcl));
const jsonMs = time(9, () => parseTree(json, [] as ParseError[]));
const hclHeap = retained(() => parseHcl(hcl));
const jsonHeap = retained(() => parseTree(json, [] as ParseError[]));

const rate = (bytes: number, ms: number): string => (mb(bytes) / (ms / 1000)).toFixed(1).padStart(6);
console.log(
  `HCL text ${mb(hcl.length).toFixed(1)} MB (${check.body.items.length} top-level blocks); JSON text ${mb(json.length).toFixed(1)} MB`,
);
console.log('                  median ms  MB/s   best ms  MB/s   tree kept');
for (const [name, text, ms, heap] of [
  ['parseHcl', hcl, hclMs, hclHeap],
  ['jsonc parseTree', json, jsonMs, jsonHeap],
] as const) {
  const line = `${name.padEnd(16)} ${ms.median.toFixed(0).padStart(8)} ${rate(text.length, ms.median)} ${ms.best.toFixed(0).padStart(8)} ${rate(text.length, ms.best)}   ${mb(heap).toFixed(0)} MB = ${(heap / text.length).toFixed(1)} × input`;
  console.log(line);
}
const perByte = (ms: number, text: string): number => ms / text.length;
console.log(
  `ratio: parseHcl takes ${(perByte(hclMs.median, hcl) / perByte(jsonMs.median, json)).toFixed(2)} × jsonc-parser's time per byte (best runs: ${(perByte(hclMs.best, hcl) / perByte(jsonMs.best, json)).toFixed(2)} ×) and keeps ${(hclHeap / hcl.length / (jsonHeap / json.length)).toFixed(2)} × its heap per byte`,
);
if (gc === undefined) console.log('(heap figures include garbage: run node with --expose-gc)');
