/** LSP locations from the service's offsets, with one line index per file text. */
import type { Location } from 'vscode-languageserver-types';
import type { OffsetRange } from '../../types';
import { linesOf, lspRange, type LineIndex } from '../lspRanges';

export class Locator {
  private readonly lines = new Map<string, LineIndex>();

  at(file: { uri: string; text: string }, range: OffsetRange): Location {
    let lines = this.lines.get(file.uri);
    if (lines === undefined || lines.getText() !== file.text) {
      lines = linesOf(file);
      this.lines.set(file.uri, lines);
    }
    return { uri: file.uri, range: lspRange(lines, range) };
  }
}
