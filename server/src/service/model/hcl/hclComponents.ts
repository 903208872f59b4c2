/**
 * A `source`, `data`, `provisioner` or `post-processor` block as a component, the shape the
 * schema checks share with legacy JSON templates: its body as an object of settings, its type from
 * the first label.
 */
import type { Block } from '../../parsing/hcl/ast';
import { normalizeLookalikes } from '../../parsing/characters';
import { propertyValue, type StringNode, type ValueNode } from '../../parsing/tree';
import type { ComponentKind } from '../../schema/schemaTypes';
import type { TemplateComponent } from '../legacyTemplate';
import { stringNode } from '../../parsing/treeNodes';
import { bodyToObject } from './hclTree';

export function component(
  kind: ComponentKind,
  block: Block,
  label: string,
  name: string | undefined,
): TemplateComponent {
  const typeLabel = block.labels[0];
  const typeNode: StringNode | undefined =
    typeLabel === undefined
      ? undefined
      : stringNode(typeLabel.value, typeLabel.range.start, typeLabel.range.end, undefined);
  const node = bodyToObject(block.body);
  const overrideNode = propertyValue(node, 'override');
  return {
    kind,
    node,
    typeNode,
    // A pasted look-alike in a type label is never meant: read it as meant (lookalike-character reports it).
    type: typeLabel === undefined ? undefined : normalizeLookalikes(typeLabel.value),
    name: name ?? stringOf(propertyValue(node, 'name')) ?? typeLabel?.value,
    label,
    only: strings(propertyValue(node, 'only')),
    except: strings(propertyValue(node, 'except')),
    overrides: overrideNode?.type === 'object' ? overrideNode.properties : [],
  };
}

function stringOf(node: ValueNode | undefined): string | undefined {
  return node?.type === 'string' ? node.value : undefined;
}

function strings(node: ValueNode | undefined): StringNode[] {
  return node?.type === 'array' ? node.items.filter((i): i is StringNode => i.type === 'string') : [];
}
