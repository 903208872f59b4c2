/**
 * Workspace symbols: the declarations of every Packer file the host found (variables, locals,
 * sources, data sources, builds; a legacy template's variables and builders), filtered by the
 * query. Each file's symbols are kept until its text changes, so a query reads only what changed.
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import { parseHclFile } from '../../model/hcl/hclFile';
import { buildLegacyTemplate, isLegacyTemplateRoot } from '../../model/legacyTemplate';
import { parseJson } from '../../parsing/jsonParser';
import { hclDocumentSymbols } from './hclSymbols';
import { legacyDocumentSymbols } from './legacySymbols';

export interface WorkspaceFile {
  uri: string;
  text: string;
}

/** Enough for any query worth showing; the editor narrows as the user types. */
const MAX_RESULTS = 1000;

/** Top-level kinds that declare something; containers whose children do are opened. */
const DECLARATIONS = new Set<SymbolKind>([
  SymbolKind.Variable,
  SymbolKind.Constant,
  SymbolKind.Class,
  SymbolKind.Struct,
  SymbolKind.Module,
]);
const CONTAINERS = new Set(['variables', 'locals', 'builders']);

export class WorkspaceSymbols {
  private readonly cache = new Map<string, { text: string; symbols: SymbolInformation[] }>();

  search(query: string, files: Iterable<WorkspaceFile>): SymbolInformation[] {
    const results: SymbolInformation[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      seen.add(file.uri);
      for (const symbol of this.symbolsOf(file)) {
        if (!matches(query, symbol.name)) continue;
        results.push(symbol);
        if (results.length >= MAX_RESULTS) return results;
      }
    }
    for (const uri of [...this.cache.keys()]) if (!seen.has(uri)) this.cache.delete(uri);
    return results;
  }

  private symbolsOf(file: WorkspaceFile): SymbolInformation[] {
    const cached = this.cache.get(file.uri);
    if (cached?.text === file.text) return cached.symbols;
    const symbols = declarations(file);
    this.cache.set(file.uri, { text: file.text, symbols });
    return symbols;
  }
}

function declarations(file: WorkspaceFile): SymbolInformation[] {
  const outline = outlineOf(file);
  const found: SymbolInformation[] = [];
  for (const symbol of outline) {
    if (DECLARATIONS.has(symbol.kind)) found.push(information(file.uri, symbol));
    else if (CONTAINERS.has(symbol.name))
      for (const child of symbol.children ?? []) found.push(information(file.uri, child, symbol.name));
  }
  return found;
}

function outlineOf(file: WorkspaceFile): DocumentSymbol[] {
  const hcl = parseHclFile(file.uri, file.text);
  // A variable file's assignments are values, not declarations.
  if (hcl !== undefined) return hcl.role === 'config' ? hclDocumentSymbols(hcl) : [];
  if (!/\.json$/i.test(file.uri)) return [];
  const parsed = parseJson(file.text);
  if (!isLegacyTemplateRoot(parsed.root)) return [];
  return legacyDocumentSymbols(file, buildLegacyTemplate(parsed.root, parsed.repairedText));
}

function information(uri: string, symbol: DocumentSymbol, container?: string): SymbolInformation {
  return {
    name: symbol.name,
    kind: symbol.kind,
    location: { uri, range: symbol.selectionRange },
    ...((container ?? symbol.detail) !== undefined && { containerName: container ?? symbol.detail }),
  };
}

/** The query's characters in order, ignoring case (what editors call fuzzy matching). */
export function matches(query: string, name: string): boolean {
  const wanted = query.toLowerCase();
  const candidate = name.toLowerCase();
  let at = 0;
  for (const char of wanted) {
    if (char === ' ') continue;
    at = candidate.indexOf(char, at);
    if (at === -1) return false;
    at += char.length;
  }
  return true;
}
