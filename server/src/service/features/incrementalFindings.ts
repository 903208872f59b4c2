/**
 * Re-checking only what an edit can change. After a one-character edit inside a block of a large
 * HCL2 file, the file is read again block-wise (parsing/hcl/reparse.ts); here the rules whose
 * findings are local to blocks (`meta.scope === 'block'`) check only the edited block and the blocks
 * tied to it, and their findings elsewhere are carried over from the previous run, moved by the
 * edit's length. The other rules run in full. Whenever anything else may have changed (another file
 * of the folder, the Packer in use, a declaration, a block's name), everything is checked again.
 * `npm run fuzz` compares this with a full check on every mutation it makes.
 */
import type { AnalysedDocument } from '../document';
import { sourceReferencesOf } from '../model/hcl/configuration';
import type { FileEdit, HclFile } from '../model/hcl/hclFile';
import type { Block, BodyItem } from '../parsing/hcl/ast';
import type { PackerSituation } from '../plugins/packerSituation';
import { inScope, type CheckScope } from '../rules/rule';
import { contains } from '../model/hcl/referenceResolution';
import type { Finding, Fix, OffsetRange } from '../types';

/** What a run leaves for the next one to reuse. */
export interface PreviousRun {
  reading: number;
  /** Everything else the findings depend on, as one comparable key. */
  context: string;
  findings: readonly Finding[];
}

/** The part of the next run that need not be redone. */
export interface Reuse {
  scope: CheckScope;
  /** Findings of block-scoped rules outside the scope, moved to the new text, by rule. */
  carried: ReadonlyMap<string, Finding[]>;
}

/** What, besides the file itself, a block-scoped rule's findings depend on. */
export function contextKey(document: AnalysedDocument, packer: PackerSituation): string | undefined {
  const hcl = document.hcl;
  if (hcl === undefined || hcl.file.reading === undefined) return undefined;
  const others = hcl.configuration.files.filter((f) => f.uri !== hcl.file.uri);
  if (others.some((f) => f.reading === undefined)) return undefined;
  return JSON.stringify([
    hcl.file.role,
    others.map((f) => [f.uri, f.reading, f.role]),
    packer.packerVersion?.text,
    installedIdentity(packer.installed),
  ]);
}

/** The installed plugins are re-read as a new object whenever the plugin folder changes. */
const identities = new WeakMap<object, number>();
let nextIdentity = 0;

function installedIdentity(installed: object | undefined): number | undefined {
  if (installed === undefined) return undefined;
  let id = identities.get(installed);
  if (id === undefined) {
    id = ++nextIdentity;
    identities.set(installed, id);
  }
  return id;
}

export function rememberRun(
  document: AnalysedDocument,
  context: string | undefined,
  findings: readonly Finding[],
): PreviousRun | undefined {
  const reading = document.hcl?.file.reading;
  if (reading === undefined || context === undefined) return undefined;
  // Ranges copied: a finding may hold a node's own range object, which the next reading moves in place.
  const copy = (r: OffsetRange): OffsetRange => ({ start: r.start, end: r.end });
  const kept = findings.map((f) => ({
    ...f,
    range: copy(f.range),
    ...(f.fixes !== undefined && {
      fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, range: copy(e.range) })) })),
    }),
  }));
  return { reading, context, findings: kept };
}

/** What the run on `document` can reuse of `previous`, or undefined when it must check everything. */
export function reusable(
  document: AnalysedDocument,
  context: string | undefined,
  previous: PreviousRun | undefined,
  blockScoped: ReadonlySet<string>,
): Reuse | undefined {
  const file = document.hcl?.file;
  if (file === undefined || previous === undefined || context === undefined || previous.context !== context)
    return undefined;
  const items = file.body.items;
  const edit = file.edit;
  let dirty: BodyItem[] | undefined;
  let move: (finding: Finding) => Finding | undefined;
  if (file.reading === previous.reading) {
    // The same reading checked again (fix-all after the diagnostics): only builds that run scripts.
    dirty = items.filter(runsScripts);
    move = (finding) => finding;
  } else {
    if (edit === undefined || edit.after !== previous.reading) return undefined;
    dirty = dirtyItems(file, edit);
    move = (finding) => moveFinding(finding, edit, file.uri);
  }
  if (dirty === undefined) return undefined;
  const ranges = dirty.map((item) => item.range);
  const carried = new Map<string, Finding[]>();
  for (const finding of previous.findings) {
    if (!blockScoped.has(finding.ruleId)) continue;
    const moved = move(finding);
    if (moved === undefined) return undefined;
    if (inScope({ scope: { ranges } }, moved.range)) continue;
    // A carried finding must lie in a block the edit left alone; anything else is checked again.
    if (!items.some((item) => contains(item.range, moved.range))) return undefined;
    const list = carried.get(finding.ruleId);
    if (list === undefined) carried.set(finding.ruleId, [moved]);
    else list.push(moved);
  }
  return { scope: { ranges }, carried };
}

