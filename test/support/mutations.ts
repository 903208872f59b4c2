/**
 * Seeded mutations of a template's text, the edits a person makes while typing or pasting: cut
 * short, a range deleted or duplicated, stray characters (punctuation, curly quotes, look-alikes,
 * invisible characters, emoji, lone surrogates, NUL), lines swapped, a huge pasted string, deep
 * nesting. Deterministic: the same seed gives the same mutations.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../server/src/service/service';
import { parseHcl, type Block, type BodyItem } from '../../server/src/service/parsing/hcl/index';
import { repairJsonText } from '../../server/src/service/parsing/jsonRepair';
import type { DocumentInput } from '../../server/src/service/document';
import { editingCalls } from './editingProbe';

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** `count` distinct items (fewer if there are fewer), in a seeded order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  }
}

/** What a person types or pastes by mistake, one "character" (possibly two code units) each. */
export const STRAY_CHARACTERS: readonly string[] = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  "'",
  '`',
  ',',
  ':',
  '=',
  '$',
  '%',
  '\\',
  '\n',
  '\t',
  '\r\n',
  '\r',
  '#',
  '/',
  '*',
  '<',
  '>',
  '.',
  '-',
  '!',
  '?',
  '&',
  '|',
  ' ',
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019', // “ ” ‘ ’
  '\u2212', // minus sign
  '\u2013', // en dash
  '\u00a0', // no-break space
  '\u200b', // zero-width space
  '\ufeff', // byte order mark
  '\u2028', // line separator
  '\ud83d\ude80', // 🚀 (astral)
  '\ud834\udd1e', // 𝄞
  '\ud83d', // lone high surrogate
  '\ude00', // lone low surrogate
  '\u0000', // NUL
  '${',
  '%{',
  '{{',
  '}}',
  '<<EOF\n',
  '\\u',
  'é',
];

export interface Mutation {
  /** What was done, with offsets: enough to reproduce it by hand. */
  name: string;
  text: string;
}

type Mutator = (text: string, random: Random) => Mutation;

function offset(text: string, random: Random): number {
  return random.int(text.length + 1);
}

function range(text: string, random: Random, maxLength = 200): [number, number] {
  const start = offset(text, random);
  const end = Math.min(text.length, start + random.int(maxLength) + 1);
  return [start, end];
}

const truncate: Mutator = (text, random) => {
  const at = offset(text, random);
  return { name: `truncate at ${at}`, text: text.slice(0, at) };
};

const deleteRange: Mutator = (text, random) => {
  const [start, end] = range(text, random);
  return { name: `delete ${start}..${end}`, text: text.slice(0, start) + text.slice(end) };
};

const duplicateRange: Mutator = (text, random) => {
  const [start, end] = range(text, random);
  return { name: `duplicate ${start}..${end}`, text: text.slice(0, end) + text.slice(start, end) + text.slice(end) };
};

const insertCharacters: Mutator = (text, random) => {
  let result = text;
  const inserted: string[] = [];
  const count = 1 + random.int(4);
  for (let i = 0; i < count; i++) {
    const at = offset(result, random);
    const char = random.pick(STRAY_CHARACTERS);
    inserted.push(`${JSON.stringify(char)}@${at}`);
    result = result.slice(0, at) + char + result.slice(at);
  }
  return { name: `insert ${inserted.join(' ')}`, text: result };
};

const replaceCharacter: Mutator = (text, random) => {
  if (text.length === 0) return insertCharacters(text, random);
  const at = random.int(text.length);
  const char = random.pick(STRAY_CHARACTERS);
  return { name: `replace @${at} with ${JSON.stringify(char)}`, text: text.slice(0, at) + char + text.slice(at + 1) };
};

/** Every straight quote (or a few) replaced by curly ones: the web-page paste. */
const curlyQuotes: Mutator = (text, random) => {
  let open = true;
  const every = random.next() < 0.5;
  const result = text.replace(/"/g, (quote) => {
    if (!every && random.next() < 0.8) return quote;
    const curly = open ? '\u201c' : '\u201d';
    open = !open;
    return curly;
  });
  return { name: every ? 'curly quotes everywhere' : 'some curly quotes', text: result };
};

