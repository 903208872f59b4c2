/**
 * The format-neutral tree: what the rules, the schema validation and the model see, whether the
 * text was JSON or (later) HCL2. Every node knows its range in the original text.
 */
import type { OffsetRange } from '../types';

export type ValueNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode | ExpressionNode;
export type TreeNode = ValueNode | PropertyNode;

interface NodeBase {
  range: OffsetRange;
  parent: ObjectNode | ArrayNode | PropertyNode | undefined;
}

export interface ObjectNode extends NodeBase {
  type: 'object';
  properties: PropertyNode[];
}

export interface PropertyNode extends NodeBase {
  type: 'property';
  key: string;
  keyRange: OffsetRange;
  /** HCL2 only: written as `key = value` or as a `key { }` block (JSON has no such choice). */
  syntax?: 'attribute' | 'block';
  /** Missing when the text stops after the key (the user is still typing). */
  value: ValueNode | undefined;
}

export interface ArrayNode extends NodeBase {
  type: 'array';
  items: ValueNode[];
}

export interface StringNode extends NodeBase {
  type: 'string';
  value: string;
}

export interface NumberNode extends NodeBase {
  type: 'number';
  value: number;
}

export interface BooleanNode extends NodeBase {
  type: 'boolean';
  value: boolean;
}

export interface NullNode extends NodeBase {
  type: 'null';
  value: null;
}

/**
 * An HCL2 expression whose value is only known when Packer runs (`var.region`, `"${local.x}-1"`,
 * `timestamp()`). Checks that need the value skip it; checks of presence count it as set.
 */
export interface ExpressionNode extends NodeBase {
  type: 'expression';
  value: undefined;
}

/**
 * What an expression stands for in the plain value given to the schema validators: a string with
 * a template call in it, which every generated schema accepts for a scalar of any type, the way
 * Packer accepts a `{{ }}` value before rendering it. Errors that still point at one are dropped.
 */
export const EXPRESSION_PLACEHOLDER = '{{ expression }}';

export function findProperty(node: ValueNode | undefined, key: string): PropertyNode | undefined {
  if (node?.type !== 'object') return undefined;
  // The last one wins, as in Go's encoding/json.
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const property = node.properties[i];
    if (property?.key === key) return property;
  }
  return undefined;
}

export function propertyValue(node: ValueNode | undefined, key: string): ValueNode | undefined {
  return findProperty(node, key)?.value;
}

export function stringValue(node: ValueNode | undefined): string | undefined {
  return node?.type === 'string' ? node.value : undefined;
}

const plainValues = new WeakMap<ValueNode, unknown>();

/**
 * `toPlainValue` of a component's node, computed once and shared by the schema check and every
 * rule that reads the component as plain data: the result must be treated as read-only.
 */
export function sharedPlainValue(node: ValueNode): unknown {
  if (plainValues.has(node)) return plainValues.get(node);
  const value = toPlainValue(node);
  plainValues.set(node, value);
  return value;
}

/** The plain JavaScript value of a node, as JSON.parse would give it. */
export function toPlainValue(node: ValueNode | undefined): unknown {
  if (node === undefined) return undefined;
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.value === undefined) continue;
        // defineProperty for "__proto__" only, whose assignment would replace the prototype; it is
        // much slower than an assignment, which every other key gets.
        if (property.key === '__proto__') {
          Object.defineProperty(result, property.key, {
            value: toPlainValue(property.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else result[property.key] = toPlainValue(property.value);
      }
      return result;
    }
    case 'array':
      return node.items.map(toPlainValue);
    case 'expression':
      return EXPRESSION_PLACEHOLDER;
    default:
      return node.value;
  }
}

/**
 * The node that a JSON pointer (as ajv's `instancePath`, e.g. `/builders/0/ami_name`) names,
 * or the deepest node on the way when the path leaves the tree.
 */
export function nodeAtPointer(root: ValueNode, pointer: string): ValueNode {
  let node: ValueNode = root;
  if (pointer === '') return node;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    let next: ValueNode | undefined;
    if (node.type === 'object') next = findProperty(node, segment)?.value;
    else if (node.type === 'array') next = node.items[Number(segment)];
    if (next === undefined) return node;
    node = next;
  }
  return node;
}

/**
 * Whether an object's braces are both in the text. An insertion into an object still being typed
 * (no closing brace yet) could land inside another value: fixes that insert ask this first.
 */
export function hasBothBraces(text: string, object: ObjectNode): boolean {
  return text[object.range.start] === '{' && text[object.range.end - 1] === '}';
}
