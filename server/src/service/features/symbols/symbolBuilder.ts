/**
 * Building LSP document symbols from offsets: names that are never empty (the editor rejects
 * those) and ranges that always contain their selection range (which it also rejects).
 */
import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { OffsetRange } from '../../types';
import { LineIndex } from '../lineIndex';

export interface SymbolFile {
  uri: string;
  text: string;
}

export class SymbolBuilder {
  private readonly lines: LineIndex;

  constructor(readonly file: SymbolFile) {
    this.lines = new LineIndex(file.text);
  }

  symbol(
    name: string,
    kind: SymbolKind,
    range: OffsetRange,
    selection: OffsetRange,
    children: DocumentSymbol[] = [],
    detail?: string,
  ): DocumentSymbol {
    // Built property by property: a large file has tens of thousands of symbols.
    const lines = this.lines;
    const symbol: DocumentSymbol = {
      name: name.trim() === '' ? '(unnamed)' : name,
      kind,
      range: {
        start: lines.positionAt(Math.min(range.start, selection.start)),
        end: lines.positionAt(Math.max(range.end, selection.end)),
      },
      selectionRange: { start: lines.positionAt(selection.start), end: lines.positionAt(selection.end) },
    };
    if (detail !== undefined && detail !== '') symbol.detail = detail;
    if (children.length > 0) symbol.children = children;
    return symbol;
  }

  /** A value as a one-line hint next to a setting's name: spaces collapsed, at most 40 characters. */
  preview(range: OffsetRange): string {
    // Read only as far as the hint shows: a value can be a heredoc of thousands of lines.
    const text = this.file.text;
    let hint = '';
    let space = false;
    for (let i = range.start; i < range.end && hint.length <= 40; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && /\s/.test(text[i]!))) {
        space = hint !== '';
        continue;
      }
      if (space) hint += ' ';
      space = false;
      hint += text[i];
    }
    return hint.length > 40 ? `${hint.slice(0, 39)}…` : hint;
  }
}
