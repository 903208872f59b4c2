/**
 * Completion inside `${ }` of a string in HCL2's JSON syntax (`"ami_name": "web-${var.|}"`): HCL
 * reads such strings as templates, so the same names and functions as in native HCL2 apply.
 */
import type { HclConfiguration } from '../../model/hcl/configuration';
import type { CompletionResult } from './candidate';
import { hclFunctionCandidates, variableDefaultFunctionCandidates } from './functionItems';
import type { BlockHeader } from './hclCursor';
import { referenceCandidates, rootCandidates, typedReference } from './hclReferences';
import { scopeOf } from './hclScope';

/**
 * `before` is the string's content up to the cursor; undefined when the cursor is not in an open
 * `${` (the caller then offers the string's values).
 */
export function hclJsonTemplateCandidates(
  before: string,
  offset: number,
  blocks: readonly BlockHeader[],
  configuration: HclConfiguration | undefined,
  attribute: string | undefined,
): CompletionResult | undefined {
  const open = before.lastIndexOf('${');
  // `$${` is a literal `${`; a `}` after the opening closes the interpolation.
  if (open < 0 || before[open - 1] === '$' || before.indexOf('}', open) >= 0) return undefined;
  const scope = scopeOf(blocks);
  const typed = typedReference(before.slice(open + 2), offset);
  if (typed.parts !== undefined) {
    return { candidates: referenceCandidates(typed.parts, configuration, scope), range: typed.range };
  }
  const candidates = [...rootCandidates(scope), ...hclFunctionCandidates()];
  const inDefault = attribute === 'default' && scope.kind === 'structure' && scope.name === 'variable';
  if (inDefault) candidates.push(...variableDefaultFunctionCandidates());
  return { candidates, range: typed.range };
}
