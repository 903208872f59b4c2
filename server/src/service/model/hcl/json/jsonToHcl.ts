/**
 * An HCL JSON file (`*.pkr.json`, `*.pkrvars.json`) as the HCL syntax tree the native parser
 * builds, so that the configuration model, the references and every rule read both syntaxes the
 * same way. HCL's JSON syntax: an object is a body whose keys are attributes or blocks (the schema
 * says which, see jsonShapes); a block type nests one object per label and ends in the block's
 * body, or in an array of bodies; strings are templates; a `"//"` key is a comment. Ranges point
 * into the JSON text: names inside their quotes, labels with them (as quoted HCL labels are).
 */
import type {
  Attribute,
  Block,
  BlockLabel,
  Body,
  BodyItem,
  Expression,
  ObjectExpression,
  ObjectItem,
  Range,
  TupleExpression,
} from '../../../parsing/hcl/ast';
import { error, type HclDiagnostic } from '../../../parsing/hcl/diagnostics';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../../../parsing/tree';
import { jsonStringTemplate } from './jsonTemplates';
import { ATTRIBUTES, CONFIG_FILE, type BlockShape, type BodyShape } from './jsonShapes';

export interface ConvertedJson {
  body: Body;
  diagnostics: HclDiagnostic[];
}

const COMMENT_KEY = '//';

/**
 * `text` is the JSON as parsed (curly quotes already straightened, same length as the original);
 * `root` its tree. A configuration file's top level is Packer's; a variable file's keys are all
 * variable values.
 */
export function jsonToHcl(text: string, root: ValueNode | undefined, role: 'config' | 'vars'): ConvertedJson {
  const converter = new Converter(text);
  const whole = { start: 0, end: text.length };
  if (root === undefined) return { body: { kind: 'body', items: [], range: whole }, diagnostics: [] };
  if (root.type !== 'object') {
    converter.report(
      root.range,
      'Incorrect JSON value type',
      'The root of an HCL JSON file must be an object ({ ... }) whose keys are its blocks and arguments.',
    );
    return { body: { kind: 'body', items: [], range: whole }, diagnostics: converter.diagnostics };
  }
  const legacy = role === 'config' ? root.properties.find((p) => p.key === 'builders') : undefined;
  if (legacy !== undefined) {
    // One clear finding rather than one per key of a template Packer cannot read this way.
    converter.report(
      keyName(legacy),
      'Unsupported argument or block type',
      'No argument or block type is named "builders": this is a legacy JSON template, but Packer reads ' +
        '*.pkr.json files as HCL2, which has source and build blocks instead. Rename the file to ' +
        '*.json to use it as a legacy template, or convert it with `packer hcl2_upgrade`.',
    );
    return { body: { kind: 'body', items: [], range: whole }, diagnostics: converter.diagnostics };
  }
  const body = converter.body(root, role === 'config' ? CONFIG_FILE : ATTRIBUTES);
  return { body: { ...body, range: whole }, diagnostics: converter.diagnostics };
}

class Converter {
  readonly diagnostics: HclDiagnostic[] = [];

  constructor(private readonly text: string) {}

  report(range: Range, summary: string, detail: string): void {
    this.diagnostics.push(error('invalid-block', range, summary, detail));
  }

  body(object: ObjectNode, shape: BodyShape): Body {
    const items: BodyItem[] = [];
    for (const property of object.properties) {
      if (property.key === COMMENT_KEY) continue;
      const blockShape = shape.block(property.key) ?? this.unknownBlock(property, shape);
      if (blockShape === undefined) items.push(this.attribute(property));
      else this.blocks(property, blockShape, items);
    }
    return { kind: 'body', items, range: object.range };
  }

  /** A key Packer does not know, holding an object: a block, so that the rules say "block". */
  private unknownBlock(property: PropertyNode, shape: BodyShape): BlockShape | undefined {
    if (!shape.unknownKeysAreBlocks) return undefined;
    const value = property.value;
    const isBody =
      value?.type === 'object' ||
      (value?.type === 'array' && value.items.length > 0 && value.items.every((i) => i.type === 'object'));
    return isBody ? { labels: 0, body: () => ATTRIBUTES } : undefined;
  }

  private attribute(property: PropertyNode): Attribute {
    const nameRange = keyName(property);
    const expression =
      property.value === undefined ? invalidAt(property.keyRange.end) : this.expression(property.value);
    return {
      kind: 'attribute',
      name: property.key,
      nameRange,
      expression,
      range: { start: property.keyRange.start, end: expression.range.end },
    };
  }

