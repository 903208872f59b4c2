/**
 * What the cursor is on when it is not a name that can be renamed, so that prepare-rename can say
 * why rather than refuse silently: a function, a setting, a block type, a component type.
 */
import type { AnalysedDocument } from '../../document';
import type { Body, Expression } from '../../parsing/hcl/ast';
import { forEachChild } from '../../parsing/hcl/walk';
import type { ValueNode } from '../../parsing/tree';
import { containsOffset } from './occurrences';

const GENERIC =
  'Only variables, locals, sources, data sources (and in a legacy template, variables and builder names) can be renamed; there is none here.';

/** Blocks whose first label is a plugin's component type. */
const TYPED_BLOCKS = new Set(['source', 'data', 'provisioner', 'error-cleanup-provisioner', 'post-processor']);

export function whyNotRenamable(document: AnalysedDocument, offset: number): string {
  const hcl = document.hcl;
  if (hcl !== undefined) return inBody(hcl.file.body, offset) ?? GENERIC;
  if (document.template !== undefined) return inJson(document, offset) ?? GENERIC;
  return GENERIC;
}

function inBody(body: Body, offset: number): string | undefined {
  for (const item of body.items) {
    if (!containsOffset(item.range, offset)) continue;
    if (item.kind === 'attribute') {
      if (containsOffset(item.nameRange, offset))
        return `"${item.name}" is a setting name that Packer defines: it cannot be renamed.`;
      return inExpression(item.expression, offset);
    }
    if (containsOffset(item.typeRange, offset))
      return `"${item.type}" is a block type that Packer defines: it cannot be renamed.`;
    const typeLabel = item.labels[0];
    if (typeLabel !== undefined && TYPED_BLOCKS.has(item.type) && containsOffset(typeLabel.range, offset))
      return `"${typeLabel.value}" is a plugin's type name: it cannot be renamed.`;
    return inBody(item.body, offset);
  }
  return undefined;
}

function inExpression(expression: Expression, offset: number): string | undefined {
  if (!containsOffset(expression.range, offset)) return undefined;
  if (expression.kind === 'functionCall' && containsOffset(expression.nameRange, offset))
    return `${expression.name}() is one of Packer's built-in functions: its name cannot be changed.`;
  let found: string | undefined;
  forEachChild(expression, (child) => {
    found ??= inExpression(child, offset);
  });
  return found;
}

function inJson(document: AnalysedDocument, offset: number): string | undefined {
  for (const { calls } of document.template?.templateStrings ?? [])
    for (const call of calls)
      if (call.nameRange !== undefined && containsOffset(call.nameRange, offset))
        return `${call.name ?? ''} is one of Packer's built-in template functions: its name cannot be changed.`;
  const key = keyAt(document.root, offset);
  return key === undefined ? undefined : `"${key}" is a key that Packer defines: it cannot be renamed.`;
}

function keyAt(node: ValueNode | undefined, offset: number): string | undefined {
  if (node === undefined || !containsOffset(node.range, offset)) return undefined;
  if (node.type === 'array') {
    for (const item of node.items) {
      const found = keyAt(item, offset);
      if (found !== undefined) return found;
    }
  }
  if (node.type !== 'object') return undefined;
  for (const property of node.properties) {
    if (containsOffset(property.keyRange, offset)) return property.key;
    const found = keyAt(property.value, offset);
    if (found !== undefined) return found;
  }
  return undefined;
}
