/**
 * A small `hcldec` (HCL's cmd/hcldec) for the spec suite: reads a `.hcldec` spec with our parser
 * and decodes an input body by it. It knows the spec kinds the suite's native-syntax cases use
 * (object, literal, attr, block, block_list, block_set, block_map, and top-level variables) and,
 * like hcldec, rejects arguments and blocks the spec does not name.
 */
import type { Block, Body, Expression } from '../../server/src/service/parsing/hcl/ast';
import { evaluate, type HclDiagnostic, type HclValue } from '../../server/src/service/parsing/hcl/index';
import { ANY, convert, type CtyType, typeFromExpression } from './types';

export type Spec =
  | { kind: 'object'; children: Map<string, Spec> }
  | { kind: 'literal'; value: HclValue }
  | { kind: 'attr'; name: string; type: CtyType; required: boolean }
  | { kind: 'block' | 'block_list' | 'block_set'; typeName: string; nested: Spec }
  | { kind: 'block_map'; typeName: string; labels: string[]; nested: Spec };

export interface SpecFile {
  spec: Spec;
  variables: Map<string, HclValue>;
}

/** Throws when the spec uses something this reader does not know. */
export function readSpec(body: Body): SpecFile {
  const variables = new Map<string, HclValue>();
  let spec: Spec | undefined;
  for (const item of body.items) {
    if (item.kind !== 'block') throw new Error(`unexpected argument ${item.name} in spec`);
    if (item.type === 'variables') {
      for (const variable of item.body.items)
        if (variable.kind === 'attribute') variables.set(variable.name, evaluate(variable.expression));
    } else spec = specOf(item);
  }
  if (spec === undefined) throw new Error('no spec block');
  return { spec, variables };
}

function attribute(block: Block, name: string): Expression | undefined {
  for (const item of block.body.items) if (item.kind === 'attribute' && item.name === name) return item.expression;
  return undefined;
}

function stringAttribute(block: Block, name: string): string | undefined {
  const expression = attribute(block, name);
  if (expression === undefined) return undefined;
  const value = evaluate(expression);
  if (value.type !== 'string') throw new Error(`${name} must be a string`);
  return value.value;
}

function nestedSpec(block: Block): Spec {
  const nested = block.body.items.filter((item): item is Block => item.kind === 'block');
  if (nested.length !== 1) throw new Error(`${block.type} needs exactly one nested spec`);
  return specOf(nested[0]!);
}

function specOf(block: Block): Spec {
  const label = block.labels[0]?.value ?? '';
  switch (block.type) {
    case 'object': {
      const children = new Map<string, Spec>();
      for (const item of block.body.items)
        if (item.kind === 'block') children.set(item.labels[0]?.value ?? '', specOf(item));
      return { kind: 'object', children };
    }
    case 'literal': {
      const value = attribute(block, 'value');
      if (value === undefined) throw new Error('literal without value');
      return { kind: 'literal', value: evaluate(value) };
    }
    case 'attr': {
      const type = attribute(block, 'type');
      const required = attribute(block, 'required');
      return {
        kind: 'attr',
        name: stringAttribute(block, 'name') ?? label,
        type: type === undefined ? ANY : typeFromExpression(type),
        required: required !== undefined && evaluate(required).type === 'bool',
      };
    }
    case 'block':
    case 'block_list':
    case 'block_set':
      return { kind: block.type, typeName: stringAttribute(block, 'block_type') ?? label, nested: nestedSpec(block) };
    case 'block_map': {
      const labels = attribute(block, 'labels');
      const value = labels === undefined ? undefined : evaluate(labels);
      if (value?.type !== 'tuple') throw new Error('block_map needs labels');
      return {
        kind: 'block_map',
        typeName: stringAttribute(block, 'block_type') ?? label,
        labels: value.items.map((v) => (v.type === 'string' ? v.value : '')),
        nested: nestedSpec(block),
      };
    }
    default:
      throw new Error(`spec kind ${block.type} is not supported by this runner`);
  }
}

