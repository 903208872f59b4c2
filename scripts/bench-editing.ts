/**
 * What each editing request costs on a large configuration, against a peer measured in the same run
 * on text of the same size: jsonc-parser parsing the JSON (what VS Code's own JSON support does on
 * every keystroke), and jsonc-parser formatting it for our formatters. "after an edit" is a request on
 * a version not seen before, so it pays for analysing the document (HCL2 files' parses are cached
 * by text); "warm" is the usual case, a request on the version whose diagnostics were just published.
 *
 *   npm run bench:editing [-- <KB>]      (default 256 KB)
 */
import { format as formatJsonText, parseTree, type ParseError } from 'jsonc-parser';
import type { DocumentInput } from '../server/src/service/document';
import { createLanguageService } from '../server/src/service/service';
import { hclTemplate, jsonTemplate } from './benchTexts';
import { median, time } from './benchTiming';

const size = Number(process.argv[2] ?? 256) * 1024;
const hcl = hclTemplate(size);
const json = jsonTemplate(hcl.length);

const service = createLanguageService({ readText: () => undefined, listDirectory: () => ['main.pkr.hcl'] });
let version = 0;
let warm = false;
/** A new version each time unless warm, so that a cold request is not served from a cache. */
const hclInput = (): DocumentInput => ({
  uri: 'file:///bench/main.pkr.hcl',
  version: warm ? version : ++version,
  languageId: 'packer',
  text: hcl,
});
const jsonInput = (): DocumentInput => ({
  uri: 'file:///bench/t.json',
  version: warm ? version : ++version,
  languageId: 'packer-json',
  text: json,
});

/** Offsets just after each `marker` (or `shift` characters into it), spread over the whole text. */
function offsetsOf(text: string, marker: string, shift = marker.length, count = 15): number[] {
  const all: number[] = [];
  for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) all.push(i + shift);
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, index) => index % step === 0).slice(0, count);
}

/** Median ms of one request over the given cursor offsets. */
function perRequest(offsets: number[], ask: (offset: number) => unknown): number {
  const samples = offsets.map((offset) => time(1, () => ask(offset)).median);
  return median(samples);
}

const peerParse = time(9, () => parseTree(json, [] as ParseError[])).median;
const peerFormat = time(5, () => formatJsonText(json, undefined, { tabSize: 2, insertSpaces: true })).median;

const options = { tabSize: 2, insertSpaces: true };
const measure = (): Array<[string, number, number]> => [
  ['HCL2 diagnostics', time(5, () => service.validate(hclInput())).median, peerParse],
  [
    'completion: settings',
    perRequest(offsetsOf(hcl, '  instance_type', 2), (o) => service.completion(hclInput(), o)),
    peerParse,
  ],
  ['completion: var.', perRequest(offsetsOf(hcl, '= var.'), (o) => service.completion(hclInput(), o)), peerParse],
  ['hover: setting', perRequest(offsetsOf(hcl, 'instance_type', 3), (o) => service.hover(hclInput(), o)), peerParse],
  ['hover: var.region', perRequest(offsetsOf(hcl, 'var.region', 5), (o) => service.hover(hclInput(), o)), peerParse],
  [
    'signature help',
    perRequest(offsetsOf(hcl, 'lookup(var.owners, '), (o) => service.signatureHelp(hclInput(), o)),
    peerParse,
  ],
  ['definition', perRequest(offsetsOf(hcl, 'var.region', 5), (o) => service.definition(hclInput(), o)), peerParse],
  [
    'references',
    perRequest(offsetsOf(hcl, 'var.region', 5, 3), (o) => service.references(hclInput(), o, true)),
    peerParse,
  ],
  ['document symbols', time(5, () => service.documentSymbols(hclInput())).median, peerParse],
  ['folding ranges', time(5, () => service.foldingRanges(hclInput())).median, peerParse],
  ['HCL2 format', time(5, () => service.format(hclInput(), options)).median, peerFormat],
  [
    'JSON completion',
    perRequest(offsetsOf(json, '"instance_type"', 1), (o) => service.completion(jsonInput(), o)),
    peerParse,
  ],
  ['JSON hover', perRequest(offsetsOf(json, '"instance_type"', 3), (o) => service.hover(jsonInput(), o)), peerParse],
  ['JSON format', time(5, () => service.format(jsonInput(), options)).median, peerFormat],
];

const cold = measure();
warm = true;
service.validate(hclInput());
service.validate(jsonInput());
const warmRows = measure();

console.log(`HCL2 text ${(hcl.length / 1024).toFixed(0)} KB; JSON text ${(json.length / 1024).toFixed(0)} KB`);
console.log(
  `peer: jsonc-parser parseTree ${peerParse.toFixed(1)} ms, format ${peerFormat.toFixed(1)} ms (same size, same run)`,
);
console.log('request                after an edit: ms  × peer    warm: ms  × peer');
for (const [index, [name, ms, peer]] of cold.entries()) {
  const warmMs = warmRows[index]?.[1] ?? NaN;
  const ratio = (n: number): string => `${(n / peer).toFixed(1).padStart(6)} ×`;
  console.log(
    `${name.padEnd(22)} ${ms.toFixed(1).padStart(17)} ${ratio(ms)} ${warmMs.toFixed(1).padStart(11)} ${ratio(warmMs)}`,
  );
}
