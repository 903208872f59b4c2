/**
 * `textDocument/hover`: Markdown about what is under the cursor, with the range of the hovered
 * token. Never throws: text being typed is broken most of the time, and a hover that fails
 * must simply not show.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { AnalysedDocument } from '../../document';
import { locateCursor } from '../context';
import { linesOf, lspRange } from '../lspRanges';
import { hclHover, type HoverText } from './hclHover';
import { jsonHover } from './jsonHover';

export function hover(document: AnalysedDocument, offset: number): Hover | null {
  const found = hoverText(document, offset);
  if (found === undefined || found.markdown === '') return null;
  return { contents: { kind: 'markdown', value: found.markdown }, range: lspRange(linesOf(document), found.range) };
}

function hoverText(document: AnalysedDocument, offset: number): HoverText | undefined {
  const context = locateCursor(document, offset);
  if (context === undefined) return undefined;
  if (context.format === 'hcl')
    return document.hcl === undefined ? undefined : hclHover(document.hcl.configuration, context);
  return document.template === undefined ? undefined : jsonHover(document, document.template, context);
}
