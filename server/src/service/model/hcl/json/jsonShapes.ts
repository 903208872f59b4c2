/**
 * What HCL's JSON syntax cannot say on its own: whether a property is an attribute or a block, and
 * how many labels a block has (one level of object nesting per label). HCL takes both from the
 * schema the application decodes with; these are Packer's (hcl2template), and inside the blocks a
 * plugin reads, that plugin's schema (`x-packer-type: block` marks a nested block).
 */
import {
  getBlockProperties,
  getComponentSchema,
  type ComponentKind,
  type ComponentSchema,
  type PropertySchema,
} from '../../../schema/schemaStore';

export interface BodyShape {
  /** The block a key opens here, or undefined for an attribute. */
  block(key: string): BlockShape | undefined;
  /** Unknown keys holding objects are read as blocks (so that "not expected here" names a block). */
  unknownKeysAreBlocks: boolean;
}

export interface BlockShape {
  labels: number;
  body(labels: readonly string[]): BodyShape;
}

const shapeOf = (blocks: Readonly<Record<string, BlockShape>>, unknownKeysAreBlocks = false): BodyShape => ({
  block: (key) => (Object.prototype.hasOwnProperty.call(blocks, key) ? blocks[key] : undefined),
  unknownKeysAreBlocks,
});

/** `variables`, `locals`, a variable file: every key an attribute. */
export const ATTRIBUTES: BodyShape = shapeOf({});

const plain = (labels: number): BlockShape => ({ labels, body: () => ATTRIBUTES });

const component = (kind: ComponentKind, labels: number, typeOf: (labels: readonly string[]) => string) => ({
  labels,
  body: (values: readonly string[]) => componentShape(kind, typeOf(values)),
});

function componentShape(kind: ComponentKind, type: string): BodyShape {
  const schema = getComponentSchema(kind, type);
  return schema === undefined ? withDynamic(ATTRIBUTES) : propertiesShape(schema, schema.properties);
}

function propertiesShape(
  schema: ComponentSchema,
  properties: Readonly<Record<string, PropertySchema>> | undefined,
): BodyShape {
  const shape: BodyShape = {
    block(key) {
      const property =
        properties !== undefined && Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
      if (property?.['x-packer-type'] !== 'block') return undefined;
      return { labels: 0, body: () => propertiesShape(schema, getBlockProperties(schema, property)) };
    },
    unknownKeysAreBlocks: false,
  };
  return withDynamic(shape);
}

/** `"dynamic": {"NAME": {"for_each": ..., "content": {...}}}` generates NAME blocks of `inner`. */
function withDynamic(inner: BodyShape): BodyShape {
  return {
    block: (key) =>
      key === 'dynamic'
        ? {
            labels: 1,
            body: ([name]) =>
              shapeOf({
                content: { labels: 0, body: () => (name === undefined ? ATTRIBUTES : contentOf(inner, name)) },
              }),
          }
        : inner.block(key),
    unknownKeysAreBlocks: inner.unknownKeysAreBlocks,
  };
}

function contentOf(inner: BodyShape, name: string): BodyShape {
  return inner.block(name)?.body([]) ?? ATTRIBUTES;
}

/** `source "source.amazon-ebs.example" {}` in a build block: the builder type is the middle part. */
function sourceTypeOf(reference: string | undefined): string {
  const parts = (reference ?? '').split('.');
  return (parts[0] === 'source' ? parts[1] : parts[0]) ?? '';
}

const postProcessor = component('post-processor', 1, ([type]) => type ?? '');
const provisioner = component('provisioner', 1, ([type]) => type ?? '');

const BUILD: BodyShape = withDynamic(
  shapeOf({
    source: component('builder', 1, ([reference]) => sourceTypeOf(reference)),
    provisioner,
    'error-cleanup-provisioner': provisioner,
    'post-processor': postProcessor,
    'post-processors': { labels: 0, body: () => withDynamic(shapeOf({ 'post-processor': postProcessor })) },
    hcp_packer_registry: plain(0),
    from: plain(1),
  }),
);

/** The top level of a `*.pkr.json` file. */
export const CONFIG_FILE: BodyShape = shapeOf(
  {
    packer: { labels: 0, body: () => shapeOf({ required_plugins: plain(0) }) },
    variable: { labels: 1, body: () => shapeOf({ validation: plain(0) }) },
    variables: plain(0),
    locals: plain(0),
    local: plain(1),
    source: component('builder', 2, ([type]) => type ?? ''),
    data: component('data-source', 2, ([type]) => type ?? ''),
    build: { labels: 0, body: () => BUILD },
    hcp_packer_registry: plain(0),
    communicator: plain(2),
  },
  true,
);