/**
 * The blocks whose findings the edit may change: the edited one, and the builds that name it (a
 * source) or the sources it names (a build). Undefined when the edit may change more: a block
 * that declares what others refer to, or a block's type or labels.
 */
function dirtyItems(file: HclFile, edit: FileEdit): BodyItem[] | undefined {
  const items = file.body.items;
  const edited = items[edit.index];
  const before = edit.replaced;
  if (edited?.kind !== 'block' || before.kind !== 'block') return undefined;
  if (headerOf(edited) !== headerOf(before)) return undefined;
  const tied = tiedItems(items, edited, before);
  // Builds that run scripts are always checked again: the scripts on disk may have changed.
  return tied && [...new Set([...tied, ...items.filter(runsScripts)])];
}

function tiedItems(items: readonly BodyItem[], edited: Block, before: Block): BodyItem[] | undefined {
  if (edited.type === 'source') {
    const key = `${edited.labels[0]?.value}.${edited.labels[1]?.value}`;
    const builds: BodyItem[] = [];
    for (const item of items) {
      if (item.kind !== 'block' || item.type !== 'build') continue;
      const named = sourcesNamedBy(item);
      if (named === undefined) return undefined;
      if (named.includes(key)) builds.push(item);
    }
    return [edited, ...builds];
  }
  if (edited.type === 'build') {
    const now = sourcesNamedBy(edited);
    const then = sourcesNamedBy(before);
    if (now === undefined || then === undefined) return undefined;
    const named = new Set([...now, ...then]);
    const sources = items.filter(
      (item) =>
        item.kind === 'block' &&
        item.type === 'source' &&
        named.has(`${item.labels[0]?.value}.${item.labels[1]?.value}`),
    );
    return [edited, ...sources];
  }
  return undefined;
}

function runsScripts(item: BodyItem): boolean {
  return item.kind === 'block' && item.type === 'build' && namesScripts(item);
}

/** Any `script`/`scripts` argument inside, `dynamic` blocks' content included. */
function namesScripts(block: Block): boolean {
  return block.body.items.some((i) =>
    i.kind === 'attribute' ? i.name === 'script' || i.name === 'scripts' : namesScripts(i),
  );
}

const headerOf = (block: Block): string => JSON.stringify([block.type, ...block.labels.map((l) => l.value)]);

/** `TYPE.NAME` of each source a build names; undefined when one is not a literal (it may name any). */
function sourcesNamedBy(block: Block): string[] | undefined {
  const sources = block.body.items.find((i) => i.kind === 'attribute' && i.name === 'sources');
  if (sources?.kind === 'attribute') {
    const expression = sources.expression;
    if (expression.kind !== 'tuple') return undefined;
    if (expression.items.some((i) => i.kind !== 'template' || i.parts.some((p) => p.kind !== 'templateLiteral')))
      return undefined;
  }
  return sourceReferencesOf(block).map(({ value }) => {
    const parts = value.split('.');
    return parts.length > 2 ? `${parts[1]}.${parts[2]}` : value;
  });
}

/** An offset of the previous text in the new one; undefined inside the text the edit replaced. */
function moveOffset(offset: number, edit: FileEdit): number | undefined {
  if (offset <= edit.start) return offset;
  if (offset >= edit.previousEnd) return offset + edit.end - edit.previousEnd;
  return undefined;
}

function moveRange(range: OffsetRange, edit: FileEdit): OffsetRange | undefined {
  // A range that touches the edited text may have grown or shrunk with it: not moved, checked again.
  if (range.end > edit.start && range.start < edit.previousEnd) return undefined;
  const start = moveOffset(range.start, edit);
  const end = moveOffset(range.end, edit);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The finding in the new text, or undefined when it (or a fix of it) touches the edited text. */
function moveFinding(finding: Finding, edit: FileEdit, uri: string): Finding | undefined {
  const range = moveRange(finding.range, edit);
  if (range === undefined) return undefined;
  const fixes: Fix[] = [];
  for (const fix of finding.fixes ?? []) {
    if (fix.files?.edits?.some((e) => e.uri === uri) === true) return undefined; // lines of this very file
    const edits = [];
    for (const replacement of fix.edits) {
      const moved = moveRange(replacement.range, edit);
      if (moved === undefined) return undefined;
      edits.push({ range: moved, newText: replacement.newText });
    }
    // Changes to other files carry those files' lines, which the edit did not touch.
    fixes.push({ ...fix, edits });
  }
  return { ...finding, range, ...(finding.fixes !== undefined && { fixes }) };
}
