/**
 * What a setting looks like once inserted, in each syntax: the snippet that writes the key with an
 * empty value of the right shape, and the values worth offering for it (enums, booleans, durations).
 */
import type { ComponentSchema, JsonValue, PropertySchema } from '../../schema/schemaStore';
import { isListBlock, resolvePointer } from '../../schema/schemaStore';
import { snippetChoice } from './candidate';

export type Syntax = 'hcl' | 'json';

/** Values Packer accepts for a duration, from short waits to long builds. */
const COMMON_DURATIONS = ['30s', '1m', '5m', '10m', '30m', '1h'];

/** The fixed set of values a setting takes, when its schema has one (`communicator`: ssh, winrm...). */
function enumValues(schema: ComponentSchema | undefined, property: PropertySchema): string[] {
  const found = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4 || typeof node !== 'object' || node === null) return;
    const n = node as { enum?: readonly JsonValue[]; else?: unknown; $ref?: string; allOf?: readonly unknown[] };
    for (const value of n.enum ?? []) if (typeof value === 'string' && value !== '') found.add(value);
    visit(n.else, depth + 1);
    if (schema !== undefined && typeof n.$ref === 'string') visit(resolvePointer(schema, n.$ref), depth + 1);
  };
  visit(property, 0);
  return [...found];
}

/** The text that sets `key`, with tab stops, in `syntax` (JSON: quoted key, HCL: `key = ...`). */
export function settingSnippet(
  key: string,
  property: PropertySchema,
  schema: ComponentSchema | undefined,
  syntax: Syntax,
): string {
  const type = property['x-packer-type'];
  const name = syntax === 'json' ? `"${key}": ` : `${key} = `;
  const choices = enumValues(schema, property);
  switch (type) {
    case 'block':
      if (syntax === 'hcl') return `${key} {\n  $0\n}`;
      return schema !== undefined && isListBlock(schema, property)
        ? `${name}[\n  {\n    $0\n  }\n]`
        : `${name}{\n  $0\n}`;
    case 'bool':
      return `${name}\${1|true,false|}`;
    case 'number':
      return `${name}$1`;
    case 'list(string)':
    case 'list(number)':
    case 'list(list(string))':
      return `${name}[$1]`;
    case 'map(string)':
    case 'object':
      return `${name}{\n  $1\n}`;
    default:
      // other cty types of plugins: list(map(string)), map(list(string))...
      if (/^(list|set)\(/.test(type)) return `${name}[$1]`;
      if (type.startsWith('map(')) return `${name}{\n  $1\n}`;
      if (type === 'any') return `${name}$1`;
      return choices.length > 0 ? `${name}"\${1|${choices.map(snippetChoice).join(',')}|}"` : `${name}"$1"`;
  }
}

/** A short type for the detail line: `string`, `bool`, `block`, `list of blocks`. */
export function typeLabel(property: PropertySchema, schema: ComponentSchema | undefined): string {
  const type = property['x-packer-type'];
  if (type === 'block') return schema !== undefined && isListBlock(schema, property) ? 'block (repeatable)' : 'block';
  return type;
}

export interface ValueOption {
  /** The value as written in the syntax (quoted when a string). */
  text: string;
  /** Without quotes, for use inside a string already open. */
  bare: string;
  isString: boolean;
  detail: string;
}

/** Values to offer after `key =` / `"key":`: enum members, booleans, durations, the default. */
export function valueOptions(property: PropertySchema, schema: ComponentSchema | undefined): ValueOption[] {
  const options: ValueOption[] = [];
  const add = (value: string | number | boolean, detail: string) => {
    const isString = typeof value === 'string';
    const text = isString ? JSON.stringify(value) : String(value);
    if (!options.some((o) => o.text === text)) options.push({ text, bare: String(value), isString, detail });
  };
  const fallback = property.default;
  if (typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean') {
    if (fallback !== '') add(fallback, 'default');
  }
  for (const value of enumValues(schema, property)) add(value, 'allowed value');
  switch (property['x-packer-type']) {
    case 'bool':
      add(true, 'bool');
      add(false, 'bool');
      break;
    case 'duration':
      for (const value of COMMON_DURATIONS) add(value, 'duration');
      break;
    default:
      break;
  }
  return options;
}
