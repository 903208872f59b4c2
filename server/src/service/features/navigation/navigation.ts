/**
 * Go to definition, find references and rename, for both formats: the analysed document gives the
 * occurrences (of its whole folder for HCL2), the cursor picks one, and its target's other
 * occurrences are the answer. Rename edits every file they stand in, open or not.
 */
import type { Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { AnalysedDocument } from '../../document';
import { hclOccurrences } from './hclOccurrences';
import { legacyOccurrences } from './legacyOccurrences';
import { Positions } from './locations';
import { occurrenceAt, sameTarget, type Occurrence } from './occurrences';
import { renameRefusal } from './renameRules';
import { whyNotRenamable } from './whyNotRenamable';

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };
export type RenameResult = { edit: WorkspaceEdit } | { error: string };

export function occurrencesOf(document: AnalysedDocument): Occurrence[] {
  if (document.hcl !== undefined) return hclOccurrences(document.hcl.configuration);
  if (document.template !== undefined) return legacyOccurrences(document, document.template);
  return [];
}

/** The occurrence under the cursor and every occurrence of the same target, declarations first. */
function resolve(document: AnalysedDocument, offset: number): { at: Occurrence; all: Occurrence[] } | undefined {
  const occurrences = occurrencesOf(document);
  const at = occurrenceAt(occurrences, document.uri, offset);
  if (at === undefined) return undefined;
  const all = occurrences.filter((o) => sameTarget(o.target, at.target));
  all.sort((a, b) => Number(a.role === 'reference') - Number(b.role === 'reference'));
  return { at, all };
}

export function definition(document: AnalysedDocument, offset: number): Location[] {
  const found = resolve(document, offset);
  if (found === undefined) return [];
  const positions = new Positions();
  return found.all.filter((o) => o.role === 'declaration').map((o) => positions.location(o));
}

export function references(document: AnalysedDocument, offset: number, includeDeclaration: boolean): Location[] {
  const found = resolve(document, offset);
  if (found === undefined) return [];
  const positions = new Positions();
  return found.all.filter((o) => includeDeclaration || o.role === 'reference').map((o) => positions.location(o));
}

export function prepareRename(document: AnalysedDocument, offset: number): PrepareRenameResult {
  const found = resolve(document, offset);
  if (found === undefined) return { error: whyNotRenamable(document, offset) };
  const fixed = found.all.find((o) => o.fixed !== undefined)?.fixed;
  if (fixed !== undefined) return { error: fixed };
  return { range: new Positions().range(found.at, found.at.range), placeholder: found.at.target.name };
}

export function rename(document: AnalysedDocument, offset: number, newName: string): RenameResult {
  const prepared = prepareRename(document, offset);
  if ('error' in prepared) return prepared;
  const found = resolve(document, offset);
  if (found === undefined) return { error: whyNotRenamable(document, offset) };
  const refusal = renameRefusal(found.at.target, newName, occurrencesOf(document));
  if (refusal !== undefined) return { error: refusal };
  const positions = new Positions();
  const changes: Record<string, TextEdit[]> = {};
  const seen = new Set<string>();
  for (const o of found.all) {
    // The same name can be reached twice (a label listed as a build source and in `only`): edit it once.
    const key = `${o.uri}#${o.range.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (changes[o.uri] ??= []).push({ range: positions.range(o, o.range), newText: newName });
  }
  return { edit: { changes } };
}