  private blocks(property: PropertyNode, shape: BlockShape, out: BodyItem[]): void {
    const typeRange = keyName(property);
    const labelName = (i: number) => `label ${i + 1}`;
    const visit = (value: ValueNode | undefined, labels: BlockLabel[], anchor: number): void => {
      if (value === undefined || value.type === 'null') return;
      if (value.type === 'array') {
        const last = value.items.length - 1;
        value.items.forEach((item, i) =>
          visitElement(item, labels, i === 0 ? anchor : item.range.start, i === last ? value.range.end : undefined),
        );
        return;
      }
      visitElement(value, labels, anchor, undefined);
    };
    const visitElement = (value: ValueNode, labels: BlockLabel[], anchor: number, end: number | undefined): void => {
      if (value.type !== 'object') {
        this.report(
          value.range,
          'Incorrect JSON value type',
          labels.length < shape.labels
            ? `A JSON object is required here, whose keys are the ${property.key} block's ${labelName(labels.length)}.`
            : `Either a JSON object or a JSON array of objects is required here, the content of one or more "${property.key}" blocks.`,
        );
        return;
      }
      if (labels.length < shape.labels) {
        const entries = value.properties.filter((p) => p.key !== COMMENT_KEY);
        if (entries.length === 0) {
          this.report(
            value.range,
            'Missing block label',
            `At least one key is required here, naming the ${property.key} block's ${labelName(labels.length)}.`,
          );
        }
        for (const entry of entries) {
          const label: BlockLabel = { value: entry.key, range: entry.keyRange, quoted: true };
          visit(entry.value, [...labels, label], entry.keyRange.start);
        }
        return;
      }
      const block: Block = {
        kind: 'block',
        type: property.key,
        typeRange,
        labels,
        body: this.body(value, shape.body(labels.map((l) => l.value))),
        openBraceRange: { start: value.range.start, end: value.range.start + 1 },
        closeBraceRange: this.closing(value.range, '}'),
        range: { start: anchor, end: end ?? value.range.end },
      };
      out.push(block);
    };
    visit(property.value, [], property.keyRange.start);
  }

  expression(value: ValueNode): Expression {
    const range = value.range;
    switch (value.type) {
      case 'string': {
        const { template, diagnostics } = jsonStringTemplate(this.text, range);
        this.diagnostics.push(...diagnostics);
        return template;
      }
      case 'number':
        return { kind: 'number', value: value.value, raw: this.text.slice(range.start, range.end), range };
      case 'boolean':
        return { kind: 'bool', value: value.value, range };
      case 'null':
        return { kind: 'null', range };
      case 'array':
        return this.tuple(value);
      case 'object':
        return this.object(value);
      default:
        return { kind: 'invalid', range };
    }
  }

  private tuple(array: ArrayNode): TupleExpression {
    return {
      kind: 'tuple',
      items: array.items.map((item) => this.expression(item)),
      openRange: { start: array.range.start, end: array.range.start + 1 },
      closeRange: this.closing(array.range, ']'),
      range: array.range,
    };
  }

  /** An object value: its keys are templates too (HCL allows `"${var.k}": ...` here, not in bodies). */
  private object(object: ObjectNode): ObjectExpression {
    const items: ObjectItem[] = [];
    for (const property of object.properties) {
      const { template, diagnostics } = jsonStringTemplate(this.text, property.keyRange);
      this.diagnostics.push(...diagnostics);
      const [only, ...rest] = template.parts;
      const name =
        rest.length > 0
          ? undefined
          : only === undefined
            ? ''
            : only.kind === 'templateLiteral'
              ? only.value
              : undefined;
      const value = property.value === undefined ? invalidAt(property.keyRange.end) : this.expression(property.value);
      items.push({
        key: {
          expression: template,
          name,
          parenthesized: false,
          range: template.range,
        },
        value,
        range: { start: property.keyRange.start, end: value.range.end },
      });
    }
    return {
      kind: 'object',
      items,
      openRange: { start: object.range.start, end: object.range.start + 1 },
      closeRange: this.closing(object.range, '}'),
      range: object.range,
    };
  }

  private closing(range: Range, char: string): Range | undefined {
    return this.text[range.end - 1] === char && range.end - range.start >= 2
      ? { start: range.end - 1, end: range.end }
      : undefined;
  }
}

/** A key's name without its quotes (what a rename replaces). */
function keyName(property: PropertyNode): Range {
  const { start, end } = property.keyRange;
  return end - start >= 2 ? { start: start + 1, end: end - 1 } : { start, end };
}

function invalidAt(offset: number): Expression {
  return { kind: 'invalid', range: { start: offset, end: offset } };
}
