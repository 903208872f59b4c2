/**
 * HCL2 tells a nested block (`name { ... }`) from an argument (`name = ...`), and Packer takes each
 * setting in one form only: the one its HCL2 spec gives, recorded in the schema as
 * `x-packer-type: block`. This compares a component's block with its schema, and builds the edits
 * that turn one form into the other where the text allows it without a guess.
 *
 * Also here: which legacy-JSON meta keys Packer's HCL2 decoder takes from a component block.
 */
import type { Attribute, Block, Body, ObjectExpression } from '../../parsing/hcl/ast';
import { getBlockProperties } from '../../schema/schemaStore';
import type { ComponentKind, ComponentSchema, PropertySchema } from '../../schema/schemaTypes';
import type { OffsetRange, TextReplacement } from '../../types';

type Properties = Readonly<Record<string, PropertySchema>>;

export type SyntaxIssue =
  /** `source_ami_filter = { ... }` where the schema has a block; the edits when the text converts. */
  | { kind: 'attribute-for-block'; attribute: Attribute; edits: TextReplacement[] | undefined }
  /** `tags { ... }` where the schema has an argument. */
  | {
      kind: 'block-for-attribute';
      block: Block;
      type: PropertySchema['x-packer-type'];
      edits: TextReplacement[] | undefined;
    }
  /** `dynamic "x"` whose label names no block of the component, or a setting that is not a block. */
  | { kind: 'dynamic-label'; block: Block; label: string; range: OffsetRange; blocks: string[]; argument: boolean }
  /** A key of the `content` of a dynamic block that the generated block does not have. */
  | { kind: 'unknown-in-dynamic'; name: string; range: OffsetRange; of: string; known: string[]; present: string[] };

/**
 * Keys that Packer's HCL2 decoder reads from the component block itself before the plugin sees the
 * rest (hcl2template/types.build.provisioners.go and types.build.post-processor.go). Every other
 * legacy-JSON meta key is rejected in HCL2: `type` is the first label, a source's name the second.
 */
const HCL2_DECODER_KEYS: Readonly<Record<ComponentKind, readonly string[]>> = {
  builder: [],
  'data-source': [],
  provisioner: ['name', 'pause_before', 'max_retries', 'timeout', 'continue_on_error', 'only', 'except', 'override'],
  'post-processor': ['name', 'only', 'except', 'keep_input_artifact'],
};

/** Whether an HCL2 component block accepts a top-level key (undefined property: not in the schema). */
export function acceptedInHcl2(kind: ComponentKind, key: string, property: PropertySchema | undefined): boolean {
  if (HCL2_DECODER_KEYS[kind].includes(key)) return true;
  return property !== undefined && property['x-packer-meta'] !== true;
}

