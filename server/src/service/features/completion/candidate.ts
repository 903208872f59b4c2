/**
 * A completion item while it is being put together: LSP's CompletionItem, but with the range to
 * replace in UTF-16 offsets (the service's unit); completion/index.ts converts it once at the end.
 */
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { OffsetRange } from '../../types';

export interface Candidate {
  label: string;
  kind: CompletionItemKind;
  /** Shown beside the label: a type, a signature, a one-line summary. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** `insertText` holds `$1`-style tab stops. */
  snippet?: boolean;
  sortText?: string;
  filterText?: string;
  deprecated?: boolean;
  /** Overrides the range the caller gives every candidate. */
  range?: OffsetRange;
}

/** What each completion module answers: the candidates, and the range each replaces unless it says otherwise. */
export interface CompletionResult {
  candidates: Candidate[];
  range: OffsetRange;
}

export { CompletionItemKind };

/** Escapes text that goes inside a snippet (outside placeholders' choice lists). */
export function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Escapes one option of a `${1|a,b|}` choice. */
export function snippetChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}
