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
    return {
      name: name.trim() === '' ? '(unnamed)' : name,
      kind,
      range: this.positions.range(this.file, whole),
      selectionRange: this.positions.range(this.file, selection),
      ...(detail !== undefined && detail !== '' && { detail }),
      ...(children.length > 0 && { children }),
    };
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
