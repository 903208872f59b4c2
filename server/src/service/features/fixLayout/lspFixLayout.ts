/**
 * The layout step for fixes as the code actions carry them: LSP edits in line/character, against
 * the version of a native-syntax HCL2 document the diagnostics were computed for.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { isHclDocument, type DocumentInput } from '../../document';
import { layoutHclFix } from './index';

export interface FixLayout {
  /** The document version whose text the layout reads: a fix of another version is left raw. */
  version: number;
  layOut(edits: TextEdit[]): TextEdit[];
}

/** Undefined for JSON documents (legacy templates and HCL2's JSON syntax alike): their fixes stay as they are. */
export function hclFixLayout(input: DocumentInput): FixLayout | undefined {
  if (!isHclDocument(input) || /\.json$/i.test(input.uri)) return undefined;
  const lines = TextDocument.create(input.uri, input.languageId, input.version, input.text);
  return {
    version: input.version,
    layOut(edits) {
      const laidOut = layoutHclFix(
        input.text,
        edits.map((edit) => ({
          range: { start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end) },
          newText: edit.newText,
        })),
      );
      return (
        laidOut?.map((edit) => ({
          range: { start: lines.positionAt(edit.range.start), end: lines.positionAt(edit.range.end) },
          newText: edit.newText,
        })) ?? edits
      );
    },
  };
}
