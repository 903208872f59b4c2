/**
 * Runtime access to the component schemas and their precompiled validators.
 * Nothing is compiled here: scripts/compile-validators.mjs generated both at build time, as text in
 * a data file beside the server (why, in that script). A schema is parsed, and its validator's
 * source evaluated, the first time a template uses the component; start-up only lists the types.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMPONENTS_FILE, componentIndex, runtime } from './generated/components';
import type {
  BlockSchema,
  CompiledValidator,
  ComponentKind,
  ComponentSchema,
  JsonSchema,
  PackerConstraint,
  PropertySchema,
  SchemaError,
} from './schemaTypes';

export type * from './schemaTypes';
export { COMPONENT_KINDS } from './schemaTypes';

const typesByKind = new Map<ComponentKind, string[]>();
for (const key of Object.keys(componentIndex)) {
  const slash = key.indexOf('/');
  const kind = key.slice(0, slash) as ComponentKind;
  const list = typesByKind.get(kind) ?? [];
  list.push(key.slice(slash + 1));
  typesByKind.set(kind, list);
}
for (const list of typesByKind.values()) list.sort();

const parsed = new Map<string, ComponentSchema>();
const compiled = new Map<string, CompiledValidator>();
let data: Buffer | undefined;

/** Bytes of the data file, read once: beside dist/server.js, or beside this module under out/. */
function slice(start: number, length: number): string {
  data ??= readFileSync(path.join(__dirname, COMPONENTS_FILE));
  return data.toString('utf8', start, start + length);
}

/** The schema of "<kind>/<type>", parsed once. */
function schemaAt(key: string): ComponentSchema | undefined {
  let schema = parsed.get(key);
  if (schema === undefined) {
    const at = own(componentIndex, key);
    if (at === undefined) return undefined;
    schema = JSON.parse(slice(at[0], at[1])) as ComponentSchema;
    parsed.set(key, schema);
  }
  return schema;
}

/**
 * The validator of "<kind>/<type>", made once from its generated source. The source is ajv's
 * standalone code written by our build from our schemas (never text from a template), so
 * evaluating it is as safe as requiring a module.
 */
function validatorAt(key: string, schema: ComponentSchema): CompiledValidator | undefined {
  let validate = compiled.get(key);
  if (validate === undefined) {
    const at = own(componentIndex, key);
    if (at === undefined) return undefined;
    const source = slice(at[2], at[3]);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated at build time, see above
    const load = new Function(`return ${source}`) as () => (s: unknown, r: unknown) => CompiledValidator;
    const factory = load();
    validate = factory(schema, runtime);
    compiled.set(key, validate);
  }
  return validate;
}

/** The component types we have a schema for, sorted. */
export function listComponentTypes(kind: ComponentKind): string[] {
  return [...(typesByKind.get(kind) ?? [])];
}

export function getComponentSchema(kind: ComponentKind, type: string): ComponentSchema | undefined {
  return schemaAt(`${kind}/${type}`);
}

/**
 * The schema of a key, or of a key inside nested blocks when given a path
 * (["launch_block_device_mappings", "volume_size"]).
 */
export function getPropertySchema(
  schema: ComponentSchema,
  key: string | readonly string[],
): PropertySchema | undefined {
  const path = typeof key === 'string' ? [key] : key;
  let properties: Readonly<Record<string, PropertySchema>> | undefined = schema.properties;
  let found: PropertySchema | undefined;
  for (const name of path) {
    found = properties && own(properties, name);
    if (!found) return undefined;
    properties = blockOf(schema, found)?.properties;
  }
  return found;
}

/** The keys of a nested block (`x-packer-type: block`), or undefined for other keys. */
export function getBlockProperties(
  schema: ComponentSchema,
  property: PropertySchema,
): Readonly<Record<string, PropertySchema>> | undefined {
  return blockOf(schema, property)?.properties;
}

/** A block written in HCL2 as repeatable blocks (legacy JSON: an array of objects). */
export function isListBlock(schema: ComponentSchema, property: PropertySchema): boolean {
  const type = blockOf(schema, property)?.type;
  return property['x-packer-type'] === 'block' && Array.isArray(type) && type.includes('array');
}