/** The block, anywhere in a body, whose own body starts at `start` (a component's tree keeps only that range). */
export function blockWithBodyAt(body: Body, start: number): Block | undefined {
  // Items are in text order: a binary search, since this is asked once per component of a file.
  const items = body.items;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle]?.range.start ?? Infinity) <= start) low = middle + 1;
    else high = middle;
  }
  // `low - 1` is the last item starting at or before `start`; the one before may end there too.
  for (let index = low - 1; index >= 0 && index >= low - 2; index--) {
    const item = items[index];
    if (item?.kind !== 'block' || item.range.end < start) continue;
    if (item.body.range.start === start) return item;
    const inner = blockWithBodyAt(item.body, start);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** Every block/argument mismatch in a component's block, nested blocks and dynamic blocks included. */
export function syntaxIssues(text: string, block: Block, schema: ComponentSchema): SyntaxIssue[] {
  const issues: SyntaxIssue[] = [];
  walkBody(text, block.body, schema.properties, schema, issues);
  return issues;
}

function walkBody(text: string, body: Body, properties: Properties, schema: ComponentSchema, issues: SyntaxIssue[]) {
  for (const item of body.items) {
    const property = own(properties, item.kind === 'attribute' ? item.name : item.type);
    if (item.kind === 'attribute') {
      if (property?.['x-packer-type'] === 'block') {
        const nested = getBlockProperties(schema, property) ?? {};
        issues.push({
          kind: 'attribute-for-block',
          attribute: item,
          edits: attributeToBlock(text, item, nested, schema),
        });
      }
    } else if (item.type === 'dynamic' && property === undefined) {
      walkDynamic(text, item, properties, schema, issues);
    } else if (property !== undefined && property['x-packer-type'] !== 'block') {
      const sameType = body.items.filter((i) => i.kind === 'block' && i.type === item.type).length;
      const edits = blockToAttribute(item, property, sameType);
      issues.push({ kind: 'block-for-attribute', block: item, type: property['x-packer-type'], edits });
    } else if (property !== undefined) {
      walkBody(text, item.body, getBlockProperties(schema, property) ?? {}, schema, issues);
    }
  }
}

/** `dynamic "tag" { for_each = ..., content { ... } }` generates blocks of the type its label names. */
function walkDynamic(
  text: string,
  block: Block,
  properties: Properties,
  schema: ComponentSchema,
  issues: SyntaxIssue[],
) {
  const label = block.labels[0];
  if (label === undefined) return; // hcl-syntax's finding.
  const blocks = Object.keys(properties).filter((k) => properties[k]?.['x-packer-type'] === 'block');
  const property = own(properties, label.value);
  if (property?.['x-packer-type'] !== 'block') {
    const argument = property !== undefined;
    issues.push({ kind: 'dynamic-label', block, label: label.value, range: label.range, blocks, argument });
    return;
  }
  const nested = getBlockProperties(schema, property) ?? {};
  for (const content of block.body.items) {
    if (content.kind !== 'block' || content.type !== 'content') continue;
    const present = content.body.items.map((i) => (i.kind === 'attribute' ? i.name : i.type));
    for (const item of content.body.items) {
      const name = item.kind === 'attribute' ? item.name : item.type;
      if (own(nested, name) !== undefined || (item.kind === 'block' && item.type === 'dynamic')) continue;
      const range = item.kind === 'attribute' ? item.nameRange : item.typeRange;
      issues.push({ kind: 'unknown-in-dynamic', name, range, of: label.value, known: Object.keys(nested), present });
    }
    walkBody(text, content.body, nested, schema, issues);
  }
}

/**
 * `name = { ... }` to `name { ... }` (`=` removed), and `name = [{...}, {...}]` to one block per
 * element. Undefined when the object is not a block body as written: commas between its items,
 * `:` or quoted keys, or items on the line of a brace.
 */
export function attributeToBlock(
  text: string,
  attribute: Attribute,
  properties: Properties = {},
  schema?: ComponentSchema,
): TextReplacement[] | undefined {
  const value = attribute.expression;
  if (!/^[ \t]*=[ \t]*$/.test(text.slice(attribute.nameRange.end, value.range.start))) return undefined;
  if (value.kind === 'object') {
    const inner = objectAsBody(text, value, properties, schema);
    if (inner === undefined) return undefined;
    return [{ range: { start: attribute.nameRange.end, end: value.range.start }, newText: ' ' }, ...inner];
  }
  if (value.kind !== 'tuple' || value.items.length === 0) return undefined;
  const blocks: string[] = [];
  for (const object of value.items) {
    if (object.kind !== 'object' || objectAsBody(text, object, properties, schema)?.length !== 0) return undefined;
    blocks.push(`${attribute.name} ${text.slice(object.range.start, object.range.end)}`);
  }
  return [{ range: attribute.range, newText: blocks.join(`\n${lineIndent(text, attribute.range.start)}`) }];
}

/** The edits that make an object constructor's inside a block body (none: it already is one). */
function objectAsBody(
  text: string,
  object: ObjectExpression,
  properties: Properties,
  schema: ComponentSchema | undefined,
): TextReplacement[] | undefined {
  if (object.closeRange === undefined) return undefined;
  const singleLine = !text.slice(object.range.start, object.range.end).includes('\n');
  if (singleLine && object.items.length > 1) return undefined;
  const edits: TextReplacement[] = [];
  let previousEnd = object.openRange.end;
  for (const item of object.items) {
    const key = item.key;
    if (key.expression.kind !== 'scopeTraversal' || key.expression.steps.length > 0 || key.name === undefined)
      return undefined;
    if (!/^[ \t]*=[ \t]*$/.test(text.slice(key.range.end, item.value.range.start))) return undefined;
    if (!gapIsSeparator(text.slice(previousEnd, key.range.start), singleLine)) return undefined;
    previousEnd = item.range.end;
    const property = own(properties, key.name);
    if (property?.['x-packer-type'] === 'block' && schema !== undefined) {
      if (singleLine) return undefined; // A one-line block holds one argument, never a block.
      const nested = getBlockProperties(schema, property) ?? {};
      const asAttribute: Attribute = {
        kind: 'attribute',
        name: key.name,
        nameRange: key.range,
        expression: item.value,
        range: item.range,
      };
      const inner = attributeToBlock(text, asAttribute, nested, schema);
      if (inner === undefined) return undefined;
      edits.push(...inner);
    }
  }
  if (!gapIsSeparator(text.slice(previousEnd, object.closeRange.start), singleLine)) return undefined;
  return edits;
}

/** Between the items of a block body: a newline (spaces alone on a one-line block), comments, no comma. */
function gapIsSeparator(gap: string, singleLine: boolean): boolean {
  const bare = gap.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(#|\/\/)[^\n]*/g, '');
  if (bare.trim() !== '') return false;
  return singleLine || bare.includes('\n');
}

function blockToAttribute(block: Block, property: PropertySchema, sameType: number): TextReplacement[] | undefined {
  const type = property['x-packer-type'];
  return type.startsWith('map(') || type === 'object' ? blockAsArgument(block, sameType) : undefined;
}

/**
 * `tags { ... }` to `tags = { ... }`: for a block without labels, alone of its type in its body,
 * holding arguments only (which read the same as the items of an object).
 */
export function blockAsArgument(block: Block, sameType: number): TextReplacement[] | undefined {
  if (block.labels.length > 0 || sameType > 1 || block.body.items.some((i) => i.kind === 'block')) return undefined;
  return [{ range: { start: block.typeRange.end, end: block.typeRange.end }, newText: ' =' }];
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
