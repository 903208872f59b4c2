/**
 * The classes the JSON parser and the HCL2 model build the format-neutral tree from. They
 * implement the interfaces of tree.ts (which stay the contract: code may also build plain objects
 * of those shapes) but keep offsets as numbers in `start`/`end` (and `keyStart`/`keyEnd`) and
 * make `range` and `keyRange` getters. A `{start, end}` object per node, two per property, was a
 * quarter of the memory an open document keeps.
 */
import type { OffsetRange } from '../types';
import type * as tree from './tree';

type Parent = tree.ObjectNode | tree.ArrayNode | tree.PropertyNode | undefined;

abstract class Positioned {
  // `declare` and assignments rather than class fields: V8 defines class fields one by one.
  declare start: number;
  declare end: number;
  declare parent: Parent;
  constructor(start: number, end: number, parent: Parent) {
    this.start = start;
    this.end = end;
    this.parent = parent;
  }

  /** A new object at each read: the offsets live in `start` and `end`. */
  get range(): OffsetRange {
    return { start: this.start, end: this.end };
  }
}

export class ObjectValue extends Positioned implements tree.ObjectNode {
  declare readonly type: 'object';
  declare properties: tree.PropertyNode[];
  constructor(start: number, end: number, parent: Parent, properties: tree.PropertyNode[] = []) {
    super(start, end, parent);
    this.type = 'object';
    this.properties = properties;
  }
}

export class ArrayValue extends Positioned implements tree.ArrayNode {
  declare readonly type: 'array';
  declare items: tree.ValueNode[];
  constructor(start: number, end: number, parent: Parent, items: tree.ValueNode[] = []) {
    super(start, end, parent);
    this.type = 'array';
    this.items = items;
  }
}

export class Property extends Positioned implements tree.PropertyNode {
  declare readonly type: 'property';
  declare key: string;
  /** The key's end; it starts where the property does, in both formats. */
  declare keyEnd: number;
  /** Present (undefined in JSON) on every property, so that every property has one shape. */
  declare syntax: 'attribute' | 'block' | undefined;
  declare value: tree.ValueNode | undefined;
  constructor(
    key: string,
    keyEnd: number,
    syntax: 'attribute' | 'block' | undefined,
    start: number,
    end: number,
    parent: Parent,
  ) {
    super(start, end, parent);
    this.type = 'property';
    this.key = key;
    this.keyEnd = keyEnd;
    this.syntax = syntax;
    this.value = undefined;
  }

  get keyRange(): OffsetRange {
    return { start: this.start, end: this.keyEnd };
  }
}

/**
 * Every scalar (string, number, boolean, null, expression) is one class, so that the tree has four
 * shapes in all: code that reads `node.type` across it stays polymorphic (V8 makes a property read
 * that meets more than four shapes much slower, and every rule reads nodes this way).
 */
class Scalar<Type extends tree.ValueNode['type'], Value> extends Positioned {
  declare readonly type: Type;
  declare value: Value;
  constructor(type: Type, value: Value, start: number, end: number, parent: Parent) {
    super(start, end, parent);
    this.type = type;
    this.value = value;
  }
}

export const stringNode = (value: string, start: number, end: number, parent: Parent): tree.StringNode =>
  new Scalar('string', value, start, end, parent);

export const numberNode = (value: number, start: number, end: number, parent: Parent): tree.NumberNode =>
  new Scalar('number', value, start, end, parent);

export const booleanNode = (value: boolean, start: number, end: number, parent: Parent): tree.BooleanNode =>
  new Scalar('boolean', value, start, end, parent);

export const nullNode = (start: number, end: number, parent: Parent): tree.NullNode =>
  new Scalar('null', null, start, end, parent);

export const expressionNode = (start: number, end: number, parent: Parent): tree.ExpressionNode =>
  new Scalar('expression', undefined, start, end, parent);
