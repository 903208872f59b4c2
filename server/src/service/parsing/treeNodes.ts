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
  declare keyStart: number;
  declare keyEnd: number;
  /** Present (undefined in JSON) on every property, so that every property has one shape. */
  declare syntax: 'attribute' | 'block' | undefined;
  declare value: tree.ValueNode | undefined;
  constructor(
    key: string,
    keyStart: number,
    keyEnd: number,
    syntax: 'attribute' | 'block' | undefined,
    start: number,
    end: number,
    parent: Parent,
  ) {
    super(start, end, parent);
    this.type = 'property';
    this.key = key;
    this.keyStart = keyStart;
    this.keyEnd = keyEnd;
    this.syntax = syntax;
    this.value = undefined;
  }

  get keyRange(): OffsetRange {
    return { start: this.keyStart, end: this.keyEnd };
  }
}

export class StringValue extends Positioned implements tree.StringNode {
  declare readonly type: 'string';
  declare value: string;
  constructor(value: string, start: number, end: number, parent: Parent) {
    super(start, end, parent);
    this.type = 'string';
    this.value = value;
  }
}

export class NumberValue extends Positioned implements tree.NumberNode {
  declare readonly type: 'number';
  declare value: number;
  constructor(value: number, start: number, end: number, parent: Parent) {
    super(start, end, parent);
    this.type = 'number';
    this.value = value;
  }
}

export class BooleanValue extends Positioned implements tree.BooleanNode {
  declare readonly type: 'boolean';
  declare value: boolean;
  constructor(value: boolean, start: number, end: number, parent: Parent) {
    super(start, end, parent);
    this.type = 'boolean';
    this.value = value;
  }
}

export class NullValue extends Positioned implements tree.NullNode {
  declare readonly type: 'null';
  declare value: null;
  constructor(start: number, end: number, parent: Parent) {
    super(start, end, parent);
    this.type = 'null';
    this.value = null;
  }
}

export class ExpressionValue extends Positioned implements tree.ExpressionNode {
  declare readonly type: 'expression';
  declare value: undefined;
  constructor(start: number, end: number, parent: Parent) {
    super(start, end, parent);
    this.type = 'expression';
    this.value = undefined;
  }
}
