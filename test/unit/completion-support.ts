/**
 * Helpers for completion and signature help tests: a document written with `|` at the cursor,
 * optionally in a virtual folder of other files, and the labels and edits of the answer.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, SignatureHelp } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/service';

const FOLDER = path.resolve('/virtual/completion');

export interface Written {
  text: string;
  offset: number;
}

/** `marker` stands for the cursor: `|` unless the text needs that character itself (a pipe). */
export function withCursor(marked: string, marker = '|'): Written {
  const offset = marked.indexOf(marker);
  if (offset < 0) throw new Error(`no ${marker} in the text`);
  return { text: marked.slice(0, offset) + marked.slice(offset + marker.length), offset };
}

function serviceFor(others: Record<string, string>) {
  return createLanguageService({
    readText: (file) => others[path.basename(file)],
    listDirectory: (dir) => (dir === FOLDER ? Object.keys(others) : undefined),
  });
}

/** Completion in `name` (its language from the name), the other files of the folder given. */
export function complete(name: string, marked: string, others: Record<string, string> = {}): CompletionList {
  const { text, offset } = withCursor(marked);
  const uri = pathToFileURL(path.join(FOLDER, name)).href;
  const languageId = name.endsWith('.pkrvars.hcl') ? 'packer-vars' : name.endsWith('.hcl') ? 'packer' : 'packer-json';
  const service = serviceFor({ ...others, [name]: text });
  return service.completion({ uri, version: 1, languageId, text }, offset);
}

export function signature(name: string, marked: string, marker = '|'): SignatureHelp | null {
  const { text, offset } = withCursor(marked, marker);
  const uri = pathToFileURL(path.join(FOLDER, name)).href;
  const languageId = name.endsWith('.hcl') ? 'packer' : 'packer-json';
  return serviceFor({ [name]: text }).signatureHelp({ uri, version: 1, languageId, text }, offset);
}

export const labels = (list: CompletionList): string[] => list.items.map((i) => i.label);

export function item(list: CompletionList, label: string): CompletionItem {
  const found = list.items.find((i) => i.label === label);
  if (found === undefined) throw new Error(`no item ${label} among ${labels(list).join(', ')}`);
  return found;
}

export function newText(completionItem: CompletionItem): string {
  const edit = completionItem.textEdit;
  if (edit === undefined || !('range' in edit)) throw new Error('no text edit');
  return edit.newText;
}

/** The document after accepting the item, snippet tab stops removed (choices: their first option). */
export function accept(marked: string, completionItem: CompletionItem): string {
  const { text } = withCursor(marked);
  const edit = completionItem.textEdit;
  if (edit === undefined || !('range' in edit)) throw new Error('no text edit');
  const lines = text.split('\n');
  const toOffset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.character;
  const inserted = edit.newText
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
  return text.slice(0, toOffset(edit.range.start)) + inserted + text.slice(toOffset(edit.range.end));
}

/** Items in the order a client shows them: by sortText, then label. */
export function sorted(list: CompletionList): string[] {
  return [...list.items]
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))
    .map((i) => i.label);
}
