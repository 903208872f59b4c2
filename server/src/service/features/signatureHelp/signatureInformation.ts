/**
 * A function's signature as LSP shows it while its arguments are typed: the label from the
 * functions module, each parameter located in it by offsets (names can repeat as substrings).
 */
import type { ParameterInformation, SignatureHelp } from 'vscode-languageserver-types';
import { signatureLabel, type FunctionSignature } from '../../packer/functions';
import { link, paragraphs } from '../markdown';

/** The help for `fn` with the cursor in argument `argument` (0-based). */
export function signatureHelpFor(fn: FunctionSignature, argument: number): SignatureHelp {
  const label = signatureLabel(fn);
  const parameters: ParameterInformation[] = [];
  let from = label.indexOf('(') + 1;
  for (const parameter of fn.parameters) {
    const text = `${parameter.variadic ? '...' : ''}${parameter.name}`;
    const start = label.indexOf(text, from);
    if (start < 0) break;
    const end = start + text.length;
    parameters.push({ label: [start, end] });
    from = end;
  }
  const last = fn.parameters.length - 1;
  // Every argument from the variadic parameter's position on belongs to it.
  const active = fn.parameters[last]?.variadic === true && argument > last ? last : argument;
  return {
    signatures: [
      {
        label,
        documentation: { kind: 'markdown', value: paragraphs(fn.summary, link('Documentation', fn.docs)) },
        parameters,
        activeParameter: active,
      },
    ],
    activeSignature: 0,
    activeParameter: active,
  };
}
