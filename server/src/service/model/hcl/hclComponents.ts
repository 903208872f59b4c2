/**
 * A `source`, `data`, `provisioner` or `post-processor` block as a component, the shape the
 * schema checks share with legacy JSON templates: its body as an object of settings, its type from
 * the first label.
 */
import type { Block } from '../../parsing/hcl/ast';
import { normalizeLookalikes } from '../../parsing/characters';
import { propertyValue, type ObjectNode, type PropertyNode, type StringNode, type ValueNode } from '../../parsing/tree';
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
  return new HclComponent(kind, block, label, name);
}

/**
 * The block's settings as a value tree are made on first read: a request that reads one component
 * (a hover, a completion) no longer pays for the value trees of every component of a large file,
 * which were most of what its analysis made and then threw away.
 */
class HclComponent implements TemplateComponent {
  readonly typeNode: StringNode | undefined;
  readonly type: string | undefined;
  private settings: ObjectNode | undefined;
  private onlyNodes: StringNode[] | undefined;
  private exceptNodes: StringNode[] | undefined;
  private overrideNodes: PropertyNode[] | undefined;

  constructor(
    readonly kind: ComponentKind,
    private readonly block: Block,
    readonly label: string,
    private readonly givenName: string | undefined,
  ) {
    const typeLabel = block.labels[0];
    this.typeNode =
      typeLabel === undefined
        ? undefined
        : stringNode(typeLabel.value, typeLabel.range.start, typeLabel.range.end, undefined);
    // A pasted look-alike in a type label is never meant: read it as meant (lookalike-character reports it).
    this.type = typeLabel === undefined ? undefined : normalizeLookalikes(typeLabel.value);
  }

  get node(): ObjectNode {
    this.settings ??= bodyToObject(this.block.body);
    return this.settings;
  }

  get name(): string | undefined {
    return this.givenName ?? stringOf(propertyValue(this.node, 'name')) ?? this.block.labels[0]?.value;
  }

  get only(): StringNode[] {
    this.onlyNodes ??= strings(propertyValue(this.node, 'only'));
    return this.onlyNodes;
  }

  get except(): StringNode[] {
    this.exceptNodes ??= strings(propertyValue(this.node, 'except'));
    return this.exceptNodes;
  }

  get overrides(): PropertyNode[] {
    if (this.overrideNodes === undefined) {
      const overrideNode = propertyValue(this.node, 'override');
      this.overrideNodes = overrideNode?.type === 'object' ? overrideNode.properties : [];
    }
    return this.overrideNodes;
  }
}

function stringOf(node: ValueNode | undefined): string | undefined {
  return node?.type === 'string' ? node.value : undefined;
}

function strings(node: ValueNode | undefined): StringNode[] {
  return node?.type === 'array' ? node.items.filter((i): i is StringNode => i.type === 'string') : [];
}
