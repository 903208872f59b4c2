/** HCL2 functions on lists, sets, maps and objects. */
import { hclCategory, param, rest } from '../define';
import type { FunctionSignature } from '../types';

const fn = hclCategory('collection');
const list = param('list', 'any');

export const collectionFunctions: readonly FunctionSignature[] = [
  fn(
    'alltrue',
    [param('list', 'list(bool)')],
    'bool',
    'Tells whether every element of a list is true (true for an empty list).',
  ),
  fn('anytrue', [param('list', 'list(bool)')], 'bool', 'Tells whether at least one element of a list is true.'),
  fn(
    'chunklist',
    [param('list', 'list(any)'), param('size', 'number')],
    'list(list(any))',
    'Cuts a list into consecutive lists of at most the given size.',
  ),
  fn('coalesce', [rest('vals', 'any')], 'any', 'Returns the first argument that is neither null nor an empty string.'),
  fn('coalescelist', [rest('vals', 'any')], 'any', 'Returns the first of its list arguments that is not empty.'),
  fn('compact', [param('list', 'list(string)')], 'list(string)', 'Drops the null and empty-string elements of a list.'),
  fn('concat', [rest('seqs', 'any')], 'list(any)', 'Joins several lists into one, keeping their order.'),
  fn('contains', [list, param('value', 'any')], 'bool', 'Tells whether a list or set holds the given value.'),
  fn(
    'distinct',
    [param('list', 'list(any)')],
    'list(any)',
    'Drops repeated elements of a list, keeping first occurrences.',
  ),
  fn(
    'element',
    [list, param('index', 'number')],
    'any',
    'Picks one element of a list by index, wrapping around past the end.',
  ),
  fn('flatten', [list], 'list(any)', 'Replaces nested lists by their elements, giving one flat list.'),
  fn(
    'index',
    [list, param('value', 'any')],
    'number',
    'Gives the position of the first element equal to the value; an error when absent.',
    'index-fn',
  ),
  fn(
    'keys',
    [param('inputMap', 'any')],
    'list(string)',
    'Lists the keys of a map or the attribute names of an object, sorted.',
  ),
  fn('length', [param('value', 'any')], 'number', 'Counts the elements of a collection or the characters of a string.'),
  fn(
    'lookup',
    [param('inputMap', 'any'), param('key', 'string'), param('default', 'any')],
    'any',
    'Reads one element of a map by key, falling back to the default when the key is missing.',
  ),
  fn(
    'merge',
    [rest('maps', 'any')],
    'any',
    'Combines maps or objects into one; for a repeated key the later argument wins.',
  ),
  fn(
    'range',
    [rest('params', 'number')],
    'list(number)',
    'Generates a list of numbers from a limit, or from start, limit and an optional step.',
  ),
  fn('reverse', [list], 'list(any)', 'Returns the elements of a list in the opposite order.'),
  fn(
    'setintersection',
    [param('first_set', 'set(any)'), rest('other_sets', 'set(any)')],
    'set(any)',
    'Keeps only the elements that every given set holds.',
  ),
  fn(
    'setproduct',
    [rest('sets', 'any')],
    'list(any)',
    'Builds every combination that takes one element from each of the given sets or lists.',
  ),
  fn(
    'setunion',
    [param('first_set', 'set(any)'), rest('other_sets', 'set(any)')],
    'set(any)',
    'Gathers the elements held by any of the given sets.',
  ),
  fn(
    'slice',
    [list, param('start_index', 'number'), param('end_index', 'number')],
    'list(any)',
    'Takes the elements from the start index up to, but not including, the end index.',
  ),
  fn('sort', [param('list', 'list(string)')], 'list(string)', 'Orders a list of strings lexicographically.'),
  fn(
    'values',
    [param('mapping', 'any')],
    'list(any)',
    'Lists the values of a map or object, in the order of their sorted keys.',
  ),
  fn(
    'zipmap',
    [param('keys', 'list(string)'), param('values', 'any')],
    'map(any)',
    'Pairs a list of keys with a list of values of the same length to build a map.',
  ),
];