const swapLines: Mutator = (text, random) => {
  const lines = text.split('\n');
  if (lines.length < 2) return truncate(text, random);
  const a = random.int(lines.length);
  const b = random.int(lines.length);
  [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  return { name: `swap lines ${a} and ${b}`, text: lines.join('\n') };
};

/** A string's content replaced with 100 KB (the first string after a random offset). */
const hugeString: Mutator = (text, random) => {
  const from = offset(text, random);
  const open = text.indexOf('"', from);
  const close = open === -1 ? -1 : text.indexOf('"', open + 1);
  const huge = 'x'.repeat(50_000) + ' {{user `a`}} ${var.b} '.repeat(10) + 'y'.repeat(50_000);
  if (close === -1) return { name: 'append a 100 KB string', text: `${text}"${huge}"` };
  return { name: `100 KB string at ${open}`, text: text.slice(0, open + 1) + huge + text.slice(close) };
};

/** 5,000 levels of `[` or `{` (closed or not) pasted at a random offset. */
const deepNesting: Mutator = (text, random) => {
  const at = offset(text, random);
  const open = random.pick(['[', '{', '(', '[{"a":', '{a = [', '${']);
  const closer: Record<string, string> = { '[': ']', '{': '}', '(': ')', '[{"a":': '}]', '{a = [': ']}', '${': '}' };
  const closed = random.next() < 0.5;
  const nest = open.repeat(5000) + (closed ? (closer[open] ?? '').repeat(5000) : '');
  return {
    name: `5000 x ${JSON.stringify(open)}${closed ? ' closed' : ''} at ${at}`,
    text: text.slice(0, at) + nest + text.slice(at),
  };
};

/** Pasted text from elsewhere in the same template. */
const pasteElsewhere: Mutator = (text, random) => {
  const [start, end] = range(text, random, 400);
  const at = offset(text, random);
  const piece = text.slice(start, end);
  return { name: `paste ${start}..${end} at ${at}`, text: text.slice(0, at) + piece + text.slice(at) };
};

/** Typing mutations, weighted towards the common ones; the heavy ones (huge, deep) are rarer. */
const MUTATORS: ReadonlyArray<readonly [Mutator, number]> = [
  [truncate, 3],
  [deleteRange, 3],
  [duplicateRange, 2],
  [insertCharacters, 5],
  [replaceCharacter, 3],
  [curlyQuotes, 1],
  [swapLines, 2],
  [pasteElsewhere, 2],
  [hugeString, 0.4],
  [deepNesting, 0.4],
];
const TOTAL_WEIGHT = MUTATORS.reduce((sum, [, w]) => sum + w, 0);

export function mutate(text: string, random: Random): Mutation {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const [mutator, weight] of MUTATORS) {
    roll -= weight;
    if (roll < 0) return mutator(text, random);
  }
  return truncate(text, random);
}

/** One or (sometimes) two mutations in a row: a person rarely makes only one mistake. */
export function mutateOnceOrTwice(text: string, random: Random): Mutation {
  const first = mutate(text, random);
  if (random.next() < 0.7) return first;
  const second = mutate(first.text, random);
  return { name: `${first.name}; then ${second.name}`, text: second.text };
}

/** The heavy mutations on their own, each once per call: for inputs that must always see them. */
export function heavyMutations(text: string, random: Random): Mutation[] {
  return [hugeString(text, random), deepNesting(text, random)];
}

// ---------------------------------------------------------------------------------------------
// The harness: one mutated text through the language service, every invariant checked.
// ---------------------------------------------------------------------------------------------

export interface FuzzInput {
  name: string;
  text: string;
  format: 'json' | 'hcl' | 'hclvars';
}

export interface Problem {
  /** throw, slow, range, diagnostic, internal-error, edit-range, edit-overlap, format-lost-text, fix-adds-error, parser-*, repair-length */
  kind: string;
  /** The rule (diagnostic code) involved, or the call. */
  code: string;
  input: string;
  mutation: string;
  detail: string;
  /** The text that showed it (before the fix, for fix problems). */
  text: string;
}

export interface Figures {
  inputs: number;
  mutations: number;
  calls: number;
  maxCallMs: number;
  maxCallWhat: string;
  fixesApplied: number;
  parserRuns: number;
}

const FIX_ALL = 'source.fixAll.packer';

/** The rules that read a component's content: they speak once the component is recognised. */
const COMPONENT_CONTENT_RULES = [
  'duplicate-source',
  'missing-required-setting',
  'unknown-setting',
  'invalid-setting-value',
  'conflicting-settings',
  'deprecated-setting',
];

/**
 * Findings a correct fix may bring to light where it edits: a component type once corrected is
 * checked against its schema, which an unknown type could not be.
 */
