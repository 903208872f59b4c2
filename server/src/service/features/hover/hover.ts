/**
 * `textDocument/hover`: Markdown about what is under the cursor, with the range of the hovered
 * token. Never throws: text being typed is broken most of the time, and a hover that fails
 * must simply not show.
 */
import type { Hover } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysedDocument } from '../../document';
import { locateCursor } from '../context';
import { hclHover, type HoverText } from './hclHover';
import { jsonHover } from './jsonHover';

export function hover(document: AnalysedDocument, offset: number): Hover | null {
  const found = hoverText(document, offset);
  if (found === undefined || found.markdown === '') return null;
  const lines = TextDocument.create(document.uri, '', document.version, document.text);
  return {
    contents: { kind: 'markdown', value: found.markdown },
    range: { start: lines.positionAt(found.range.start), end: lines.positionAt(found.range.end) },
  };
}

function hoverText(document: AnalysedDocument, offset: number): HoverText | undefined {
  const context = locateCursor(document, offset);
  if (context === undefined) return undefined;
  if (context.format === 'hcl')
    return document.hcl === undefined ? undefined : hclHover(document.hcl.configuration, context);
  return document.template === undefined ? undefined : jsonHover(document, document.template, context);
}
