/**
 * The settings of one builder, provisioner or post-processor as the body of its HCL2 block. The
 * component's schema decides the shape: a key whose schema is a nested block (`x-packer-type:
 * block`) becomes a block (a list of objects, one block per object); every other object, such as
 * `tags`, stays a map attribute. Legacy JSON's weak decoding accepted a single string where a list
 * was expected; HCL2 does not, so such a value is wrapped in a list.
 */
import type { ObjectNode, ValueNode } from '../parsing/tree';
import {
  getBlockProperties,
  type ComponentKind,
  type ComponentSchema,
  type PropertySchema,
} from '../schema/schemaStore';
import { sharedProperty, type OwnedProperty } from './schemaFallback';
import type { ConvertContext, Place } from './context';
import { Notes } from './context';
import { attribute, block, comment, expression, isIdentifier, type HclItem, type HclValue } from './hclWriter';
import { convertTemplateString } from './templateExpression';

export interface SettingsScope {
  kind: ComponentKind;
  schema: ComponentSchema | undefined;
  place: Place;
  context: ConvertContext;
  /** For notes: "builder amazon-ebs", "provisioner 2 (shell)". */
  where: string;
}

/** The last property of each key, in the order written (Packer keeps the last of duplicates). */
export function lastProperties(object: ObjectNode): ObjectNode['properties'] {
  return object.properties.filter(
    (property, index) => !object.properties.slice(index + 1).some((later) => later.key === property.key),
  );
}

/** The settings of a component's top level. */
export function convertComponentSettings(
  object: ObjectNode,
  scope: SettingsScope,
  skip: ReadonlySet<string>,
): HclItem[] {
  const { schema } = scope;
  const lookup = (key: string): OwnedProperty | undefined => {
    if (schema === undefined) return sharedProperty(scope.kind, key);
    const property = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    return property === undefined ? undefined : { owner: schema, property };
  };
  return convertSettings(object, lookup, scope, skip);
}

function convertSettings(
  object: ObjectNode,
  lookup: (key: string) => OwnedProperty | undefined,
  scope: SettingsScope,
  skip: ReadonlySet<string> = new Set(),
): HclItem[] {
  const items: HclItem[] = [];
  for (const property of lastProperties(object)) {
    const { key, value } = property;
    if (value === undefined || skip.has(key)) continue;
    if (key.startsWith('_')) {
      items.push(comment(`${key}: ${commentText(value)}`));
      continue;
    }
    const owned = lookup(key);
    const schema = owned?.property;
    const notes = new Notes(scope.context);
    if (!isIdentifier(key)) {
      notes.add(scope.where, `"${key}" is not a valid HCL2 argument name; it was left out.`);
      items.push(comment(...notes.lines));
      continue;
    }
    const nested = owned === undefined ? undefined : nestedLookup(owned);
    if (nested !== undefined && value.type === 'object') {
      items.push(block(key, [], convertSettings(value, nested, scope)));
      continue;
    }
    if (nested !== undefined && value.type === 'array' && value.items.every((item) => item.type === 'object')) {
      for (const item of value.items)
        if (item.type === 'object') items.push(block(key, [], convertSettings(item, nested, scope)));
      continue;
    }
    let converted = convertValue(value, scope, notes, key);
    if (isListType(schema) && value.type !== 'array' && value.type !== 'null') {
      // An empty string meant "none" in the legacy template.
      converted = { kind: 'list', items: value.type === 'string' && value.value === '' ? [] : [converted] };
    }
    items.push(attribute(key, converted, notes.lines));
  }
  return items;
}

export function convertValue(node: ValueNode, scope: SettingsScope, notes: Notes, key: string): HclValue {
  switch (node.type) {
    case 'string':
      return expression(convertTemplateString(node.value, scope.place, scope.context, notes, `${scope.where} ${key}`));
    case 'number':
      return expression(String(node.value));
    case 'boolean':
      return expression(node.value ? 'true' : 'false');
    case 'null':
    case 'expression':
      return expression('null');
    case 'array':
      return { kind: 'list', items: node.items.map((item) => convertValue(item, scope, notes, key)) };
    case 'object':
      return {
        kind: 'object',
        entries: lastProperties(node)
          .filter((p) => p.value !== undefined)
          .map((p) => ({ key: p.key, value: convertValue(p.value as ValueNode, scope, notes, `${key}.${p.key}`) })),
      };
  }
}

/** How to look up the keys of a nested block; undefined when the key is no block. */
function nestedLookup({ owner, property }: OwnedProperty): ((key: string) => OwnedProperty | undefined) | undefined {
  if (property['x-packer-type'] !== 'block') return undefined;
  const properties = getBlockProperties(owner, property) ?? {};
  return (key) => {
    const found = Object.hasOwn(properties, key) ? properties[key] : undefined;
    return found === undefined ? undefined : { owner, property: found };
  };
}

function isListType(schema: PropertySchema | undefined): boolean {
  return schema?.['x-packer-type']?.startsWith('list(') === true;
}

/** A JSON value on one comment line. */
function commentText(value: ValueNode): string {
  return value.type === 'string' ? value.value.replace(/\s*\n\s*/g, ' ') : `(a ${value.type})`;
}
