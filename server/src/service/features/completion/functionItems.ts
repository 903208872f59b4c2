/**
 * HCL2 functions as completion items, inserted as calls with a tab stop per parameter
 * (`join(${1:separator}, ${2:list})`).
 */
import { allHclFunctions, isInPacker166, signatureLabel, type FunctionSignature } from '../../packer/functions';
import { hcl2Facts } from '../../schema/generated/hcl2';
import { CompletionItemKind, docsLink, snippetText, type Candidate } from './candidate';

const HCL_FUNCTIONS_DOCS = 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/functions';

export function hclFunctionCandidates(): Candidate[] {
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
      documentation: notes(name, undefined, HCL_FUNCTIONS_DOCS),
      insertText: `${name}($1)`,
      snippet: true,
      sortText: `2_${name}`,
    });
  }
  return candidates;
}

function hclFunctionCandidate(fn: FunctionSignature): Candidate {
  const stops = fn.parameters.map((p, i) => `\${${i + 1}:${snippetText(p.variadic ? `${p.name}...` : p.name)}}`);
  return {
    label: fn.name,
    kind: CompletionItemKind.Function,
    detail: signatureLabel(fn),
    documentation: notes(fn.name, fn.summary, fn.docs),
    insertText: `${fn.name}(${stops.join(', ')})`,
    snippet: true,
    sortText: `2_${fn.name}`,
  };
}

function notes(name: string, summary: string | undefined, docs: string): string {
  const lines = [summary, isInPacker166(name) ? undefined : 'Not available in Packer 1.6.6.', docsLink(docs)];
  return lines.filter((l): l is string => l !== undefined).join('\n\n');
}