const REVEALS: Record<string, string[]> = {
  'unknown-setting': ['invalid-setting-value', 'missing-required-setting', 'unknown-setting', 'conflicting-settings'],
  // A look-alike or invisible character replaced: the name it split or changed is read as written,
  // and a component type it was in (`amazon–ebs`, an en dash) is recognised, so its content is checked.
  'lookalike-character': [
    'unknown-block-type',
    'unknown-setting',
    'undefined-reference',
    'undefined-variable',
    ...COMPONENT_CONTENT_RULES,
  ],
  'unknown-component-type': COMPONENT_CONTENT_RULES,
  // A build's source reference corrected: the build now builds that source, so the settings of its
  // provisioners and of the source are checked where they were not.
  'undefined-reference': COMPONENT_CONTENT_RULES,
};

/**
 * Fixes that can rename an HCL2 block's type (`sourc` → `source`, or a zero-width space removed from
 * `v​ariable`). The block is then read for what it is, and the findings of its own content (a
 * required setting missing, a second declaration of the same name) were there all along: they are
 * expected inside that one block, and only those rules, never a syntax error or anything outside it.
 */
const RENAMES_BLOCK = ['unknown-block-type', 'lookalike-character'];
// A build block read for what it is has its sources checked too (`uild {` renamed to `build {`).
const RENAMED_BLOCK_REVEALS = [...COMPONENT_CONTENT_RULES, 'undefined-reference'];

/**
 * The block of the fixed text whose type name the fix edited, when that type differs from what
 * stood at the same place before (a real rename, not an edit elsewhere in a block's header).
 */
function renamedBlock(
  before: string,
  after: string,
  edited: { before: Array<[number, number]>; after: Array<[number, number]> },
): { start: number; end: number; codes: string[] } | undefined {
  const touches = (places: Array<[number, number]>, b: Block) =>
    places.some(([s, e]) => b.typeRange.start <= e && s <= b.typeRange.end);
  const block = blocksOf(after).find((b) => touches(edited.after, b));
  if (block === undefined) return undefined;
  // Before the fix, the type at that place was another word (or no block was read there at all).
  if (blocksOf(before).some((b) => touches(edited.before, b) && b.type === block.type)) return undefined;
  return { start: block.range.start, end: block.range.end, codes: RENAMED_BLOCK_REVEALS };
}

/** Every block of an HCL2 text, nested ones included. */
function blocksOf(text: string): Block[] {
  const found: Block[] = [];
  const visit = (items: BodyItem[]) => {
    for (const item of items) {
      if (item.kind !== 'block') continue;
      found.push(item);
      visit(item.body.items);
    }
  };
  visit(parseHcl(text).body.items);
  return found;
}

interface Disk {
  files: Map<string, string>;
}

function positionInside(lines: string[], p: Position): boolean {
  const line = lines[p.line];
  return (
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    line !== undefined &&
    p.character >= 0 &&
    p.character <= line.length
  );
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** The lines as TextDocument counts them (\r\n, \r, \n), without their ends. */
function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : String((d.message as { value?: unknown }).value);
}

