/** HCL2 functions on types and on errors of expressions. */
import { hclCategory, param, rest } from '../define';
import type { FunctionSignature } from '../types';

const fn = hclCategory('conversion');

// `expression` and `type` are not value types: these functions take the expression or the type
// constraint itself, unevaluated.
export const conversionFunctions: readonly FunctionSignature[] = [
  fn(
    'can',
    [param('expression', 'expression')],
    'bool',
    'Evaluates an expression and tells whether that succeeded without error.',
  ),
  fn(
    'convert',
    [param('value', 'any'), param('type', 'type')],
    'any',
    'Converts a value to a type constraint such as `list(string)`, failing when that is impossible.',
  ),
  fn(
    'try',
    [rest('expressions', 'expression')],
    'any',
    'Evaluates its arguments in turn and returns the first one that succeeds.',
  ),
];
