/**
 * Functions Packer's HCL2 accepts in one place only: `env` reads the environment, and Packer allows
 * it in a variable's `default` alone (it is not in the general function list, so the facts' list
 * of functions does not name it).
 */
import { hclCategory, param } from './define';
import type { FunctionSignature } from './types';

const fn = hclCategory('contextual');

export const variableDefaultFunctions: readonly FunctionSignature[] = [
  fn(
    'env',
    [param('name', 'string')],
    'string',
    'Reads an environment variable (an empty string when unset); only a variable’s `default` may call it.',
  ),
];