export interface Decoded {
  value: HclValue;
  diagnostics: HclDiagnostic[];
}

export function decode(body: Body, file: SpecFile): Decoded {
  const diagnostics: HclDiagnostic[] = [];
  const value = decodeBody(body, file.spec, file.variables, diagnostics);
  return { value, diagnostics };
}

function decodeBody(body: Body, spec: Spec, variables: Map<string, HclValue>, diagnostics: HclDiagnostic[]): HclValue {
  checkSchema(body, spec, diagnostics);
  return decodeSpec(body, spec, variables, diagnostics);
}

/** The names a spec lets a body hold: attribute names and block types. */
function schema(spec: Spec, attributes: Set<string>, blocks: Set<string>): void {
  if (spec.kind === 'object') for (const child of spec.children.values()) schema(child, attributes, blocks);
  else if (spec.kind === 'attr') attributes.add(spec.name);
  else if (spec.kind !== 'literal') blocks.add(spec.typeName);
}

function checkSchema(body: Body, spec: Spec, diagnostics: HclDiagnostic[]): void {
  const attributes = new Set<string>();
  const blocks = new Set<string>();
  schema(spec, attributes, blocks);
  for (const item of body.items) {
    if (item.kind === 'attribute' && !attributes.has(item.name)) {
      diagnostics.push(
        unsupported(item.nameRange, 'Unsupported argument', `An argument named "${item.name}" is not expected here.`),
      );
    } else if (item.kind === 'block' && !blocks.has(item.type)) {
      diagnostics.push(
        unsupported(item.typeRange, 'Unsupported block type', `Blocks of type "${item.type}" are not expected here.`),
      );
    }
  }
}

function unsupported(range: { start: number; end: number }, summary: string, detail: string): HclDiagnostic {
  return { severity: 'error', code: 'argument-or-block-expected', summary, detail, range };
}

function decodeSpec(body: Body, spec: Spec, variables: Map<string, HclValue>, diagnostics: HclDiagnostic[]): HclValue {
  switch (spec.kind) {
    case 'literal':
      return spec.value;
    case 'object': {
      const attributes = new Map<string, HclValue>();
      for (const [name, child] of spec.children) attributes.set(name, decodeSpec(body, child, variables, diagnostics));
      return { type: 'object', attributes };
    }
    case 'attr': {
      const found = body.items.find((item) => item.kind === 'attribute' && item.name === spec.name);
      if (found?.kind !== 'attribute') return { type: 'null' };
      const value = evaluate(found.expression, { variables });
      const converted = convert(value, spec.type);
      if (converted === undefined) {
        diagnostics.push({
          severity: 'error',
          code: 'invalid-expression',
          summary: 'Incorrect attribute value type',
          detail: `"${spec.name}" has the wrong type.`,
          range: found.expression.range,
        });
        return { type: 'unknown' };
      }
      return converted;
    }
    default: {
      const blocks = body.items.filter((item): item is Block => item.kind === 'block' && item.type === spec.typeName);
      const results = blocks.map((block) => decodeBody(block.body, spec.nested, variables, diagnostics));
      if (spec.kind === 'block') {
        if (blocks.length > 1)
          diagnostics.push(
            unsupported(
              blocks[1]!.typeRange,
              `Duplicate ${spec.typeName} block`,
              `Only one block of type "${spec.typeName}" is allowed.`,
            ),
          );
        return results[0] ?? { type: 'null' };
      }
      if (spec.kind !== 'block_map') return { type: 'tuple', items: results };
      const root = new Map<string, HclValue>();
      blocks.forEach((block, i) => {
        let level = root;
        block.labels.forEach((label, depth) => {
          if (depth === block.labels.length - 1) level.set(label.value, results[i]!);
          else {
            const next = level.get(label.value);
            const map = next?.type === 'object' ? next.attributes : new Map<string, HclValue>();
            level.set(label.value, { type: 'object', attributes: map });
            level = map;
          }
        });
      });
      return { type: 'object', attributes: root };
    }
  }
}
