/**
 * Completion for Packer documents: HCL2 files through the token-based cursor finder, legacy JSON
 * templates and HCL2's JSON syntax through jsonc-parser's location. Candidates carry offsets; this turns them into LSP
 * items with line/character ranges.
 */
import {
  CompletionItemTag,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver-types';
import type { AnalysedDocument } from '../../document';
import { linesOf, lspRange } from '../lspRanges';
import type { Candidate, CompletionResult } from './candidate';
import { hclCompletion } from './hclCompletion';
import { hclJsonCompletion } from './hclJsonCompletion';
import { jsonCompletion } from './jsonCompletion';

/** Characters after which a client should ask for completion without the user asking. */
export const COMPLETION_TRIGGERS = ['.', '"', '`', '{', '('];

export function completion(
  analysed: AnalysedDocument,
  offset: number,
  setOutside?: ReadonlyMap<string, string>,
): CompletionList {
  const empty: CompletionList = { isIncomplete: false, items: [] };
  const text = analysed.text;
  if (offset < 0 || offset > text.length) return empty;
  let result: CompletionResult | undefined;
  if (analysed.format === 'legacy-json') {
    // The repaired text has the same length: a pasted curly quote does not throw the path off.
    result = jsonCompletion(analysed.repairedText, analysed.root, offset, setOutside);
  } else if (analysed.hcl !== undefined) {
    const { file, configuration } = analysed.hcl;
    result =
      file.json === undefined
        ? hclCompletion(text, offset, file, configuration)
        : hclJsonCompletion(analysed.repairedText, offset, configuration, file.role);
  }
  if (result === undefined) return empty;
  const lines = linesOf(analysed);
  const items = result.candidates.map((c) => toItem(c, lspRange(lines, c.range ?? result.range)));
  return { isIncomplete: false, items };
}

function toItem(candidate: Candidate, range: Range): CompletionItem {
  const item: CompletionItem = {
    label: candidate.label,
    kind: candidate.kind,
    textEdit: { range, newText: candidate.insertText },
    insertTextFormat: candidate.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (candidate.detail !== undefined) item.detail = candidate.detail;
  if (candidate.documentation !== undefined && candidate.documentation !== '') {
    item.documentation = { kind: 'markdown', value: candidate.documentation };
  }
  if (candidate.sortText !== undefined) item.sortText = candidate.sortText;
  if (candidate.filterText !== undefined) item.filterText = candidate.filterText;
  if (candidate.deprecated) item.tags = [CompletionItemTag.Deprecated];
  return item;
}
