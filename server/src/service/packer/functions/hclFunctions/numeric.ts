/** HCL2 arithmetic functions. */
import { hclCategory, param, rest } from '../define';
import type { FunctionSignature } from '../types';

const fn = hclCategory('numeric');
const num = param('num', 'number');

export const numericFunctions: readonly FunctionSignature[] = [
  fn('abs', [num], 'number', 'Drops the sign of a number.'),
  fn('ceil', [num], 'number', 'Rounds a number up to the nearest whole number.'),
  fn('floor', [num], 'number', 'Rounds a number down to the nearest whole number.'),
  fn('log', [num, param('base', 'number')], 'number', 'Computes the logarithm of a number in the given base.'),
  fn('max', [rest('numbers', 'number')], 'number', 'Returns the largest of its arguments.'),
  fn('min', [rest('numbers', 'number')], 'number', 'Returns the smallest of its arguments.'),
  fn(
    'parseint',
    [param('number', 'any'), param('base', 'number')],
    'number',
    'Reads a string of digits written in a base from 2 to 62 as a whole number.',
  ),
  fn('pow', [num, param('power', 'number')], 'number', 'Raises a number to the given power.'),
  fn('signum', [num], 'number', 'Returns -1, 0 or 1 according to the sign of a number.'),
  fn('sum', [param('list', 'any')], 'number', 'Adds up the numbers of a list or set.'),
];
