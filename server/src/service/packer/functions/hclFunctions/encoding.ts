/** HCL2 encoding functions: base64, JSON, YAML, CSV, URLs and character sets. */
import { hclCategory, param } from '../define';
import type { FunctionSignature } from '../types';

const fn = hclCategory('encoding');
const str = param('str', 'string');

export const encodingFunctions: readonly FunctionSignature[] = [
  fn('base64decode', [str], 'string', 'Decodes base64 text whose bytes must form valid UTF-8.'),
  fn('base64encode', [str], 'string', 'Encodes the UTF-8 bytes of a string as base64.'),
  fn('base64gzip', [str], 'string', 'Compresses a string with gzip and returns the result as base64.'),
  fn(
    'csvdecode',
    [str],
    'list(object)',
    'Reads CSV text whose first line names the columns and returns one object per following line.',
  ),
  fn('jsondecode', [str], 'any', 'Parses JSON text into the matching HCL value.'),
  fn('jsonencode', [param('val', 'any')], 'string', 'Serialises any value as compact JSON text.'),
  fn(
    'textdecodebase64',
    [param('source', 'string'), param('encoding', 'string')],
    'string',
    'Decodes base64 bytes written in the named character set into a UTF-8 string.',
  ),
  fn(
    'textencodebase64',
    [param('string', 'string'), param('encoding', 'string')],
    'string',
    'Converts a string to the named character set and returns those bytes as base64.',
  ),
  fn('urlencode', [str], 'string', 'Escapes a string so that it can be placed in a URL query.'),
  fn('yamldecode', [param('src', 'string')], 'any', 'Parses a YAML document into the matching HCL value.'),
  fn('yamlencode', [param('value', 'any')], 'string', 'Serialises any value as a YAML document.'),
];
