/**
 * The outline of a legacy JSON template: its variables, builders (by name, or type when unnamed),
 * provisioners and post-processors, each with its keys as children; other top-level keys as
 * properties.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { LegacyTemplate, TemplateComponent } from '../../model/legacyTemplate';
import type { ObjectNode, PropertyNode, ValueNode } from '../../parsing/tree';
import { SymbolBuilder, type SymbolFile } from './symbolBuilder';

const MAX_DEPTH = 6;

export function legacyDocumentSymbols(file: SymbolFile, template: LegacyTemplate): DocumentSymbol[] {
  const b = new SymbolBuilder(file);
  const components = new Map<ObjectNode, TemplateComponent>();
  for (const c of [...template.builders, ...template.provisioners, ...template.postProcessors])
    if (c.node !== undefined) components.set(c.node, c);

  return template.root.properties.map((property) => {
    const range = propertyRange(property);
    switch (property.key) {
      case 'variables': {
        // This property's own keys: a template may repeat `variables` (Packer then reports it).
        const own = property.value?.type === 'object' ? property.value.properties : [];
        const children = own.map((p) => keySymbol(b, p, SymbolKind.Variable, MAX_DEPTH));
        return b.symbol('variables', SymbolKind.Namespace, range, property.keyRange, children);
      }
      case 'builders':
      case 'provisioners':
      case 'post-processors': {
        const kind = property.key === 'builders' ? SymbolKind.Class : SymbolKind.Function;
        const children = componentSymbols(b, property.value, components, kind);
        return b.symbol(property.key, SymbolKind.Namespace, range, property.keyRange, children);
      }
      default:
        return keySymbol(b, property, SymbolKind.Property, 1);
    }
  });
}

function componentSymbols(
  b: SymbolBuilder,
  list: ValueNode | undefined,
  components: Map<ObjectNode, TemplateComponent>,
  kind: SymbolKind,
): DocumentSymbol[] {
  if (list?.type !== 'array') return [];
  return list.items.map((item, index) => {
    if (item.type === 'array') {
      // A post-processor chain: its members run one after the other.
      const chain = componentSymbols(b, item, components, kind);
      return b.symbol(`chain ${index + 1}`, SymbolKind.Array, item.range, item.range, chain);
    }
    if (item.type === 'string') return b.symbol(item.value, kind, item.range, item.range);
    const component = item.type === 'object' ? components.get(item) : undefined;
    const name = component?.name ?? component?.type ?? `${index + 1}`;
    const selection = component?.typeNode?.range ?? item.range;
    const detail = component?.type !== undefined && component.type !== name ? component.type : undefined;
    return b.symbol(name, kind, item.range, selection, objectKeys(b, item, 1), detail);
  });
}

function keySymbol(b: SymbolBuilder, property: PropertyNode, kind: SymbolKind, depth: number): DocumentSymbol {
  const children = objectKeys(b, property.value, depth + 1);
  const detail = children.length > 0 || property.value === undefined ? undefined : b.preview(property.value.range);
  return b.symbol(property.key, kind, propertyRange(property), property.keyRange, children, detail);
}

function objectKeys(b: SymbolBuilder, node: ValueNode | undefined, depth: number): DocumentSymbol[] {
  if (node?.type !== 'object' || depth > MAX_DEPTH) return [];
  return node.properties.map((p) => keySymbol(b, p, SymbolKind.Property, depth));
}

function propertyRange(property: PropertyNode): { start: number; end: number } {
  return { start: property.keyRange.start, end: property.value?.range.end ?? property.keyRange.end };
}
