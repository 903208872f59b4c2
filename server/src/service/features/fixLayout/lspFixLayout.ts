/**
 * The layout step for fixes as the code actions carry them: LSP edits in line/character, against
 * the version of a native-syntax HCL2 document the diagnostics were computed for.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { DocumentInput } from '../../document';
import { isNativeHclInput } from '../nativeHcl';
import { linesOf, lspRange, offsetRange } from '../lspRanges';
import { layoutHclFix } from './index';
import { parseHcl } from '../../parsing/hcl';
import type { OffsetRange } from '../../types';

export interface FixLayout {
  /** The document version whose text the layout reads: a fix of another version is left raw. */
  version: number;
  layOut(edits: TextEdit[]): TextEdit[];
}

/** Undefined for JSON documents (legacy templates and HCL2's JSON syntax alike): their fixes stay as they are. */
export function hclFixLayout(input: DocumentInput): FixLayout | undefined {
  if (!isNativeHclInput(input)) return undefined;
  const lines = linesOf(input);
  // Parsed once, on the first fix, for where its top-level blocks are (see window.ts).
  let topLevel: OffsetRange[] | undefined;
  return {
    version: input.version,
    layOut(edits) {
      topLevel ??= parseHcl(input.text).body.items.map((item) => item.range);
      const laidOut = layoutHclFix(
        input.text,
        edits.map((edit) => ({ range: offsetRange(lines, edit.range), newText: edit.newText })),
        topLevel,
      );
      return laidOut?.map((edit) => ({ range: lspRange(lines, edit.range), newText: edit.newText })) ?? edits;
    },
  };
}
