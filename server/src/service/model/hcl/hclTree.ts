/**
 * An HCL2 body as the format-neutral tree, so the schema checks written for JSON templates serve
 * HCL2 too: an attribute becomes a property, a nested block a property holding an object (or a
 * list of objects when the block repeats), and literals their values. Any other expression is an
 * ExpressionNode: its value is only known when Packer runs.
 */
import type { Attribute, Block, Body, Expression, ObjectExpression, TupleExpression } from '../../parsing/hcl/ast';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../../parsing/tree';

type Parent = ObjectNode | ArrayNode | PropertyNode | undefined;

/** The settings of a block body (`source`, `provisioner`, a nested block...). */
export function bodyToObject(body: Body, parent: Parent = undefined): ObjectNode {
  const object: ObjectNode = { type: 'object', range: body.range, parent, properties: [] };
  const blocksByType = new Map<string, Block[]>();
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      object.properties.push(attributeProperty(item, object));
    } else {
      const same = blocksByType.get(item.type);
      if (same === undefined) {
        blocksByType.set(item.type, [item]);
        object.properties.push(blockProperty([item], object));
      } else {
        same.push(item);
        // A repeated block is one setting holding a list, as JSON writes it.
        const index = object.properties.findIndex((p) => p.syntax === 'block' && p.key === item.type);
        object.properties[index] = blockProperty(same, object);
      }
    }
  }
  return object;
}

function attributeProperty(attribute: Attribute, parent: ObjectNode): PropertyNode {
  const property: PropertyNode = {
    type: 'property',
    key: attribute.name,
    keyRange: attribute.nameRange,
    syntax: 'attribute',
    range: attribute.range,
    parent,
    value: undefined,
  };
  property.value = expressionValue(attribute.expression, property);
  return property;
}

function blockProperty(blocks: Block[], parent: ObjectNode): PropertyNode {
  const first = blocks[0] as Block;
  const last = blocks[blocks.length - 1] as Block;
  const property: PropertyNode = {
    type: 'property',
    key: first.type,
    keyRange: first.typeRange,
    syntax: 'block',
    range: { start: first.range.start, end: last.range.end },
    parent,
    value: undefined,
  };
  if (blocks.length === 1) {
    property.value = bodyToObject(first.body, property);
  } else {
    const list: ArrayNode = { type: 'array', range: property.range, parent: property, items: [] };
    list.items = blocks.map((block) => bodyToObject(block.body, list));
    property.value = list;
  }
  return property;
}

/** Literals become values; anything computed becomes an ExpressionNode. */
export function expressionValue(expression: Expression, parent: Parent): ValueNode {
  const range = expression.range;
  switch (expression.kind) {
    case 'number':
      return { type: 'number', range, parent, value: expression.value };
    case 'bool':
      return { type: 'boolean', range, parent, value: expression.value };
    case 'null':
      return { type: 'null', range, parent, value: null };
    case 'template': {
      const [only, ...rest] = expression.parts;
      if (rest.length === 0 && (only === undefined || only.kind === 'templateLiteral')) {
        return { type: 'string', range, parent, value: only?.value ?? '' };
      }
      return { type: 'expression', range, parent, value: undefined };
    }
    case 'tuple':
      return tupleValue(expression, parent);
    case 'object':
      return objectValue(expression, parent);
    case 'parentheses':
      return expressionValue(expression.expression, parent);
    default:
      return { type: 'expression', range, parent, value: undefined };
  }
}

function tupleValue(tuple: TupleExpression, parent: Parent): ArrayNode {
  const array: ArrayNode = { type: 'array', range: tuple.range, parent, items: [] };
  array.items = tuple.items.map((item) => expressionValue(item, array));
  return array;
}

/** `{ Name = "x" }`: a literal key is a setting name; a computed one makes the whole value computed. */
function objectValue(expression: ObjectExpression, parent: Parent): ValueNode {
  if (expression.items.some((item) => item.key.name === undefined)) {
    return { type: 'expression', range: expression.range, parent, value: undefined };
  }
  const object: ObjectNode = { type: 'object', range: expression.range, parent, properties: [] };
  for (const item of expression.items) {
    const property: PropertyNode = {
      type: 'property',
      key: item.key.name as string,
      keyRange: item.key.range,
      syntax: 'attribute',
      range: item.range,
      parent: object,
      value: undefined,
    };
    property.value = expressionValue(item.value, property);
    object.properties.push(property);
  }
  return object;
}
