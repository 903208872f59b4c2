/**
 * What stands at an offset of a legacy JSON template: the JSON path (jsonc-parser's `getLocation`,
 * which also reads text too broken for a tree), the property and value under the cursor in our
 * tree, and the builder, provisioner or post-processor being configured, with the setting path
 * inside it. Hover and completion both start here.
 */
import { getLocation, type JSONPath, type Location } from 'jsonc-parser';
import type { AnalysedDocument } from '../../document';
import type { TemplateComponent } from '../../model/legacyTemplate';
import type { PropertyNode, ValueNode } from '../../parsing/tree';
import { getComponentSchema, type ComponentSchema } from '../../schema/schemaStore';
import { touches } from './hclContext';

export interface JsonComponentContext {
  component: TemplateComponent;
  /** Undefined when the type is unknown or not written yet. */
  schema: ComponentSchema | undefined;
  /**
   * The setting names from the component object down to the cursor, array indices left out
   * (`["launch_block_device_mappings", "volume_size"]`). Inside a provisioner's `override`, the
   * path starts again below the builder name: those are the provisioner's own settings.
   */
  settingPath: string[];
  /** True when the path runs through `override.<builder name>`. */
  inOverride: boolean;
}

export interface JsonCursorContext {
  format: 'json';
  offset: number;
  /** jsonc-parser's path to the cursor: keys and array indices from the root. */
  path: JSONPath;
  /** The cursor is on a property key (or where one is being typed). */
  onKey: boolean;
  /** The innermost property whose key or value holds the cursor. */
  property: PropertyNode | undefined;
  /** The innermost value holding the cursor. */
  value: ValueNode | undefined;
  component: JsonComponentContext | undefined;
}

export function locateInJson(document: AnalysedDocument, offset: number): JsonCursorContext {
  const chain = nodesAt(document.root, offset);
  const location = locationAt(document, chain, offset);
  const properties = chain.filter((n): n is PropertyNode => n.type === 'property');
  const values = chain.filter((n): n is ValueNode => n.type !== 'property');
  const property = properties[properties.length - 1];
  const onKey = property !== undefined ? touches(property.keyRange, offset) : location.isAtPropertyKey;
  return {
    format: 'json',
    offset,
    path: location.path,
    onKey,
    property,
    value: values[values.length - 1],
    component: componentAt(document, chain),
  };
}

/**
 * jsonc-parser's location, read from the innermost object or array around the offset whose text is
 * complete rather than from the start of the file: the same answer, as the parser reads that
 * object's text the same way wherever it starts, without scanning half of a large file on every
 * hover. Text with syntax errors or repaired keys, where the tree may not match what the parser
 * reads from the start, is read whole.
 */
function locationAt(
  document: AnalysedDocument,
  chain: ReadonlyArray<ValueNode | PropertyNode>,
  offset: number,
): Pick<Location, 'path' | 'isAtPropertyKey'> {
  const text = document.repairedText;
  // A key with a look-alike dash is repaired in the tree, not in the text the parser reads.
  const broken = document.recoveries.some(
    (r) =>
      r.kind === 'syntax' || r.kind === 'trailing-comma' || (r.kind === 'lookalike-character' && r.context === 'key'),
  );
  let from = -1;
  if (!broken) {
    for (let i = chain.length - 1; i > 0 && from < 0; i--) {
      const node = chain[i];
      if (node?.type !== 'object' && node?.type !== 'array') continue;
      const { start, end } = node.range;
      const [open, close] = node.type === 'object' ? ['{', '}'] : ['[', ']'];
      if (start < offset && offset < end && text[start] === open && text[end - 1] === close) from = i;
    }
  }
  const container = chain[from];
  if (container === undefined) return getLocation(text, offset);
  const { start, end } = container.range;
  const inner = getLocation(text.slice(start, end), offset - start);
  return { path: [...pathTo(chain.slice(0, from + 1)), ...inner.path], isAtPropertyKey: inner.isAtPropertyKey };
}

/** The keys and array indices from the root down to the last node of `chain`. */
function pathTo(chain: ReadonlyArray<ValueNode | PropertyNode>): JSONPath {
  const path: JSONPath = [];
  chain.forEach((node, index) => {
    const parent = chain[index - 1];
    if (node.type === 'property') path.push(node.key);
    else if (parent?.type === 'array') path.push(parent.items.indexOf(node));
  });
  return path;
}

/** The nodes holding the offset, root first. */
function nodesAt(root: ValueNode | undefined, offset: number): Array<ValueNode | PropertyNode> {
  const chain: Array<ValueNode | PropertyNode> = [];
  let node: ValueNode | undefined = root;
  while (node !== undefined && touches(node.range, offset)) {
    chain.push(node);
    let next: ValueNode | undefined;
    if (node.type === 'object') {
      const property = node.properties.find((p) => touches(p.range, offset));
      if (property === undefined) break;
      chain.push(property);
      next = property.value;
    } else if (node.type === 'array') {
      next = node.items.find((item) => touches(item.range, offset));
    }
    node = next;
  }
  return chain;
}

function componentAt(
  document: AnalysedDocument,
  chain: ReadonlyArray<ValueNode | PropertyNode>,
): JsonComponentContext | undefined {
  const index = chain.findIndex((node) => document.components.some((c) => c.node === node));
  const component = index < 0 ? undefined : document.components.find((c) => c.node === chain[index]);
  if (component === undefined) return undefined;
  let settingPath = chain.slice(index + 1).flatMap((n) => (n.type === 'property' ? [n.key] : []));
  const inOverride = component.kind === 'provisioner' && settingPath[0] === 'override' && settingPath.length > 2;
  if (inOverride) settingPath = settingPath.slice(2);
  const schema = component.type === undefined ? undefined : getComponentSchema(component.kind, component.type);
  return { component, schema, settingPath, inOverride };
}
