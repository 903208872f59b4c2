/**
 * Folding JSON (legacy templates, `*.pkr.json`): every multi-line object and array. Our documents
 * have their own language id, so the editor's JSON folding does not apply to them.
 */
import type { FoldingRange } from 'vscode-languageserver-types';
import type { ValueNode } from '../../parsing/tree';
import { FoldingCollector } from './foldingLines';

export function jsonFoldingRanges(text: string, root: ValueNode | undefined): FoldingRange[] {
  const folds = new FoldingCollector(text);
  if (root !== undefined) fold(folds, text, root);
  return folds.result();
}

function fold(folds: FoldingCollector, text: string, node: ValueNode): void {
  if (node.type !== 'object' && node.type !== 'array') return;
  const closing = node.type === 'object' ? '}' : ']';
  const { start, end } = node.range;
  folds.bracketed(start, end - start >= 2 && text[end - 1] === closing ? end - 1 : undefined, end);
  if (node.type === 'array') for (const item of node.items) fold(folds, text, item);
  else for (const property of node.properties) if (property.value !== undefined) fold(folds, text, property.value);
}
