/**
 * The cursor-context locator: what is at an offset of an analysed document, in terms a feature
 * can act on without walking the syntax itself.
 *
 *   HCL2 (`*.pkr.hcl`, `*.pkrvars.hcl`, and `*.pkr.json` through its converted tree): the enclosing
 *   blocks with their types and labels, the component they configure (kind, type, schema, the
 *   nested-block path inside it), and the target — a block keyword, a label, an attribute name, or
 *   an expression with the traversal, function call or string literal under the cursor.
 *
 *   Legacy JSON templates: jsonc-parser's path, whether the cursor is on a key, the property and
 *   value under it, and the builder/provisioner/post-processor with the setting path inside it.
 *
 * Hover uses it; completion can too: the context is computed the same way for a cursor at the end
 * of a half-typed word (token ends count as inside).
 */
import type { AnalysedDocument } from '../../document';
import { locateInHcl, type HclCursorContext } from './hclContext';
import { locateInJson, type JsonCursorContext } from './jsonContext';

export type { HclComponentContext } from './hclComponent';
export type { HclCursorContext, HclTarget } from './hclContext';
export type { JsonComponentContext, JsonCursorContext } from './jsonContext';
export { locateInHcl, touches } from './hclContext';
export { locateInJson } from './jsonContext';

export type CursorContext = HclCursorContext | JsonCursorContext;

/** Undefined for JSON that is not a Packer template. */
export function locateCursor(document: AnalysedDocument, offset: number): CursorContext | undefined {
  if (document.hcl !== undefined) return locateInHcl(document.hcl.file, offset);
  if (document.format === 'legacy-json') return locateInJson(document, offset);
  return undefined;
}
