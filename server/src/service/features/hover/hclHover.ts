/**
 * Hover in an HCL2 file: from the cursor context to the text of the thing under the cursor —
 * block keywords, component types and names, settings, variables, locals, references, functions.
 */
import type { Attribute, Block, BlockLabel } from '../../parsing/hcl/ast';
import { literalString, type HclConfiguration } from '../../model/hcl/configuration';
import { findTemplateCalls } from '../../model/templateCalls';
import { getComponentSchema } from '../../schema/schemaStore';
import type { OffsetRange } from '../../types';
import { touches, type HclCursorContext, type HclTarget } from '../context';
import { labelledComponentKind } from '../context/hclComponent';
import { hclFunctionHover, legacyFunctionHover } from './functionHover';
import { blockAttribute, blockKeyword, metaSetting } from './keywordTexts';
import { code, docsLink, paragraphs } from '../markdown';
import { dataHover, referenceHover, sourceHover } from './referenceHover';
import { localHover } from './localHover';
import { componentHover, kindName, settingHover } from './settingHover';
import { hclVariableHover } from './variableHover';
import { contextFieldHover } from './contextVariableHover';
import { aliasHover, hclOverrideHover } from './overrideHover';
import { typeConstraintHover } from './typeConstraintHover';

export interface HoverText {
  markdown: string;
  range: OffsetRange;
}

export function hclHover(configuration: HclConfiguration, context: HclCursorContext): HoverText | undefined {
  const { target } = context;
  switch (target.kind) {
    case 'blockType':
      return withRange(blockTypeHover(context, target.block), target.block.typeRange);
    case 'blockLabel':
      return withRange(
        labelHover(configuration, context, target.block, target.label, target.index),
        target.label.range,
      );
    case 'attributeName':
      return withRange(attributeNameHover(configuration, context, target.attribute.name), target.attribute.nameRange);
    case 'expression':
      return expressionHover(configuration, context, target);
    case 'body':
      return undefined;
  }
}

function withRange(markdown: string | undefined, range: OffsetRange): HoverText | undefined {
  return markdown === undefined ? undefined : { markdown, range };
}

function blockTypeHover(context: HclCursorContext, block: Block): string | undefined {
  const { blocks, component } = context;
  const parent = blocks[blocks.length - 2];
  const isSetting =
    component !== undefined && component.block !== block && block.type !== 'dynamic' && block.type !== 'content';
  if (isSetting && component.schema !== undefined) {
    const hover = settingHover(component.schema, component.path, 'hcl');
    if (hover !== undefined) return hover;
  }
  // A chain's post-processors are the same blocks as a build's.
  const parentType = parent?.type === 'post-processors' ? 'build' : parent?.type;
  const keyword = blockKeyword(block.type, parentType);
  return keyword === undefined
    ? undefined
    : paragraphs(`**${block.type}** block`, code(keyword.syntax), keyword.summary, docsLink(keyword.docs));
}

function labelHover(
  configuration: HclConfiguration,
  context: HclCursorContext,
  block: Block,
  label: BlockLabel,
  index: number,
): string | undefined {
  const inBuild = context.blocks[0]?.type === 'build' && context.blocks[0] !== block;
  if (block.type === 'source' && inBuild) {
    const [, type, name] = label.value.split('.');
    return type === undefined || name === undefined ? undefined : sourceHover(configuration, type, name);
  }
  const kind = labelledComponentKind(block.type);
  if (kind !== undefined && index === 0) {
    const schema = context.component?.schema ?? getComponentSchema(kind, label.value);
    return schema === undefined ? `Unknown ${kindName(kind)} type ${code(label.value)}.` : componentHover(kind, schema);
  }
  const type = block.labels[0]?.value;
  if (block.type === 'source' && index === 1 && type !== undefined)
    return sourceHover(configuration, type, label.value);
  if (block.type === 'data' && index === 1 && type !== undefined)
    return dataHover(configuration, type, label.value, undefined);
  if (block.type === 'variable') return hclVariableHover(configuration, label.value);
  if (block.type === 'local') return localHover(configuration, label.value);
  if (block.type === 'dynamic' && context.component?.schema !== undefined)
    return settingHover(context.component.schema, context.component.path, 'hcl');
  return undefined;
}

