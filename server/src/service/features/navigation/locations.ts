/**
 * Offsets to LSP positions in the text each occurrence was found in: a file that is not open is
 * measured in its text on disk, an open one in the editor's.
 */
import type { Location, Range } from 'vscode-languageserver-types';
import type { OffsetRange } from '../../types';
import { linesOf, lspRange, type LineIndex } from '../lspRanges';

export class Positions {
  private readonly documents = new Map<string, LineIndex>();

  range(file: { uri: string; text: string }, range: OffsetRange): Range {
    let document = this.documents.get(file.uri);
    if (document?.getText() !== file.text) {
      document = linesOf(file);
      this.documents.set(file.uri, document);
    }
    return lspRange(document, range);
  }

  location(file: { uri: string; text: string; range: OffsetRange }): Location {
    return { uri: file.uri, range: this.range(file, file.range) };
  }
}
