/**
 * The part of the language service's façade that navigates and outlines documents: definition,
 * references, rename, document and workspace symbols, folding. `service.ts` mixes these methods
 * into its own, handing over its cached analysis.
 */
import type { DocumentSymbol, FoldingRange, Location, SymbolInformation } from 'vscode-languageserver-types';
import type { AnalysedDocument, DocumentInput } from '../../document';
import { isNativeHclInput } from '../nativeHcl';
import { hclFoldingRanges } from '../folding/hclFolding';
import { jsonFoldingRanges } from '../folding/jsonFolding';
import { documentSymbols } from '../symbols/documentSymbols';
import { WorkspaceSymbols, type WorkspaceFile } from '../symbols/workspaceSymbols';
import {
  definition,
  prepareRename,
  references,
  rename,
  type PrepareRenameResult,
  type RenameResult,
} from './navigation';

export interface NavigationFeatures {
  /** The declarations of the variable, local, source, data source or builder under the cursor. */
  definition(input: DocumentInput, offset: number): Location[];
  /** Its references across the folder (or template), with or without the declarations. */
  references(input: DocumentInput, offset: number, includeDeclaration: boolean): Location[];
  /** The name's exact range and text, or why it cannot be renamed. */
  prepareRename(input: DocumentInput, offset: number): PrepareRenameResult;
  /** Edits for every file the name stands in (open or not), or why the new name is refused. */
  rename(input: DocumentInput, offset: number, newName: string): RenameResult;
  documentSymbols(input: DocumentInput): DocumentSymbol[];
  /** The declarations of the given files (the host finds them) whose name matches the query. */
  workspaceSymbols(query: string, files: Iterable<WorkspaceFile>): SymbolInformation[];
  foldingRanges(input: DocumentInput): FoldingRange[];
}

export function navigationFeatures(analyse: (input: DocumentInput) => AnalysedDocument): NavigationFeatures {
  const workspace = new WorkspaceSymbols();
  return {
    definition: (input, offset) => definition(analyse(input), offset),
    references: (input, offset, includeDeclaration) => references(analyse(input), offset, includeDeclaration),
    prepareRename: (input, offset) => prepareRename(analyse(input), offset),
    rename: (input, offset, newName) => rename(analyse(input), offset, newName),
    documentSymbols: (input) => documentSymbols(analyse(input)),
    workspaceSymbols: (query, files) => workspace.search(query, files),
    foldingRanges(input) {
      // Folding needs no folder: an HCL2 file is parsed on its own, with its comments.
      if (isNativeHclInput(input)) return hclFoldingRanges(input.text);
      return jsonFoldingRanges(input.text, analyse(input).root);
    },
  };
}
