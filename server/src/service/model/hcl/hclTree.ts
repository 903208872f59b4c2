/**
 * An HCL2 body as the format-neutral tree, so the schema checks written for JSON templates serve
 * HCL2 too: an attribute becomes a property, a nested block a property holding an object (or a
 * list of objects when the block repeats), and literals their values. Any other expression is an
 * ExpressionNode: its value is only known when Packer runs.
 */
import type { Attribute, Block, Body, Expression, ObjectExpression, TupleExpression } from '../../parsing/hcl/ast';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../../parsing/tree';
import {
  ArrayValue,
  booleanNode,
  expressionNode,
  nullNode,
  numberNode,
  ObjectValue,
  Property,
  stringNode,
} from '../../parsing/treeNodes';

type Parent = ObjectNode | ArrayNode | PropertyNode | undefined;

/** The settings of a block body (`source`, `provisioner`, a nested block...). */
export function bodyToObject(body: Body, parent: Parent = undefined): ObjectNode {
  const { start, end } = body.range;
  const object: ObjectNode = new ObjectValue(start, end, parent);
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
  // A copy of exactly its length: an array grown by push keeps room for more, for as long as the
  // document is open.
  object.properties = object.properties.slice();
  return object;
}

function attributeProperty(attribute: Attribute, parent: ObjectNode): PropertyNode {
  const { start, end } = attribute.range;
  const name = attribute.nameRange;
  const property = new Property(attribute.name, name.end, 'attribute', start, end, parent);
  property.value = expressionValue(attribute.expression, property);
  return property;
}

function blockProperty(blocks: Block[], parent: ObjectNode): PropertyNode {
  const first = blocks[0] as Block;
  const last = blocks[blocks.length - 1] as Block;
  const typeRange = first.typeRange;
  const start = first.range.start;
  const end = last.range.end;
  const property: PropertyNode = new Property(first.type, typeRange.end, 'block', start, end, parent);
  if (blocks.length === 1) {
    property.value = bodyToObject(first.body, property);
  } else {
    const list: ArrayNode = new ArrayValue(start, end, property);
    list.items = blocks.map((block) => bodyToObject(block.body, list));
    property.value = list;
  }
  return property;
}

/** Literals become values; anything computed becomes an ExpressionNode. */
export function expressionValue(expression: Expression, parent: Parent): ValueNode {
  const { start, end } = expression.range;
  switch (expression.kind) {
    case 'number':
      return numberNode(expression.value, start, end, parent);
    case 'bool':
      return booleanNode(expression.value, start, end, parent);
    case 'null':
      return nullNode(start, end, parent);
    case 'template': {
      const [only, ...rest] = expression.parts;
      if (rest.length === 0 && (only === undefined || only.kind === 'templateLiteral')) {
        return stringNode(only?.value ?? '', start, end, parent);
      }
      return expressionNode(start, end, parent);
    }
    case 'tuple':
      return tupleValue(expression, parent);
    case 'object':
      return objectValue(expression, parent);
    case 'parentheses':
      return expressionValue(expression.expression, parent);
    default:
      return expressionNode(start, end, parent);
  }
}

function tupleValue(tuple: TupleExpression, parent: Parent): ArrayNode {
  const { start, end } = tuple.range;
  const array: ArrayNode = new ArrayValue(start, end, parent);
  array.items = tuple.items.map((item) => expressionValue(item, array));
  return array;
}

/** `{ Name = "x" }`: a literal key is a setting name; a computed one makes the whole value computed. */
function objectValue(expression: ObjectExpression, parent: Parent): ValueNode {
  const { start, end } = expression.range;
  if (expression.items.some((item) => item.key.name === undefined)) return expressionNode(start, end, parent);
  const object: ObjectNode = new ObjectValue(start, end, parent);
  for (const item of expression.items) {
    // An item starts with its key.
    const range = item.range;
    const property = new Property(
      item.key.name as string,
      item.key.range.end,
      'attribute',
      range.start,
      range.end,
      object,
    );
    property.value = expressionValue(item.value, property);
    object.properties.push(property);
  }
  object.properties = object.properties.slice();
  return object;
}
