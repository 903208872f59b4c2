/** HCL2 string functions. Parameter names and types follow cty's stdlib and Packer's own functions. */
import { hclCategory, param, rest } from '../define';
import type { FunctionSignature } from '../types';

const fn = hclCategory('string');
const str = param('str', 'string');

export const stringFunctions: readonly FunctionSignature[] = [
  fn('chomp', [str], 'string', 'Drops the line break characters at the end of a string.'),
  fn('endswith', [str, param('suffix', 'string')], 'bool', 'Tells whether a string ends with the given suffix.'),
  fn(
    'format',
    [param('format', 'string'), rest('args', 'any')],
    'string',
    'Builds a string from a printf-style pattern whose verbs are filled with the remaining arguments.',
  ),
  fn(
    'formatlist',
    [param('format', 'string'), rest('args', 'any')],
    'list(string)',
    'Applies a printf-style pattern element by element across list arguments, giving one string per element.',
  ),
  fn(
    'indent',
    [param('spaces', 'number'), str],
    'string',
    'Prefixes every line except the first with the given number of spaces.',
  ),
  fn(
    'join',
    [param('separator', 'string'), rest('lists', 'list(string)')],
    'string',
    'Glues the strings of one or more lists together, putting the separator between them.',
  ),
  fn('lower', [str], 'string', 'Turns every letter of a string into lower case.'),
  fn(
    'regex',
    [param('pattern', 'string'), param('string', 'string')],
    'any',
    'Finds the first match of a regular expression: the matched text, or its capture groups as a list or map.',
  ),
  fn(
    'regex_replace',
    [str, param('pattern', 'string'), param('replace', 'string')],
    'string',
    'Substitutes every match of a regular expression, where the replacement may refer to capture groups.',
  ),
  fn(
    'regexall',
    [param('pattern', 'string'), param('string', 'string')],
    'list(any)',
    'Finds every match of a regular expression and returns them as a list (empty when nothing matches).',
  ),
  fn(
    'replace',
    [str, param('substr', 'string'), param('replace', 'string')],
    'string',
    'Substitutes every occurrence of a literal substring with another string.',
  ),
  fn(
    'split',
    [param('separator', 'string'), str],
    'list(string)',
    'Cuts a string at each occurrence of the separator and returns the pieces.',
  ),
  fn('startswith', [str, param('prefix', 'string')], 'bool', 'Tells whether a string begins with the given prefix.'),
  fn('strcontains', [str, param('substr', 'string')], 'bool', 'Tells whether a substring occurs anywhere in a string.'),
  fn('strrev', [str], 'string', 'Returns the characters of a string in the opposite order.'),
  fn(
    'substr',
    [str, param('offset', 'number'), param('length', 'number')],
    'string',
    'Takes the part of a string that starts at a character offset and spans the given length (-1 for the rest).',
  ),
  fn('title', [str], 'string', 'Capitalises the first letter of every word of a string.'),
  fn(
    'trim',
    [str, param('cutset', 'string')],
    'string',
    'Strips any of the characters of the cutset from both ends of a string.',
  ),
  fn(
    'trimprefix',
    [str, param('prefix', 'string')],
    'string',
    'Drops the given prefix when the string starts with it.',
  ),
  fn('trimspace', [str], 'string', 'Strips spaces, tabs and line breaks from both ends of a string.'),
  fn('trimsuffix', [str, param('suffix', 'string')], 'string', 'Drops the given suffix when the string ends with it.'),
  fn('upper', [str], 'string', 'Turns every letter of a string into upper case.'),
];
