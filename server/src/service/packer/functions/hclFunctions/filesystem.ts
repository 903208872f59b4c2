/** HCL2 functions on paths and files. Relative paths are resolved from Packer's working directory. */
import { hclCategory, param } from '../define';
import type { FunctionSignature } from '../types';

const fn = hclCategory('file');
const path = param('path', 'string');

export const filesystemFunctions: readonly FunctionSignature[] = [
  fn('abspath', [path], 'string', 'Turns a relative path into an absolute one.'),
  fn('basename', [path], 'string', 'Keeps only the last element of a path.'),
  fn('dirname', [path], 'string', 'Drops the last element of a path, keeping the directory part.'),
  fn('file', [path], 'string', 'Reads a UTF-8 text file and returns its content.'),
  fn('filebase64', [path], 'string', 'Reads a file of any content and returns its bytes as base64.'),
  fn('fileexists', [path], 'bool', 'Tells whether a file exists at the given path.'),
  fn(
    'fileset',
    [path, param('pattern', 'string')],
    'set(string)',
    'Lists the files under a directory whose relative paths match a glob pattern.',
  ),
  fn('pathexpand', [path], 'string', "Replaces a leading `~` in a path by the current user's home directory."),
  fn(
    'templatefile',
    [path, param('vars', 'any')],
    'any',
    'Renders a file as an HCL string template with the given variables; the result is normally a string.',
  ),
];
