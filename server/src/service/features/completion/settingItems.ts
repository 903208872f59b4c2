/**
 * Setting names of a component (or of one of its nested blocks), from its schema: the ones not yet
 * written, required ones first, each with its type and a snippet of the right shape.
 */
import type { BlockSchema, ComponentSchema, PropertySchema } from '../../schema/schemaStore';
import { isListBlock, resolvePointer } from '../../schema/schemaStore';
import { docsLink, paragraphs } from '../markdown';
import { CompletionItemKind, type Candidate } from './candidate';
import { settingSnippet, typeLabel, type Syntax } from './settingShapes';

/** Where in a component the cursor is: its top level, or a nested block by key path. */
export interface SettingsTarget {
  schema: ComponentSchema;
  /** Keys of nested blocks from the component's top level (`["launch_block_device_mappings"]`). */
  path: readonly string[];
}

export interface SettingOptions {
  syntax: Syntax;
  /** Keys already written in the object or block. */
  present: ReadonlySet<string>;
  /** Keys that the syntax writes elsewhere (HCL: `type` is a label). */
  omit?: ReadonlySet<string>;
}

const enum Rank {
  Required = 0,
  OneOfRequired = 1,
  Documented = 2,
  Meta = 3,
  Undocumented = 4,
  Deprecated = 5,
}

/** The object schema (properties and constraints) at `path`, or undefined when the path leads nowhere. */
export function objectSchemaAt(target: SettingsTarget): BlockSchema | undefined {
  // A component schema is the outermost object schema: same keywords, no index signature.
  let object: BlockSchema = target.schema as unknown as BlockSchema;
  for (const key of target.path) {
    const property = object.properties?.[key];
    if (property === undefined || property['x-packer-type'] !== 'block') return undefined;
    const resolved = property.$ref === undefined ? property : resolvePointer(target.schema, property.$ref);
    if (typeof resolved !== 'object' || resolved === null) return undefined;
    object = resolved as BlockSchema;
  }
  return object;
}

export function settingCandidates(target: SettingsTarget, options: SettingOptions): Candidate[] {
  const object = objectSchemaAt(target);
  if (object?.properties === undefined) return [];
  const ranks = requiredRanks(object, options.present);
  const candidates: Candidate[] = [];
  for (const [key, property] of Object.entries(object.properties)) {
    if (property['x-packer-internal'] || options.omit?.has(key)) continue;
    // A repeatable block may be written again; anything else only once.
    if (options.present.has(key) && !isListBlock(target.schema, property)) continue;
    const rank = rankOf(property, ranks.get(key));
    candidates.push({
      label: key,
      kind: property['x-packer-type'] === 'block' ? CompletionItemKind.Module : CompletionItemKind.Property,
      detail: detailOf(property, target.schema, rank),
      documentation: paragraphs(property.description, docsLink(property['x-packer-docs'])),
      insertText: settingSnippet(key, property, target.schema, options.syntax),
      snippet: true,
      sortText: `${rank}_${key}`,
      ...(property['x-packer-deprecated'] && { deprecated: true }),
    });
  }
  return candidates;
}

function rankOf(property: PropertySchema, required: Rank | undefined): Rank {
  if (property['x-packer-deprecated']) return Rank.Deprecated;
  if (required !== undefined) return required;
  if (property['x-packer-meta']) return Rank.Meta;
  // Accepted but on no docs page: still offered, after the documented ones.
  if (property['x-packer-undocumented']) return Rank.Undocumented;
  return Rank.Documented;
}

function detailOf(property: PropertySchema, schema: ComponentSchema, rank: Rank): string {
  const parts = [typeLabel(property, schema)];
  if (rank === Rank.Required) parts.push('required');
  if (rank === Rank.OneOfRequired) parts.push('one of these is required');
  if (property['x-packer-deprecated']) parts.push('deprecated');
  const fallback = property.default;
  if (fallback !== undefined && fallback !== null && fallback !== '') parts.push(`default ${JSON.stringify(fallback)}`);
  return parts.join(', ');
}

/** Keys the object must have (`required`), or of which it needs one (`oneOfRequired`, `exactlyOne`). */
function requiredRanks(object: BlockSchema, present: ReadonlySet<string>): Map<string, Rank> {
  const ranks = new Map<string, Rank>();
  const allOf = (object.allOf ?? []) as ReadonlyArray<{ 'x-packer-constraint'?: unknown }>;
  for (const entry of allOf) {
    const constraint = entry['x-packer-constraint'] as
      { kind: string; keys?: readonly string[]; groups?: ReadonlyArray<readonly string[]> } | undefined;
    if (constraint === undefined) continue;
    if (constraint.kind === 'required') for (const key of constraint.keys ?? []) ranks.set(key, Rank.Required);
    // `ssh_username` and the like: required by the default communicator, while no other one is chosen.
    if (constraint.kind === 'communicator' && !present.has('communicator')) {
      const communicator = (constraint as { communicator?: string }).communicator;
      if (communicator !== undefined && communicator === object.properties?.['communicator']?.default)
        for (const key of constraint.keys ?? []) if (!ranks.has(key)) ranks.set(key, Rank.Required);
    }
    if (constraint.kind === 'oneOfRequired' || constraint.kind === 'exactlyOne') {
      const keys = (constraint.groups ?? []).flat();
      // Once one alternative is written, the others are no longer needed.
      if (keys.some((key) => present.has(key))) continue;
      for (const key of keys) if (!ranks.has(key)) ranks.set(key, Rank.OneOfRequired);
    }
  }
  return ranks;
}
