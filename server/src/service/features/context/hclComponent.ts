/**
 * Which component a chain of HCL2 blocks configures, and where inside it: `source "amazon-ebs" "x"`
 * (a builder), `data "amazon-ami" "x"`, and in a `build` its `provisioner`, `error-cleanup-provisioner`,
 * `post-processor` (alone or in a `post-processors` chain) and `source "source.TYPE.NAME"` (a
 * builder, whose settings the build adds or overrides).
 */
import type { Block, BlockLabel } from '../../parsing/hcl/ast';
import { normalizeLookalikes } from '../../parsing/characters';
import { getComponentSchema, type ComponentKind, type ComponentSchema } from '../../schema/schemaStore';

export interface HclComponentContext {
  kind: ComponentKind;
  /** The component type, look-alike characters read as meant. */
  type: string;
  /** The block that names the component, and the label holding its type. */
  block: Block;
  typeLabel: BlockLabel;
  /** Undefined for a type we have no schema for. */
  schema: ComponentSchema | undefined;
  /**
   * The setting names of the nested blocks between the component block and the cursor
   * (`launch_block_device_mappings`), as the schema names them: a `dynamic "x"` block stands for
   * `x` and its `content` block adds nothing.
   */
  path: string[];
}

export function componentAround(blocks: readonly Block[]): HclComponentContext | undefined {
  const found = componentBlock(blocks);
  if (found === undefined) return undefined;
  const { index, kind, type, typeLabel } = found;
  const block = blocks[index] as Block;
  const path: string[] = [];
  for (let i = index + 1; i < blocks.length; i++) {
    const nested = blocks[i] as Block;
    if (nested.type === 'dynamic') {
      const name = nested.labels[0]?.value;
      if (name !== undefined) path.push(name);
    } else if (!(nested.type === 'content' && blocks[i - 1]?.type === 'dynamic')) {
      path.push(nested.type);
    }
  }
  const normalized = normalizeLookalikes(type);
  return { kind, type: normalized, block, typeLabel, schema: getComponentSchema(kind, normalized), path };
}

interface ComponentBlock {
  index: number;
  kind: ComponentKind;
  type: string;
  typeLabel: BlockLabel;
}

function componentBlock(blocks: readonly Block[]): ComponentBlock | undefined {
  const [top, second, third] = blocks;
  if (top === undefined) return undefined;
  if (top.type === 'source' || top.type === 'data') {
    const label = top.labels[0];
    const kind: ComponentKind = top.type === 'source' ? 'builder' : 'data-source';
    return label === undefined ? undefined : { index: 0, kind, type: label.value, typeLabel: label };
  }
  if (top.type !== 'build' || second === undefined) return undefined;
  const label = second.labels[0];
  if (label === undefined && second.type !== 'post-processors') return undefined;
  switch (second.type) {
    case 'provisioner':
    case 'error-cleanup-provisioner':
      return label && { index: 1, kind: 'provisioner', type: label.value, typeLabel: label };
    case 'post-processor':
      return label && { index: 1, kind: 'post-processor', type: label.value, typeLabel: label };
    case 'source': {
      // `source "source.amazon-ebs.web" { ... }`: the type is the reference's second part.
      const type = label?.value.split('.')[1];
      return label && type !== undefined ? { index: 1, kind: 'builder', type, typeLabel: label } : undefined;
    }
    case 'post-processors': {
      const chained = third?.type === 'post-processor' ? third.labels[0] : undefined;
      return chained && { index: 2, kind: 'post-processor', type: chained.value, typeLabel: chained };
    }
    default:
      return undefined;
  }
}
