/**
 * Every request at 1 MB and 10 MB, in both formats: each must grow linearly (time at 10 MB at most
 * 12x time at 1 MB). Each request is asked on a version not seen before (an edit just made), so it
 * pays for analysing the document, as the first request after a keystroke does: in HCL2 the edit
 * lies inside the first block, so that analysis reads only that block again. A hover on an HCL2
 * document never seen before (a full analysis) is timed too, for the longest hold. Also: the longest
 * the server is held by one piece of work at 1 MB (a request, or one slice of a validation, which
 * yields between rules) against the 100 ms target, and the memory kept per open document (run with
 * --expose-gc: the heap after a gc, with the document analysed and cached, over its size).
 *
 *   node --expose-gc out/scripts/bench-requests.js [--max-mb 10]
 */
import type { DocumentInput } from '../server/src/service/document';
import { createLanguageService, type LanguageService } from '../server/src/service/service';
import { hclTemplate, jsonTemplate } from './benchTexts';
import { machineLoad, median } from './benchTiming';

const GROWTH_LIMIT = 12;
const HOLD_LIMIT_MS = 100;
const MEMORY_LIMIT = 10;

const maxMbAt = process.argv.indexOf('--max-mb');
const maxMb = maxMbAt === -1 ? 10 : Number(process.argv[maxMbAt + 1]);
const gc = (globalThis as { gc?: () => void }).gc;

type Format = 'legacy JSON' | 'HCL2';
const newService = () => createLanguageService({ readText: () => undefined, listDirectory: () => ['main.pkr.hcl'] });

let serial = 0;
/** A new version of the text, one name edited, so that nothing is served from a cache. */
function freshInput(format: Format, text: string): DocumentInput {
  const version = ++serial;
  const edited = text.replace('web-0', `web-0-${version}`);
  return format === 'HCL2'
    ? { uri: 'file:///bench/main.pkr.hcl', version, languageId: 'packer', text: edited }
    : { uri: 'file:///bench/t.json', version, languageId: 'packer-json', text: edited };
}

const msOf = (work: () => unknown): number => {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** The requests an editor sends, each on a fresh version; the cursor on a setting in the middle. */
function requests(service: LanguageService, format: Format, text: string): Array<[string, () => unknown]> {
  const middle = text.indexOf('instance_type', Math.floor(text.length / 2)) + 3;
  const options = { tabSize: 2, insertSpaces: true };
  return [
    ['diagnostics', () => service.validate(freshInput(format, text))],
    ['completion', () => service.completion(freshInput(format, text), middle)],
    ['hover', () => service.hover(freshInput(format, text), middle)],
    ['document symbols', () => service.documentSymbols(freshInput(format, text))],
    ['folding ranges', () => service.foldingRanges(freshInput(format, text))],
    ['formatting', () => service.format(freshInput(format, text), options)],
    [
      'code actions',
      () => {
        const input = freshInput(format, text);
        const range = { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } };
        return service.codeActions(input, [{ range, message: 'x' }], ['quickfix', 'source.fixAll.packer']);
      },
    ],
  ];
}

/** The longest step of a validation driven as the server drives it (yielding between steps). */
function longestSlice(service: LanguageService, input: DocumentInput): number {
  const steps = service.validateStepwise(input);
  let longest = 0;
  for (;;) {
    const start = process.hrtime.bigint();
    const step = steps.next();
    longest = Math.max(longest, Number(process.hrtime.bigint() - start) / 1e6);
    if (step.done === true) return longest;
  }
}

/** Heap kept by one open, analysed document over its size. */
function memoryPerDocument(format: Format, text: string): number {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const service = newService();
  const input = freshInput(format, text);
  service.validate(input);
  gc?.();
  const kept = process.memoryUsage().heapUsed - before;
  service.forget(input.uri); // keeps `service` alive until after the measure
  return kept / input.text.length;
}

function main(): void {
  console.log(`Requests after an edit, 1 MB and 10 MB; ${machineLoad()}`);
  const sizes = [1, 10].filter((mb) => mb <= maxMb);
  let longestHold = { ms: 0, what: '' };
  const misses: string[] = [];
  for (const format of ['legacy JSON', 'HCL2'] as const) {
    const texts = sizes.map((mb) => {
      const bytes = mb * 1024 * 1024;
      return format === 'HCL2' ? hclTemplate(bytes) : jsonTemplate(bytes);
    });
    const service = newService();
    const rows = new Map<string, number[]>();
    for (const [index, text] of texts.entries()) {
      const runs = sizes[index] === 1 ? 9 : 4; // medians of several: one collection at 10 MB moves a single run by 2x
      for (const [name, work] of requests(service, format, text)) {
        work(); // warm up
        const ms = median(Array.from({ length: runs }, () => msOf(work)));
        rows.set(name, [...(rows.get(name) ?? []), ms]);
        if (sizes[index] === 1 && ms > longestHold.ms) longestHold = { ms, what: `${name} (${format})` };
      }
      if (sizes[index] === 1 && format === 'HCL2') {
        const middle = text.indexOf('instance_type', Math.floor(text.length / 2)) + 3;
        const hoverUnseen = () => {
          service.forget('file:///bench/main.pkr.hcl');
          return msOf(() => service.hover(freshInput(format, text), middle));
        };
        hoverUnseen(); // warm up, as every request above
        const unseen = median(Array.from({ length: 5 }, hoverUnseen));
        console.log(`${format}: hover on a 1 MB document never seen before (a full analysis) ${unseen.toFixed(0)} ms`);
        if (unseen > longestHold.ms) longestHold = { ms: unseen, what: `hover on a new document (${format})` };
      }
      if (sizes[index] === 1) {
        const slice = median(Array.from({ length: 3 }, () => longestSlice(service, freshInput(format, text))));
        if (slice > longestHold.ms) longestHold = { ms: slice, what: `a validation slice (${format})` };
        console.log(`${format}: longest validation slice at 1 MB ${slice.toFixed(0)} ms`);
      }
    }
    console.log(
      `${format.padEnd(12)} request          ${sizes.map((mb) => `${mb} MB ms`.padStart(10)).join('')}   growth`,
    );
    for (const [name, [at1, at10]] of rows) {
      const growth = at1 !== undefined && at10 !== undefined ? at10 / at1 : undefined;
      if (growth !== undefined && growth > GROWTH_LIMIT) misses.push(`${name} (${format}) grows ${growth.toFixed(1)}x`);
      console.log(
        `${''.padEnd(12)} ${name.padEnd(16)} ${[at1, at10].map((ms) => (ms === undefined ? '' : ms.toFixed(1).padStart(10))).join('')}   ${growth === undefined ? '' : `${growth.toFixed(1)}x`}`,
      );
    }
    for (const [index, text] of texts.entries()) {
      const perByte = memoryPerDocument(format, text);
      if (perByte > MEMORY_LIMIT) misses.push(`memory per ${format} document ${perByte.toFixed(1)}x`);
      console.log(`${format}: memory kept per open ${sizes[index]} MB document ${perByte.toFixed(1)}x its size`);
    }
  }
  if (longestHold.ms > HOLD_LIMIT_MS) misses.push(`longest hold ${longestHold.ms.toFixed(0)} ms`);
  console.log(
    `longest hold at 1 MB: ${longestHold.ms.toFixed(0)} ms, ${longestHold.what} (target ${HOLD_LIMIT_MS} ms)`,
  );
  if (gc === undefined) console.log('(memory figures include garbage: run node with --expose-gc)');
  console.log(`targets: ${misses.length === 0 ? 'met' : `missed: ${misses.join('; ')}`}; ${machineLoad()}`);
}

main();