function attributeNameHover(
  configuration: HclConfiguration,
  context: HclCursorContext,
  name: string,
): string | undefined {
  const { blocks, component, file } = context;
  const innermost = blocks[blocks.length - 1];
  if (innermost === undefined) return file.role === 'config' ? undefined : hclVariableHover(configuration, name);
  if (innermost.type === 'locals') return localHover(configuration, name);
  if (innermost.type === 'variables') return hclVariableHover(configuration, name);
  if (component?.schema !== undefined && innermost.type !== 'dynamic') {
    const hover = settingHover(component.schema, [...component.path, name], 'hcl');
    if (hover !== undefined) return hover;
  }
  // HCL2 adds meta settings of its own (`name`, `continue_on_error`) that no component schema lists.
  const meta = component !== undefined && component.path.length === 0 ? metaSetting(name) : undefined;
  if (meta !== undefined && component !== undefined) {
    const docs = blockKeyword(innermost.type, 'build')?.docs;
    return paragraphs(`**${name}** · setting of every ${component.kind}`, meta, docsLink(docs));
  }
  const text = blockAttribute(innermost.type, name);
  return text === undefined ? undefined : paragraphs(`**${name}** · ${code(innermost.type)} argument`, text);
}

function expressionHover(
  configuration: HclConfiguration,
  context: HclCursorContext,
  target: Extract<HclTarget, { kind: 'expression' }>,
): HoverText | undefined {
  const typeConstraint = variableTypeHover(context, target.attribute);
  if (typeConstraint !== undefined) return typeConstraint;
  const override = hclOverrideHover(configuration, context, target.attribute.name, target.expressions);
  if (override !== undefined) return override;
  if (target.call !== undefined) return withRange(hclFunctionHover(target.call.name), target.call.nameRange);
  if (target.traversal !== undefined) {
    const { traversal, stepIndex } = target.traversal;
    return withRange(referenceHover(configuration, traversal, stepIndex, context.blocks), traversal.range);
  }
  const literal = target.literal;
  if (literal === undefined) return undefined;
  const string = target.expressions[target.expressions.length - 1];
  const named = namedSource(context, target.attribute.name, literal.value);
  if (named !== undefined) {
    const markdown = aliasHover(configuration, context, ...named) ?? sourceHover(configuration, ...named);
    return withRange(markdown, string?.range ?? literal.range);
  }
  // Go-template calls in HCL2 strings (`{{timestamp}}`) are the builder's own interpolation.
  const text = context.file.text.slice(literal.range.start, literal.range.end);
  const calls = findTemplateCalls(text, literal.range.start);
  const call = calls.find((c) => c.nameRange !== undefined && touches(c.nameRange, context.offset));
  if (call?.name !== undefined) return withRange(legacyFunctionHover(call.name), call.range);
  // `{{ .Path }}` in an `execute_command`: a field the component fills in.
  const field = calls.find((c) => c.name === undefined && touches(c.range, context.offset));
  if (field === undefined) return undefined;
  const { component } = context;
  const owner = component && { kindName: kindName(component.kind), type: component.type };
  const fieldText = context.file.text.slice(field.range.start, field.range.end);
  return contextFieldHover(fieldText, field.range.start, context.offset, owner);
}

/** `type = list(string)` in a `variable` block: the constraint in plain words. */
function variableTypeHover(context: HclCursorContext, attribute: Attribute): HoverText | undefined {
  const [variable, ...nested] = context.blocks;
  if (variable?.type !== 'variable' || nested.length > 0 || attribute.name !== 'type') return undefined;
  const { expression } = attribute;
  const range = expression.range;
  // In `*.pkr.json` the constraint is written as a string.
  const written = context.file.json === undefined ? undefined : literalString(expression)?.value;
  const markdown =
    written !== undefined
      ? typeConstraintHover(written)
      : typeConstraintHover(context.file.text.slice(range.start, range.end), expression);
  return { markdown, range };
}

/**
 * A source named in a string: `sources = ["source.TYPE.NAME"]` in a build, and the
 * `only`/`except` entries (`"TYPE.NAME"`) of its provisioners and post-processors.
 */
function namedSource(context: HclCursorContext, attribute: string, value: string): [string, string] | undefined {
  const { blocks, component } = context;
  if (blocks[0]?.type !== 'build') return undefined;
  const parts = value.split('.');
  if (blocks.length === 1 && attribute === 'sources' && parts.length === 3 && parts[0] === 'source')
    return [parts[1] as string, parts[2] as string];
  const meta = component !== undefined && component.kind !== 'builder' && component.path.length === 0;
  if (meta && (attribute === 'only' || attribute === 'except') && parts.length === 2)
    return [parts[0] as string, parts[1] as string];
  return undefined;
}
