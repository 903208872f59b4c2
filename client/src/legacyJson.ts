/**
 * Is this `.json` a legacy Packer template? Its top level is an object with a `builders` array. Read with
 * jsonc-parser's tolerant tree, because the templates people paste have curly quotes and trailing commas,
 * and those are exactly the files that need the Packer language to explain their errors.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

/** Files above this size are not inspected: templates are small, and opening a huge JSON must stay fast. */
const MAX_LENGTH = 5_000_000;

export function isLegacyJsonTemplate(text: string): boolean {
  if (text.length > MAX_LENGTH || !text.includes('"builders"')) return false;
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (root?.type !== 'object') return false;
  return findNodeAtLocation(root, ['builders'])?.type === 'array';
}
