/** The outline of any Packer document, by its format. */
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { AnalysedDocument } from '../../document';
import { hclDocumentSymbols } from './hclSymbols';
import { legacyDocumentSymbols } from './legacySymbols';

export function documentSymbols(document: AnalysedDocument): DocumentSymbol[] {
  if (document.hcl !== undefined) return hclDocumentSymbols(document.hcl.file);
  if (document.template !== undefined) return legacyDocumentSymbols(document, document.template);
  return [];
}
