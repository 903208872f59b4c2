/**
 * HCL2 functions as completion items, inserted as calls with a tab stop per parameter
 * (`join(${1:separator}, ${2:list})`).
 */
import {
  HCL_FUNCTIONS_DOCS,
  allHclFunctions,
  isInPacker166,
  signatureLabel,
  variableDefaultFunctions,
  type FunctionSignature,
} from '../../packer/functions';
import { hcl2Facts } from '../../schema/generated/hcl2';
import { docsLink, paragraphs } from '../markdown';
import { CompletionItemKind, snippetText, type Candidate } from './candidate';

let functionCandidates: readonly Candidate[] | undefined;

/** Offered in every expression, on each keystroke: built once, since the function tables never change. */
export function hclFunctionCandidates(): readonly Candidate[] {
  return (functionCandidates ??= buildFunctionCandidates());
}

function buildFunctionCandidates(): Candidate[] {
  const known = allHclFunctions();
  const candidates = known.map((fn) => hclFunctionCandidate(fn));
  // A function Packer has but whose signature is not described yet is still worth offering.
  const described = new Set(known.map((fn) => fn.name));
  for (const name of hcl2Facts.functions) {
    if (described.has(name)) continue;
    candidates.push({
      label: name,
      kind: CompletionItemKind.Function,
      detail: `${name}(...)`,
      documentation: notes(isInPacker166(name), undefined, HCL_FUNCTIONS_DOCS),
      insertText: `${name}($1)`,
      snippet: true,
      sortText: `2_${name}`,
    });
  }
  return candidates;
}

/** `env`, which only a variable's default may call. */
export function variableDefaultFunctionCandidates(): Candidate[] {
  // Packer 1.6.6 has it already (checked with `packer validate`).
  return variableDefaultFunctions().map((fn) => ({
    ...hclFunctionCandidate(fn, true),
    sortText: `1_${fn.name}`,
  }));
}

function hclFunctionCandidate(fn: FunctionSignature, in166 = isInPacker166(fn.name)): Candidate {
  const stops = fn.parameters.map((p, i) => `\${${i + 1}:${snippetText(p.variadic ? `${p.name}...` : p.name)}}`);
  return {
    label: fn.name,
    kind: CompletionItemKind.Function,
    detail: signatureLabel(fn),
    documentation: notes(in166, fn.summary, fn.docs),
    insertText: `${fn.name}(${stops.join(', ')})`,
    snippet: true,
    sortText: `2_${fn.name}`,
  };
}

function notes(in166: boolean, summary: string | undefined, docs: string): string {
  return paragraphs(summary, !in166 && 'Not available in Packer 1.6.6.', docsLink(docs));
}
