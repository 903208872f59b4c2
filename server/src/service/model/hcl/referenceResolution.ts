/**
 * Resolving references against a folder: the references Packer evaluates in a file, the names in
 * them, and whether the folder's declarations can all be seen. Shared by the rules that resolve
 * references (undefined-reference, unknown-function, variable-not-set, undeclared-variable-in-varfile).
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyItem, FunctionCall, ScopeTraversal, TraversalStep } from '../../parsing/hcl/ast';
import type { OffsetRange } from '../../types';
import type { HclFile } from './hclFile';
import { collectReferences, type References } from './references';
import { itemIndexAt } from '../../parsing/hcl/walk';

/**
 * What the folder helpers read of a rule's context: the analysed document's address and the host's
 * folder listing (a `RuleContext` is one).
 */
export interface FolderContext {
  document: { uri: string };
  files: { listDirectory?: (absolutePath: string) => string[] | undefined };
}

/** A name in a reference: `.name`, or `["name"]`. */
export interface NameStep {
  name: string;
  range: OffsetRange;
  quoted: boolean;
}

export function stepName(step: TraversalStep | undefined): NameStep | undefined {
  if (step?.kind === 'attribute') return { name: step.name, range: step.nameRange, quoted: false };
  if (step?.kind === 'index' && typeof step.key === 'string')
    return { name: step.key, range: step.keyRange, quoted: true };
  return undefined;
}

export function contains(outer: OffsetRange, inner: OffsetRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Per top-level item: after an edit inside one block, the other items are the same nodes
 * (moved in place, see parsing/hcl/reparse.ts), and their references are the same nodes. Kept as
 * one list of traversals and calls (told apart by kind), sized to fit: one array per item, where
 * two arrays and an object were a tenth of an open configuration's memory.
 */
const itemReferences = new WeakMap<BodyItem, ReadonlyArray<ScopeTraversal | FunctionCall>>();

/**
 * The references Packer evaluates in a configuration file. A variable's `type` and the second
 * argument of `convert()` are type expressions (`list(string)`, `object({...})`): neither their
 * names nor their "calls" refer to anything.
 */
export function evaluatedReferences(file: HclFile): References {
  // Gathered from the items' lists on each call (a fraction of a millisecond at 1 MB) rather than
  // kept: a whole-file copy would stay in memory as long as the file is open.
  const found: References = { traversals: [], calls: [] };
  for (const item of file.body.items) {
    for (const reference of referencesOfItem(item)) {
      if (reference.kind === 'functionCall') found.calls.push(reference);
      else found.traversals.push(reference);
    }
  }
  return found;
}

/** The references of the top-level item at `offset` alone (a hover needs no more than that). */
export function evaluatedReferencesAt(file: HclFile, offset: number): References {
  const found: References = { traversals: [], calls: [] };
  const index = itemIndexAt(file.body.items, offset);
  const item = index === undefined ? undefined : file.body.items[index];
  for (const reference of item === undefined ? [] : referencesOfItem(item)) {
    if (reference.kind === 'functionCall') found.calls.push(reference);
    else found.traversals.push(reference);
  }
  return found;
}

function referencesOfItem(item: BodyItem): ReadonlyArray<ScopeTraversal | FunctionCall> {
  const cached = itemReferences.get(item);
  if (cached !== undefined) return cached;
  // A variable's `type` is a type expression: only its other arguments are read.
  const items =
    item.kind === 'block' && item.type === 'variable'
      ? item.body.items.filter((i) => i.kind !== 'attribute' || i.name !== 'type')
      : [item];
  const all = collectReferences({ kind: 'body', items, range: item.range });
  const types = all.calls.flatMap((c) => (c.name === 'convert' && c.args[1] !== undefined ? [c.args[1].range] : []));
  const evaluated = (r: ScopeTraversal | FunctionCall) => !types.some((t) => contains(t, r.range));
  const kept: Array<ScopeTraversal | FunctionCall> =
    types.length === 0
      ? (all.traversals as Array<ScopeTraversal | FunctionCall>).concat(all.calls)
      : [...all.traversals.filter(evaluated), ...all.calls.filter(evaluated)];
  itemReferences.set(item, kept.length === 0 ? NONE : kept);
  return kept;
}

const NONE: ReadonlyArray<ScopeTraversal | FunctionCall> = Object.freeze([]);

/** The names in the analysed file's folder: [] when there is no folder to read, undefined when it cannot be read. */
export function folderEntries(context: FolderContext): string[] | undefined {
  const uri = context.document.uri;
  if (!uri.startsWith('file:') || context.files.listDirectory === undefined) return [];
  return context.files.listDirectory(path.dirname(fileURLToPath(uri)));
}

/** False when declarations may stand where the model cannot see them. */
export function declarationsAreComplete(context: FolderContext): boolean {
  return folderEntries(context) !== undefined;
}
