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
  const path = nestedSettingPath(blocks.slice(index + 1), (nested) => nested.labels[0]?.value);
  const normalized = normalizeLookalikes(type);
  return { kind, type: normalized, block, typeLabel, schema: getComponentSchema(kind, normalized), path };
}

/**
 * The setting names a chain of blocks nested in a component writes, as the schema names them:
 * `dynamic "x"` stands for `x`, and the `content` block directly inside it adds nothing.
 * Shared by hover (on parsed blocks) and completion (on the headers its token walk reads).
 */
export function nestedSettingPath<B extends { type: string }>(
  nested: readonly B[],
  firstLabel: (block: B) => string | undefined,
): string[] {
  return nested.flatMap((block, i) => {
    if (block.type === 'dynamic') {
      const name = firstLabel(block);
      return name === undefined ? [] : [name];
    }
    return block.type === 'content' && nested[i - 1]?.type === 'dynamic' ? [] : [block.type];
  });
}

// A Map, not an object: a block type typed by the user such as `constructor` must not hit a prototype member.
const LABELLED_COMPONENTS: ReadonlyMap<string, ComponentKind> = new Map([
  ['source', 'builder'],
  ['data', 'data-source'],
  ['provisioner', 'provisioner'],
  ['error-cleanup-provisioner', 'provisioner'],
  ['post-processor', 'post-processor'],
]);

/** The kind of component a block's first label names (`source "amazon-ebs"`, `provisioner "shell"`), if any. */
export function labelledComponentKind(blockType: string): ComponentKind | undefined {
  return LABELLED_COMPONENTS.get(blockType);
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
