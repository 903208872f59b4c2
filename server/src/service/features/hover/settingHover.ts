/**
 * Hover text of a component setting (a key of a builder, provisioner, post-processor or data
 * source, or of a block nested in one) and of a component type: everything the schema knows, in
 * the order a user reads it — type, required or not (and when), default, what it does, the link.
 */
import { componentSummary } from '../../packer/componentSummaries';
import {
  getPropertySchema,
  isListBlock,
  resolvePointer,
  type BlockSchema,
  type ComponentKind,
  type ComponentSchema,
  type PropertySchema,
} from '../../schema/schemaStore';
import { metaSetting } from './keywordTexts';
import { code, docsLink, link, paragraphs } from '../markdown';
import { requirementText } from './requirementText';

export type TemplateSyntax = 'hcl' | 'json';

/** Markdown for the setting at `path` (nested block names, then the key); undefined when unknown. */
export function settingHover(
  schema: ComponentSchema,
  path: readonly string[],
  syntax: TemplateSyntax,
): string | undefined {
  const key = path[path.length - 1];
  const property = getPropertySchema(schema, path);
  if (key === undefined) return undefined;
  if (property === undefined) return path.length === 1 ? removedSettingHover(schema, key) : undefined;
  const owner = path.length === 1 ? asBlock(schema) : blockSchema(schema, getPropertySchema(schema, path.slice(0, -1)));
  const { type } = schema['x-packer'];
  const kind = kindName(schema['x-packer'].kind);
  const where =
    path.length === 1
      ? `${code(type)} ${kind}`
      : `${code(path.slice(0, -1).join('.'))} block of the ${code(type)} ${kind}`;
  const description = typeof property.description === 'string' ? property.description : metaDescription(property, key);
  return paragraphs(
    `**${key}** · ${code(typeText(schema, property, syntax))} — setting of the ${where}`,
    requirement(owner, key, property),
    property.default !== undefined && `Default: ${code(JSON.stringify(property.default))}`,
    description,
    notes(property),
    releasesText(schema, property),
    docsLink(docsUrl(property, schema['x-packer'].kind, syntax)),
  );
}

/** A key Packer once had and now rejects: say so, and what to do about it. */
function removedSettingHover(schema: ComponentSchema, key: string): string | undefined {
  const { kind, type, removedKeys } = schema['x-packer'];
  if (!removedKeys.includes(key)) return undefined;
  return paragraphs(
    `**${key}** · removed setting of the ${code(type)} ${kindName(kind)}`,
    'Packer no longer accepts it: it stops with "Deprecated configuration key". Where `packer fix` knows what replaced it, the quick fix makes the same rewrite.',
  );
}

/** Markdown for a component type (`source "amazon-ebs"`, `"type": "shell"`). */
export function componentHover(kind: ComponentKind, schema: ComponentSchema): string {
  const { type, docs, plugin } = schema['x-packer'];
  return paragraphs(
    `**${type}** · ${kindName(kind)}`,
    componentSummary(kind, type),
    plugin && `From the ${code(plugin.source)} plugin${releaseSpan(plugin.releases)}.`,
    link(`Packer documentation of the ${type} ${kindName(kind)}`, docs),
  );
}

/** " (releases 1.0.0 to 1.2.4)" */
function releaseSpan(releases: readonly string[]): string {
  const first = releases[0];
  const last = releases[releases.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? ` (release ${first})` : ` (releases ${first} to ${last})`;
}

/** The type as Packer's docs write it; blocks as HCL2 writes them, JSON's shape alongside. */
function typeText(schema: ComponentSchema, property: PropertySchema, syntax: TemplateSyntax): string {
  const type = property['x-packer-type'];
  if (type === 'block') {
    const repeatable = isListBlock(schema, property);
    if (syntax === 'json') return repeatable ? 'list of blocks (array of objects)' : 'block (object)';
    return repeatable ? 'list of blocks' : 'block';
  }
  return type === 'object' ? 'object' : type;
}

/** The kind as prose writes it ("data source"). */
export function kindName(kind: ComponentKind): string {
  return kind === 'data-source' ? 'data source' : kind;
}

function metaDescription(property: PropertySchema, key: string): string | undefined {
  return property['x-packer-meta'] === true ? metaSetting(key) : undefined;
}

/**
 * What the written constraints say; where there are none, a `required:"true"` tag of the plugin's
 * source is mentioned as such (tags are unreliable, so no rule reports a missing tagged setting).
 */
function requirement(owner: BlockSchema | undefined, key: string, property: PropertySchema): string {
  const sentences = requirementText(owner, key);
  if (property['x-packer-required-tag'] === true && sentences[0] === 'Optional.')
    sentences[0] = "Marked required in the plugin's source (not checked here: other settings may stand in for it).";
  return sentences.join(' ');
}

/** The plugin releases a setting exists in, when not all of them: "Since proxmox 1.2.0." */
function releasesText(schema: ComponentSchema, property: PropertySchema): string | undefined {
  const plugin = schema['x-packer'].plugin?.name ?? 'the plugin';
  const since = property['x-packer-since'];
  const until = property['x-packer-until'];
  const parts: string[] = [];
  if (since !== undefined) parts.push(`Since ${plugin} ${since}`);
  if (until !== undefined) parts.push(`${parts.length ? 'removed' : 'Removed'} after ${plugin} ${until}`);
  const absent = property['x-packer-absent-in'];
  if (absent?.length) parts.push(`${parts.length ? 'not' : 'Not'} in ${plugin} ${absent.join(', ')}`);
  for (const change of property['x-packer-type-changes'] ?? [])
    parts.push(
      `${parts.length ? 'was' : 'Was'} a ${code(change.type)}${change.until === undefined ? ' before' : ` up to ${plugin} ${change.until}`}`,
    );
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

function notes(property: PropertySchema): string | undefined {
  const found: string[] = [];
  if (property['x-packer-deprecated'] === true) found.push('**Deprecated**: still accepted, but on its way out.');
  if (property['x-packer-internal'] === true) found.push('Set by Packer itself; not meant to be written.');
  if (property['x-packer-undocumented'] === true)
    found.push('Accepted by Packer, though its documentation does not list it.');
  return found.length === 0 ? undefined : found.join(' ');
}

const HCL_META_DOCS: Readonly<Partial<Record<ComponentKind, string>>> = {
  provisioner: 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/blocks/build/provisioner',
  'post-processor': 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/blocks/build/post-processor',
  builder: 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/blocks/source',
};

/** Meta settings link to the legacy JSON page; in HCL2 the build block's page says the same for HCL2. */
function docsUrl(property: PropertySchema, kind: ComponentKind, syntax: TemplateSyntax): string {
  if (syntax === 'hcl' && property['x-packer-meta'] === true) return HCL_META_DOCS[kind] ?? property['x-packer-docs'];
  return property['x-packer-docs'];
}

function asBlock(schema: ComponentSchema): BlockSchema {
  return schema as unknown as BlockSchema;
}

/** A nested block's own schema: inline, or in the definitions for list blocks. */
function blockSchema(schema: ComponentSchema, property: PropertySchema | undefined): BlockSchema | undefined {
  if (property?.['x-packer-type'] !== 'block') return undefined;
  if (property.$ref === undefined) return property;
  const target = resolvePointer(schema, property.$ref);
  return typeof target === 'object' && target !== null ? (target as BlockSchema) : undefined;
}
