/**
 * What the cursor is on when it is not a name that can be renamed, so that prepare-rename can say
 * why rather than refuse silently: a function, a setting, a block type, a component type.
 */
import type { AnalysedDocument } from '../../document';
import { locateCursor, touches, type HclTarget, type JsonCursorContext } from '../context';
import { labelledComponentKind } from '../context/hclComponent';

const GENERIC =
  'Only variables, locals, sources, data sources (and in a legacy template, variables and builder names) can be renamed; there is none here.';

export function whyNotRenamable(document: AnalysedDocument, offset: number): string {
  const context = locateCursor(document, offset);
  if (context === undefined) return GENERIC;
  return (context.format === 'hcl' ? inHcl(context.target) : inJson(document, context)) ?? GENERIC;
}

function inHcl(target: HclTarget): string | undefined {
  switch (target.kind) {
    case 'attributeName':
      return `"${target.attribute.name}" is a setting name that Packer defines: it cannot be renamed.`;
    case 'blockType':
      return `"${target.block.type}" is a block type that Packer defines: it cannot be renamed.`;
    case 'blockLabel':
      return target.index === 0 && labelledComponentKind(target.block.type) !== undefined
        ? `"${target.label.value}" is a plugin's type name: it cannot be renamed.`
        : undefined;
    case 'expression':
      return target.call === undefined
        ? undefined
        : `${target.call.name}() is one of Packer's built-in functions: its name cannot be changed.`;
    case 'body':
      return undefined;
  }
}

function inJson(document: AnalysedDocument, context: JsonCursorContext): string | undefined {
  for (const { calls } of document.template?.templateStrings ?? [])
    for (const call of calls)
      if (call.nameRange !== undefined && touches(call.nameRange, context.offset))
        return `${call.name ?? ''} is one of Packer's built-in template functions: its name cannot be changed.`;
  const key = context.onKey ? context.property?.key : undefined;
  return key === undefined ? undefined : `"${key}" is a key that Packer defines: it cannot be renamed.`;
}