function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function describe(range: { start: Position; end: Position }): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export class Harness {
  readonly figures: Figures = {
    inputs: 0,
    mutations: 0,
    calls: 0,
    maxCallMs: 0,
    maxCallWhat: '',
    fixesApplied: 0,
    parserRuns: 0,
  };
  readonly problems: Problem[] = [];
  private readonly disk: Disk = { files: new Map() };
  private readonly service: LanguageService;
  private serial = 0;
  private current = { input: '', mutation: '', text: '' };

  constructor(
    private readonly boundMs = 2000,
    /** Preferred quick fixes checked one by one per text (all are checked for edit ranges). */
    private readonly fixesPerText = 4,
  ) {
    this.service = this.fresh();
  }

  /** A service over the harness's virtual disk. */
  private fresh(): LanguageService {
    const files = this.disk.files;
    const dirname = (p: string) => p.slice(0, p.lastIndexOf('/')) || '/';
    return createLanguageService({
      readText: (p) => files.get(p),
      listDirectory: (dir) => {
        const names = [...files.keys()].filter((p) => dirname(p) === dir).map((p) => p.slice(dir.length + 1));
        return names.length > 0 ? names : undefined;
      },
    });
  }

  private report(kind: string, code: string, detail: string, text = this.current.text): void {
    this.problems.push({ kind, code, detail, text, input: this.current.input, mutation: this.current.mutation });
  }

  /** Runs `call`, timed; a throw or a call over the bound is a problem. */
  private timed<T>(what: string, call: () => T): T | undefined {
    this.figures.calls++;
    const started = process.hrtime.bigint();
    let result: T | undefined;
    try {
      result = call();
    } catch (error) {
      this.report(
        'throw',
        what,
        error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error),
      );
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (ms > this.figures.maxCallMs) {
      this.figures.maxCallMs = ms;
      this.figures.maxCallWhat = `${what} on ${this.current.input} (${this.current.mutation}, ${this.current.text.length} chars)`;
    }
    if (ms > this.boundMs) this.report('slow', what, `${ms.toFixed(0)} ms (bound ${this.boundMs} ms)`);
    return result;
  }

  /** Checks one text of `input`'s format, and every fix offered on it. */
  check(input: FuzzInput, mutation: Mutation): void {
    this.figures.mutations++;
    this.current = { input: input.name, mutation: mutation.name, text: mutation.text };
    const folder = `/virtual/f${this.serial++}`;
    const name =
      input.format === 'json' ? 'template.json' : input.format === 'hcl' ? 'template.pkr.hcl' : 'values.pkrvars.hcl';
    const file = `${folder}/${name}`;
    const uri = `file://${file}`;
    const languageId = input.format === 'json' ? 'packer-json' : input.format === 'hcl' ? 'packer' : 'packer-vars';
    this.disk.files.clear();
    this.disk.files.set(file, mutation.text);
    this.disk.files.set(`${folder}/scripts/setup.sh`, '#!/bin/sh\nsudo apt-get update\n');
    if (input.format === 'hclvars')
      this.disk.files.set(`${folder}/variables.pkr.hcl`, 'variable "region" {\n  type = string\n}\n');

    let version = 1;
    const doc = (text: string) => ({ uri, languageId, version: version++, text });

    const original = doc(mutation.text);
    const diagnostics = this.validate(original, 'validate');
    if (diagnostics === undefined) return;
    if (input.format !== 'json') this.checkIncremental(input.text, original, diagnostics, doc);

    if (input.format === 'json') {
      const formatted = this.timed('format', () => this.service.format(original, { tabSize: 2, insertSpaces: true }));
      if (formatted !== undefined && 'edits' in formatted && formatted.edits.length > 0) {
        const after = this.applyChecked(original.text, formatted.edits, 'format');
        if (after !== undefined && after.replace(/\s/g, '') !== original.text.replace(/\s/g, '')) {
          this.report('format-lost-text', 'format', 'formatting changed more than whitespace');
        }
      }
    }
    if (input.format === 'hcl') this.checkHclFormat(original);
    if (input.format === 'json') {
      const converted = this.timed('convertToHcl', () => this.service.convertToHcl(original));
      if (converted !== undefined && 'text' in converted && parseHcl(converted.text).diagnostics.length > 0)
        this.report('convert-syntax', 'convertToHcl', 'the converted configuration does not parse as HCL2');
    }
    this.checkEditing(original);
    this.timed('buildNames', () => this.service.buildNames(original));

    const actions = this.timed('codeActions', () => this.service.codeActions(original, diagnostics, undefined));
    const both = this.timed('codeActions(only)', () =>
      this.service.codeActions(original, diagnostics, ['quickfix', FIX_ALL]),
    );
    if (actions === undefined || both === undefined) return;
    if (both.length !== actions.length)
      this.report(
        'actions',
        'codeActions',
        `only=[quickfix, fixAll] gave ${both.length} actions, all ${actions.length}`,
      );

    let checkedFixes = 0;
    for (const action of actions) {
      // A fix that renames this file (var-file-named-as-config) changes no text of it: check the rename only.
      const renames = (action.edit?.documentChanges ?? []).filter((c) => 'kind' in c && c.kind === 'rename');
      if (renames.length > 0) {
        const wellFormed = renames.every(
          (r) => 'oldUri' in r && r.oldUri === uri && r.newUri.startsWith(uri.slice(0, uri.lastIndexOf('/') + 1)),
        );
        if (!wellFormed || action.kind === FIX_ALL)
          this.report('edit-range', action.title, `a rename of another file: ${JSON.stringify(action.edit)}`);
        continue;
      }
      const edits = action.edit?.changes?.[uri];
      if (edits === undefined) {
        this.report(
          'edit-range',
          action.title,
          `action without edits for the document: ${JSON.stringify(action.edit)}`,
        );
        continue;
      }
      const after = this.applyChecked(original.text, edits, action.title);
      if (after === undefined) continue;
      const isFixAll = action.kind === FIX_ALL;
      const preferred = action.isPreferred === true && action.diagnostics?.length === 1;
      if (!isFixAll && !(preferred && checkedFixes < this.fixesPerText)) continue;
      if (!isFixAll) checkedFixes++;
      this.figures.fixesApplied++;
      const fixed = this.validate(doc(after), `validate after "${action.title}"`, after);
      if (fixed === undefined || isFixAll) continue;
      this.checkFixEffect(original.text, diagnostics, action.diagnostics![0]!, edits, after, fixed);
    }
    this.service.forget(uri);
  }

  /**
   * An analysis after an edit (which may read only the edited block again and carry the other
   * blocks' findings over) must equal a full one. The document goes back to the text before the
   * mutation and then forward to the mutated text again, as if typed; `full` is the mutated text's
   * analysis from scratch (the first on its URI).
   */
  private checkIncremental(
    before: string,
    after: DocumentInput,
    full: Diagnostic[],
    next: (text: string) => DocumentInput,
  ): void {
    if (before === after.text) return;
    if (this.validate(next(before), 'validate (before the edit)', before) === undefined) return;
    const incremental = this.validate(next(after.text), 'validate (after the edit)');
    if (incremental === undefined) return;
    this.compareWithFull(incremental, full);
  }

  /**
   * A user typing inside the blocks of `input`: `edits` small edits in a row on one open document
   * (characters typed, deleted or replaced, lines deleted or duplicated), each analysis compared
   * with a full one by a new service. Most leave the file clean, so the analysis after each reads
   * only the edited block again and carries the other blocks' findings over.
   */
  checkTyping(input: FuzzInput, random: Random, edits: number): void {
    if (input.format === 'json') return;
    const folder = `/virtual/t${this.serial++}`;
    const file = `${folder}/${input.format === 'hcl' ? 'template.pkr.hcl' : 'values.pkrvars.hcl'}`;
    const uri = `file://${file}`;
    const languageId = input.format === 'hcl' ? 'packer' : 'packer-vars';
    this.disk.files.clear();
    this.disk.files.set(`${folder}/scripts/setup.sh`, '#!/bin/sh\nsudo apt-get update\n');
    let version = 1;
    let text = input.text;
    // The last text that read without a syntax error: after one that does not, the user undoes.
    let clean = parseHcl(text).diagnostics.length === 0 ? text : undefined;
    for (let i = 0; i <= edits; i++) {
      if (i > 0) {
        const undo = clean !== undefined && clean !== text;
        const edit = undo ? { text: clean ?? text, name: 'undo' } : editInsideBlock(text, random);
        if (edit === undefined) return;
        text = edit.text;
        if (!undo && parseHcl(text).diagnostics.length === 0) clean = text;
        this.current = { input: input.name, mutation: `typing ${i}: ${edit.name}`, text };
      } else this.current = { input: input.name, mutation: 'typing 0', text };
      this.figures.mutations++;
      this.disk.files.set(file, text);
      const typed = this.validate({ uri, languageId, version: version++, text }, 'validate (typing)');
      const full = this.timed('validate (full)', () => this.fresh().validate({ uri, languageId, version: 1, text }));
      if (typed === undefined || full === undefined) return;
      this.compareWithFull(typed, full);
      // The same version checked again (as fix-all does) reuses the findings of the same reading.
      const again = this.validate({ uri, languageId, version: version - 1, text }, 'validate (again)');
      if (again !== undefined) this.compareWithFull(again, full);
    }
  }

  private compareWithFull(incremental: Diagnostic[], full: Diagnostic[]): void {
    const canonical = (d: Diagnostic) => JSON.stringify({ ...d, data: { ...(d.data as object), version: 0 } });
    const expected = full.map(canonical);
    const got = incremental.map(canonical);
    const missing = expected.filter((d) => !got.includes(d));
    const extra = got.filter((d) => !expected.includes(d));
    if (missing.length > 0 || extra.length > 0 || expected.join() !== got.join())
      this.report(
        'incremental',
        String((JSON.parse(missing[0] ?? extra[0] ?? '{"code":"order"}') as { code?: unknown }).code),
        `after the edit, ${extra.length} diagnostics more and ${missing.length} fewer than a full analysis` +
          (missing[0] !== undefined ? `; missing: ${missing[0].slice(0, 300)}` : '') +
          (extra[0] !== undefined ? `; extra: ${extra[0].slice(0, 300)}` : ''),
      );
  }

  private validate(
    input: { uri: string; languageId: string; version: number; text: string },
    what: string,
    text = input.text,
  ): Diagnostic[] | undefined {
    const diagnostics = this.timed(what, () => this.service.validate(input));
    if (diagnostics === undefined) return undefined;
    const lines = linesOf(text);
    for (const d of diagnostics) {
      const code = typeof d.code === 'string' ? d.code : String(d.code);
      if (
        !positionInside(lines, d.range.start) ||
        !positionInside(lines, d.range.end) ||
        !before(d.range.start, d.range.end)
      ) {
        this.report(
          'range',
          code,
          `${what}: diagnostic range ${describe(d.range)} outside a text of ${lines.length} lines: ${messageOf(d).slice(0, 120)}`,
          text,
        );
      }
      if (
        d.source !== 'packer' ||
        typeof d.code !== 'string' ||
        typeof d.message !== 'string' ||
        d.message.trim() === ''
      ) {
        this.report(
          'diagnostic',
          code,
          `${what}: source ${d.source}, code ${JSON.stringify(d.code)}, message ${JSON.stringify(d.message)}`,
          text,
        );
      }
      if (/Internal error/i.test(messageOf(d)))
        this.report('internal-error', code, `${what}: ${messageOf(d).slice(0, 300)}`, text);
    }
    return diagnostics;
  }

  /** Every editing request answers, in bound, with ranges and lines inside the text. */
  private checkEditing(input: DocumentInput): void {
    const lines = linesOf(input.text);
    for (const { what, call, rangesOf, linesOf: answerLines } of editingCalls(this.service, input)) {
      const answer = this.timed(what, call);
      if (answer === undefined) continue;
      for (const range of rangesOf(answer)) {
        if (!positionInside(lines, range.start) || !positionInside(lines, range.end) || !before(range.start, range.end))
          this.report('answer-range', what, `range ${describe(range)} outside the text (${lines.length} lines)`);
      }
      for (const line of answerLines?.(answer) ?? []) {
        if (line < 0 || line >= lines.length) this.report('answer-range', what, `line ${line} of ${lines.length}`);
      }
    }
  }

  /** The HCL2 formatter changes whitespace only, and formats its own output to itself. */
  private checkHclFormat(input: DocumentInput): void {
    const options = { tabSize: 2, insertSpaces: true };
    const formatted = this.timed('format', () => this.service.format(input, options));
    if (formatted === undefined || !('edits' in formatted) || formatted.edits.length === 0) return;
    const after = this.applyChecked(input.text, formatted.edits, 'format');
    if (after === undefined) return;
    if (after.replace(/\s/g, '') !== input.text.replace(/\s/g, ''))
      this.report('format-lost-text', 'format', 'HCL2 formatting changed more than whitespace');
    const again = this.timed('format again', () =>
      this.service.format({ ...input, version: -1, text: after }, options),
    );
    if (again !== undefined && 'edits' in again && again.edits.length > 0)
      this.report('format-unstable', 'format', 'formatting the formatted text changed it again', after);
  }

  /** Edits inside the text and not overlapping; returns the text after them. */
  private applyChecked(text: string, edits: TextEdit[], what: string): string | undefined {
    const lines = linesOf(text);
    let ok = true;
    for (const e of edits) {
      if (
        !positionInside(lines, e.range.start) ||
        !positionInside(lines, e.range.end) ||
        !before(e.range.start, e.range.end)
      ) {
        this.report(
          'edit-range',
          what,
          `edit ${describe(e.range)} -> ${JSON.stringify(e.newText.slice(0, 60))} outside the text (${lines.length} lines)`,
        );
        ok = false;
      }
    }
    if (!ok) return undefined;
    const sorted = [...edits].sort((a, b) =>
      before(a.range.start, b.range.start) ? (before(b.range.start, a.range.start) ? 0 : -1) : 1,
    );
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const next = sorted[i]!;
      const touching =
        prev.range.end.line === next.range.start.line && prev.range.end.character === next.range.start.character;
      if (!before(prev.range.end, next.range.start) && !touching) {
        this.report('edit-overlap', what, `edits ${describe(prev.range)} and ${describe(next.range)} overlap`);
        return undefined;
      }
    }
    const document = TextDocument.create('file:///x', 'text', 1, text);
    try {
      return TextDocument.applyEdits(document, edits);
    } catch (error) {
      this.report('edit-overlap', what, `applyEdits threw: ${String(error)}`);
      return undefined;
    }
  }

  /**
   * After a preferred fix of `fixedDiagnostic`, no error of a different rule may appear at the
   * place it edited (an error that was not there before, by code and message).
   */
  private checkFixEffect(
    text: string,
    beforeDiagnostics: Diagnostic[],
    fixedDiagnostic: Diagnostic,
    edits: TextEdit[],
    after: string,
    afterDiagnostics: Diagnostic[],
  ): void {
    const beforeDoc = TextDocument.create('file:///x', 'text', 1, text);
    const afterDoc = TextDocument.create('file:///x', 'text', 1, after);
    // The edited places in the new text.
    const spans = edits
      .map((e) => ({
        start: beforeDoc.offsetAt(e.range.start),
        end: beforeDoc.offsetAt(e.range.end),
        newText: e.newText,
      }))
      .sort((a, b) => a.start - b.start);
    const places: Array<[number, number]> = [];
    let shift = 0;
    for (const s of spans) {
      places.push([s.start + shift, s.start + shift + s.newText.length]);
      shift += s.newText.length - (s.end - s.start);
    }
    // Counted by rule: a fix may change one syntax error into another of the same rule.
    const count = (ds: Diagnostic[]) => {
      const counts = new Map<string, number>();
      for (const d of ds)
        if (d.severity === DiagnosticSeverity.Error) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
      return counts;
    };
    const had = count(beforeDiagnostics);
    const has = count(afterDiagnostics);
    const fixedCode = String(fixedDiagnostic.code);
    const beforeMessages = new Set(beforeDiagnostics.map((d) => `${String(d.code)}\u0000${messageOf(d)}`));
    const persists = afterDiagnostics.some(
      (d) => d.code === fixedDiagnostic.code && messageOf(d) === messageOf(fixedDiagnostic),
    );
    const renamed = RENAMES_BLOCK.includes(fixedCode)
      ? renamedBlock(text, after, { before: spans.map((e): [number, number] => [e.start, e.end]), after: places })
      : undefined;
    for (const d of afterDiagnostics) {
      const code = String(d.code);
      if (d.severity !== DiagnosticSeverity.Error || code === fixedCode) continue;
      // A new error of a rule, or (when the fixed finding is still there) a new message of one.
      const more = (has.get(code) ?? 0) > (had.get(code) ?? 0);
      if (!more && !(persists && !beforeMessages.has(`${code}\u0000${messageOf(d)}`))) continue;
      if (REVEALS[fixedCode]?.includes(code) === true) continue;
      const start = afterDoc.offsetAt(d.range.start);
      const end = afterDoc.offsetAt(d.range.end);
      if (!places.some(([s, e]) => start <= e && s <= end)) continue;
      if (renamed?.codes.includes(code) === true && renamed.start <= start && end <= renamed.end) continue;
      this.report(
        'fix-adds-error',
        `${fixedCode} -> ${code}`,
        `fixing "${messageOf(fixedDiagnostic).slice(0, 100)}" at ${describe(fixedDiagnostic.range)} with ${JSON.stringify(edits.map((e) => [describe(e.range), e.newText.slice(0, 60)]))} adds "${messageOf(d).slice(0, 160)}" at ${describe(d.range)}`,
      );
    }
  }

  /** The HCL2 parser alone, and the JSON repair: no throw, ranges inside and ordered, same length. */
  checkParsers(mutation: Mutation): void {
    this.current = { ...this.current, mutation: mutation.name, text: mutation.text };
    const text = mutation.text;
    this.figures.parserRuns++;
    const parsed = this.timed('parseHcl', () => parseHcl(text));
    if (parsed !== undefined) {
      const bad = checkNodeRanges(parsed, text.length);
      if (bad !== undefined) this.report('parser-range', 'parseHcl', bad);
    }
    const repaired = this.timed('repairJsonText', () => repairJsonText(text));
    if (repaired !== undefined && repaired.text.length !== text.length) {
      this.report(
        'repair-length',
        'repairJsonText',
        `output ${repaired.text.length} chars for an input of ${text.length}`,
      );
    }
  }
}

