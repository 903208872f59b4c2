/**
 * Signature help while the arguments of a function are typed: HCL2 calls (`join(",", |`), whose
 * active parameter is the count of commas at the call's own nesting depth, and legacy template
 * actions (`{{ isotime "2006" | }}`), whose arguments are separated by spaces.
 */
import { getLocation } from 'jsonc-parser';
import type { SignatureHelp } from 'vscode-languageserver-types';
import type { AnalysedDocument } from '../../document';
import { hclFunction, legacyFunction, variableDefaultFunction } from '../../packer/functions';
import { hclCursorAt } from '../completion/hclCursor';
import { openAction } from '../completion/legacyActions';
import { actionWords } from './legacyArguments';
import { signatureHelpFor } from './signatureInformation';

export const SIGNATURE_TRIGGERS = ['(', ',', ' '];

export function signatureHelp(analysed: AnalysedDocument, offset: number): SignatureHelp | null {
  const text = analysed.text;
  if (offset < 0 || offset > text.length) return null;
  if (analysed.format === 'legacy-json') return legacySignatureHelp(analysed.repairedText, offset);
  if (analysed.hcl === undefined || analysed.hcl.file.json !== undefined) return null;
  const cursor = hclCursorAt(text, offset);
  if (cursor.position.kind !== 'expression') return null;
  const call = cursor.calls[cursor.calls.length - 1];
  if (call === undefined) return null;
  // `env` exists only in a variable's default.
  const inDefault =
    cursor.position.attribute === 'default' && cursor.blocks.length === 1 && cursor.blocks[0]?.type === 'variable';
  const fn = hclFunction(call.name) ?? (inDefault ? variableDefaultFunction(call.name) : undefined);
  return fn ? signatureHelpFor(fn, call.argument) : null;
}

function legacySignatureHelp(text: string, offset: number): SignatureHelp | null {
  const node = getLocation(text, offset).previousNode;
  if (node?.type !== 'string' || offset <= node.offset || offset > node.offset + node.length) return null;
  const action = openAction(text.slice(node.offset + 1, offset));
  if (action === undefined) return null;
  const { words, afterSpace } = actionWords(action);
  const fn = words[0] === undefined ? undefined : legacyFunction(words[0]);
  if (fn === undefined || (words.length === 1 && !afterSpace)) return null;
  return signatureHelpFor(fn, afterSpace ? words.length - 1 : words.length - 2);
}
