/**
 * What JSON completion reads of the document by path (the keys an object holds, a component's
 * `type`, the builder names), from the tree the analysis built already when there is one: a second
 * parse of the whole text (jsonc-parser's parseTree) per completion was a third of its time, and
 * the garbage of a second tree, on a large template. Both read as jsonc-parser's
 * findNodeAtLocation does: a key names the first property with a value.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode, type Segment } from 'jsonc-parser';
import type { ValueNode } from '../../parsing/tree';

export interface JsonReader {
  /** The keys of the object at `path`, in order ([] when no object is there). */
  keysAt(path: readonly Segment[]): string[];
  /** The string at `path`, when a string is there. */
  stringAt(path: readonly Segment[]): string | undefined;
  /** How many items the array at `path` holds (0 when no array is there). */
  lengthAt(path: readonly Segment[]): number;
}

/** Our own tree of the same text (the analysis's root). */
export function treeReader(root: ValueNode | undefined): JsonReader {
  const at = (path: readonly Segment[]): ValueNode | undefined => {
    let node = root;
    for (const segment of path) {
      if (node === undefined) return undefined;
      if (typeof segment === 'string') {
        node = node.type === 'object' ? node.properties.find((p) => p.key === segment && p.value)?.value : undefined;
      } else node = node.type === 'array' ? node.items[segment] : undefined;
    }
    return node;
  };
  return {
    keysAt: (path) => {
      const node = at(path);
      return node?.type === 'object' ? node.properties.map((p) => p.key) : [];
    },
    stringAt: (path) => {
      const node = at(path);
      return node?.type === 'string' ? node.value : undefined;
    },
    lengthAt: (path) => {
      const node = at(path);
      return node?.type === 'array' ? node.items.length : 0;
    },
  };
}

/** jsonc-parser's tree of `text`, parsed on the first read. */
export function textReader(text: string): JsonReader {
  let tree: JsonNode | undefined | null = null;
  const at = (path: readonly Segment[]): JsonNode | undefined => {
    if (tree === null) tree = parseTree(text);
    if (tree === undefined) return undefined;
    return path.length === 0 ? tree : findNodeAtLocation(tree, [...path]);
  };
  return {
    keysAt: (path) => {
      const node = at(path);
      if (node?.type !== 'object') return [];
      return (node.children ?? []).flatMap((p) => {
        const key = p.children?.[0]?.value as unknown;
        return typeof key === 'string' ? [key] : [];
      });
    },
    stringAt: (path) => {
      const value = at(path)?.value as unknown;
      return typeof value === 'string' ? value : undefined;
    },
    lengthAt: (path) => {
      const node = at(path);
      return node?.type === 'array' ? (node.children?.length ?? 0) : 0;
    },
  };
}