/**
 * Validates one builder/provisioner/post-processor/data-source object. Returns no
 * errors for a type we do not know (ask getComponentSchema first).
 *
 * Each `schemaPath` is made absolute (from the component schema's root): ajv gives
 * errors raised inside a `$ref`'d definition a path relative to that definition.
 * ajv's `if` errors are dropped: each one only repeats the failure of its `then` or
 * `else` branch, which is reported on its own.
 */
export function validateComponent(kind: ComponentKind, type: string, value: unknown): SchemaError[] {
  const key = `${kind}/${type}`;
  const schema = schemaAt(key);
  const validate = schema && validatorAt(key, schema);
  if (!validate || !schema || validate(value)) return [];
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map(({ instancePath, schemaPath, keyword, params, message }) => {
      const error = { instancePath, schemaPath: absoluteSchemaPath(schema, instancePath, schemaPath), keyword, params };
      return message === undefined ? error : { ...error, message };
    });
}

/**
 * The constraint annotation behind an error: the deepest `x-packer-constraint` on
 * the way down `error.schemaPath` (e.g. "#/allOf/3/not" or
 * "#/properties/source_ami_filter/allOf/0/required").
 */
export function constraintOf(
  schema: ComponentSchema,
  error: Pick<SchemaError, 'schemaPath'>,
): PackerConstraint | undefined {
  const hash = error.schemaPath.indexOf('#');
  if (hash < 0) return undefined;
  let node: unknown = schema;
  let constraint: PackerConstraint | undefined;
  for (const token of pointerTokens(error.schemaPath.slice(hash + 1))) {
    if (!isObject(node)) break;
    node = own(node, token);
    if (isObject(node) && isObject(node['x-packer-constraint']))
      constraint = node['x-packer-constraint'] as PackerConstraint;
  }
  return constraint;
}

/** The schema at a local JSON pointer such as "#/definitions/bool". */
export function resolvePointer(schema: ComponentSchema, pointer: string): unknown {
  if (!pointer.startsWith('#')) return undefined;
  let node: unknown = schema;
  for (const token of pointerTokens(pointer.slice(1))) {
    if (!isObject(node)) return undefined;
    node = own(node, token);
  }
  return node;
}

/**
 * Finds which schema an ajv error path is relative to. Walking the instance path
 * through the schema collects the `$ref` targets entered on the way (the definitions
 * that ajv compiled as functions of their own); the innermost one under which the
 * path exists is the base.
 */
function absoluteSchemaPath(schema: ComponentSchema, instancePath: string, schemaPath: string): string {
  if (!schemaPath.startsWith('#')) return schemaPath;
  const bases = ['#'];
  let node: JsonSchema | undefined = schema as unknown as JsonSchema;
  const enter = (n: JsonSchema | undefined): JsonSchema | undefined => {
    const ref = n?.$ref ?? (n?.allOf?.length === 1 ? n.allOf[0]?.$ref : undefined);
    if (ref === undefined || !ref.startsWith('#/')) return n;
    bases.push(ref);
    const target = resolvePointer(schema, ref);
    return isObject(target) ? target : undefined;
  };
  for (const token of pointerTokens(instancePath)) {
    node = enter(node);
    if (!node) break;
    const property = node.properties && own(node.properties, token);
    const additional = node.additionalProperties;
    node =
      typeof property === 'object'
        ? property
        : /^\d+$/.test(token) && node.items
          ? node.items
          : isObject(additional)
            ? additional
            : undefined;
  }
  enter(node);
  for (const base of bases.reverse()) {
    const candidate = base === '#' ? schemaPath : `${base}${schemaPath.slice(1)}`;
    if (resolvePointer(schema, candidate) !== undefined) return candidate;
  }
  return schemaPath;
}

/** A block's own schema: inline for single blocks, in the definitions for list blocks. */
function blockOf(schema: ComponentSchema, property: PropertySchema): BlockSchema | undefined {
  if (property['x-packer-type'] !== 'block') return undefined;
  if (property.$ref === undefined) return property;
  const target = resolvePointer(schema, property.$ref);
  return isObject(target) ? target : undefined;
}

function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
