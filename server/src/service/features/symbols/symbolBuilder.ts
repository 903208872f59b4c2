/**
 * Building LSP document symbols from offsets: names that are never empty (the editor rejects
 * those) and ranges that always contain their selection range (which it also rejects).
 */
import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { OffsetRange } from '../../types';
import { Positions } from '../navigation/locations';

export interface SymbolFile {
  uri: string;
  text: string;
}

export class SymbolBuilder {
  private readonly positions = new Positions();

  constructor(readonly file: SymbolFile) {}

  symbol(
    name: string,
    kind: SymbolKind,
    range: OffsetRange,
    selection: OffsetRange,
    children: DocumentSymbol[] = [],
    detail?: string,
  ): DocumentSymbol {
    const whole = { start: Math.min(range.start, selection.start), end: Math.max(range.end, selection.end) };
    const symbol: DocumentSymbol = {
      name: name.trim() === '' ? '(unnamed)' : name,
      kind,
      range: this.positions.range(this.file, whole),
      selectionRange: this.positions.range(this.file, selection),
    };
    // Set rather than spread in: a large template has hundreds of thousands of symbols.
    if (detail !== undefined && detail !== '') symbol.detail = detail;
    if (children.length > 0) symbol.children = children;
    return symbol;
  }

  /** A value as a one-line hint next to a setting's name. */
  preview(range: OffsetRange): string {
    const text = this.file.text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }
}