/** Every object with numeric start/end (the tree's nodes, diagnostics, comments): 0 <= start <= end <= length. */
export function checkNodeRanges(root: unknown, length: number): string | undefined {
  const seen = new Set<object>();
  const stack: Array<[unknown, string]> = [[root, '']];
  while (stack.length > 0) {
    const [value, where] = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    const node = value as { start?: unknown; end?: unknown; range?: unknown };
    if (typeof node.start === 'number' && typeof node.end === 'number') {
      if (!(node.start >= 0 && node.start <= node.end && node.end <= length)) {
        return `${where || 'root'} (${(value as { kind?: string }).kind ?? '?'}) has range ${node.start}..${node.end} in a text of ${length}`;
      }
    }
    for (const [k, child] of Object.entries(value)) {
      if (typeof child === 'object' && child !== null) stack.push([child, `${where}.${k}`]);
    }
    // Getter ranges (nameRange, labelRanges...) of the node classes.
    let proto: object | null = Object.getPrototypeOf(value) as object | null;
    while (proto !== null && proto !== Object.prototype && proto !== Array.prototype) {
      for (const [k, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
        if (descriptor.get !== undefined && /range/i.test(k)) {
          const got: unknown = (value as Record<string, unknown>)[k];
          if (typeof got === 'object' && got !== null) stack.push([got, `${where}.${k}`]);
        }
      }
      proto = Object.getPrototypeOf(proto) as object | null;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Inputs and the run.
// ---------------------------------------------------------------------------------------------

export function fixtureInputs(fixtures: string): FuzzInput[] {
  return [
    { name: 'fixtures/lab/packer_configuration.json', format: 'json' as const },
    { name: 'fixtures/lab-hcl/packer.pkr.hcl', format: 'hcl' as const },
  ].map((f) => ({ ...f, text: readFileSync(join(fixtures, f.name.replace(/^fixtures\//, '')), 'utf8') }));
}

export function corpusInputs(corpus: string, random: Random, perFormat: number): FuzzInput[] {
  const lines = readFileSync(join(corpus, 'INDEX.tsv'), 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const pathColumn = header.indexOf('path');
  const formatColumn = header.indexOf('format');
  const rows = lines
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
  const of = (format: string, as: FuzzInput['format'], count: number): FuzzInput[] =>
    random
      .sample(
        rows.filter((r) => r[formatColumn] === format),
        count,
      )
      .map((r) => ({ name: r[pathColumn]!, format: as, text: readFileSync(join(corpus, r[pathColumn]!), 'utf8') }));
  return [
    ...of('legacy-json', 'json', perFormat),
    ...of('hcl2', 'hcl', perFormat),
    ...of('pkrvars-hcl', 'hclvars', Math.ceil(perFormat / 4)),
  ];
}

/** An edit strictly inside a random top-level block, as typing makes them; undefined when there is none. */
export function editInsideBlock(text: string, random: Random): { text: string; name: string } | undefined {
  const blocks = parseHcl(text).body.items.filter(
    (i): i is Block => i.kind === 'block' && i.closeBraceRange !== undefined,
  );
  const block = blocks[random.int(blocks.length)];
  if (block === undefined || block.closeBraceRange === undefined) return undefined;
  const from = block.openBraceRange.end;
  const to = block.closeBraceRange.start;
  if (to <= from) return undefined;
  const at = from + random.int(to - from);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd + 1);
  const typed = 'aZ_-.0"={}[] \n'[random.int(14)] ?? 'a';
  const insert = { text: text.slice(0, at) + typed + text.slice(at), name: `type ${JSON.stringify(typed)} at ${at}` };
  // A whole line only when the block's first line (its header) is not in it.
  const lineEditable = lineStart > from && lineEnd !== -1 && lineEnd < to;
  switch (random.int(5)) {
    case 0:
      return insert;
    case 1:
      return { text: text.slice(0, at) + text.slice(at + 1), name: `delete at ${at}` };
    case 2:
      return {
        text: text.slice(0, at) + typed + text.slice(at + 1),
        name: `replace at ${at} with ${JSON.stringify(typed)}`,
      };
    case 3:
      return !lineEditable
        ? insert
        : { text: text.slice(0, lineStart) + text.slice(lineStart + line.length), name: `delete line at ${lineStart}` };
    default:
      return !lineEditable
        ? insert
        : { text: text.slice(0, lineStart) + line + text.slice(lineStart), name: `duplicate line at ${lineStart}` };
  }
}

/** Every fixture gets the heavy mutations and `perFixture` typing ones; each corpus file `perCorpusFile`. */
export function fuzz(
  harness: Harness,
  random: Random,
  fixtures: FuzzInput[],
  corpus: FuzzInput[],
  options: { perFixture: number; perCorpusFile: number },
): void {
  for (const input of fixtures) {
    harness.figures.inputs++;
    for (const mutation of heavyMutations(input.text, random)) {
      harness.check(input, mutation);
      harness.checkParsers(mutation);
    }
    for (let i = 0; i < options.perFixture; i++) {
      const mutation = mutateOnceOrTwice(input.text, random);
      harness.check(input, mutation);
      harness.checkParsers(mutation);
    }
  }
  for (const input of corpus) {
    harness.figures.inputs++;
    for (let i = 0; i < options.perCorpusFile; i++) {
      const mutation = mutateOnceOrTwice(input.text, random);
      harness.check(input, mutation);
      if (input.format !== 'json' || i === 0) harness.checkParsers(mutation);
    }
    harness.checkTyping(input, random, options.perCorpusFile);
  }
}

export function describeProblem(p: Problem): string {
  const sample =
    p.text.length > 300 ? `${JSON.stringify(p.text.slice(0, 300))}… (${p.text.length} chars)` : JSON.stringify(p.text);
  return `[${p.kind}] ${p.code}: ${p.detail}\n    input ${p.input}, mutation ${p.mutation}\n    text ${sample}`;
}
