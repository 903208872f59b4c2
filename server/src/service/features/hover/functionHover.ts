/** Hover text of a function: HCL2 calls (`upper(x)`) and legacy template calls (`{{timestamp}}`). */
import {
  HCL_FUNCTIONS_DOCS,
  hclFunction,
  isInPacker166,
  legacyFunction,
  signatureLabel,
  variableDefaultFunction,
  type FunctionSignature,
} from '../../packer/functions';
import { hcl2Facts } from '../../schema/generated/hcl2';
import { codeBlock, docsLink, paragraphs } from '../markdown';

export function hclFunctionHover(name: string): string | undefined {
  const signature = hclFunction(name);
  const missingIn166 = !isInPacker166(name) && 'Not available in Packer 1.6.6 (newer versions have it).';
  if (signature !== undefined) return signatureHover(signature, missingIn166);
  // `env` is no general function: Packer accepts it in a variable's default alone (1.6.6 too).
  const defaultOnly = variableDefaultFunction(name);
  if (defaultOnly !== undefined) return signatureHover(defaultOnly, 'Only in a `variable` block’s `default`.');
  // A function Packer has that we have no signature for yet: still say what it is.
  if (!hcl2Facts.functions.includes(name)) return undefined;
  return paragraphs(`**${name}** · HCL2 function`, missingIn166, docsLink(HCL_FUNCTIONS_DOCS));
}

export function legacyFunctionHover(name: string): string | undefined {
  const signature = legacyFunction(name);
  return signature === undefined ? undefined : signatureHover(signature, undefined);
}

function signatureHover(signature: FunctionSignature, note: string | false | undefined): string {
  return paragraphs(codeBlock(signatureLabel(signature)), signature.summary, note, docsLink(signature.docs));
}
