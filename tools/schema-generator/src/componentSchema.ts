/** One component's JSON Schema (draft-07): its settings, meta keys, constraints and `x-packer` annotations. */
import type { ComponentFacts, KeyFact, Kind, PackerFacts } from './facts';
import type { Json } from './json';
import { ComponentContext } from './constraintSchemas';
import { type Descriptions, componentFileName, metaFileName, structFileName } from './descriptions';
import { type Describe, metaFact, propertySchema } from './properties';
import { NO_CONSTRAINTS, translateConstraints } from './translateConstraints';
import { Definitions } from './typeChecks';

const META_DOCS: Readonly<Record<string, string>> = {
  builder: 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/builders',
  provisioner: 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/provisioners',
  'post-processor': 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/post-processors',
};

/**
 * Plugin ids for builders whose facts lack `builder_id`; they decide which `deprecated_options` globs
 * apply (config.DecodeOpts.PluginType in each plugin).
 */
const DERIVED_BUILDER_IDS: Readonly<Record<string, string>> = {
  'virtualbox-ovf': 'mitchellh.virtualbox', // vboxcommon.BuilderId, shared with virtualbox-iso
  'virtualbox-vm': 'mitchellh.virtualbox',
  'vsphere-iso': 'jetbrains.vsphere', // common.BuilderId of the vsphere plugin
  'vsphere-clone': 'jetbrains.vsphere',
  'vsphere-supervisor': 'jetbrains.vsphere',
  'azure-chroot': 'azure.chroot',
  // the BuilderId constants of the hyperv, parallels and scaleway plugins, which have deprecated options
  'hyperv-iso': 'MSOpenTech.hyperv',
  'hyperv-vmcx': 'MSOpenTech.hyperv',
  'parallels-iso': 'packer.parallels',
  'parallels-pvm': 'packer.parallels',
  scaleway: 'hashicorp.scaleway',
};

/** Enum keys whose Prepare() upper-cases the value before checking it (plugin source). */
const ENUM_IGNORE_CASE: Readonly<Record<string, readonly string[]>> = {
  'builder/googlecompute': ['instance_termination_action', 'image_architecture'],
};

/**
 * The description lookup of one top-level key: nested keys are found by dotted path in the file of
 * the struct the top-level key comes from (its `from`), else in the component's own file, which may
 * describe any of its settings.
 */
function describerOf(descriptions: Descriptions, kind: string, type: string, fact: KeyFact | undefined): Describe {
  if (!fact) return (keyPath) => descriptions.lookup(metaFileName(kind), keyPath);
  const own = componentFileName(kind, type);
  if (!fact.from) return (keyPath) => descriptions.lookup(own, keyPath);
  const struct = structFileName(fact.from);
  return (keyPath) => descriptions.lookup(struct, keyPath) ?? descriptions.lookup(own, keyPath);
}

function metaKeysOf(kind: Kind, facts: PackerFacts): Record<string, string> {
  const t = facts.json_template;
  if (kind === 'builder') return t.builder_meta_keys;
  if (kind === 'provisioner') return t.provisioner_meta_keys;
  if (kind === 'post-processor') return t.post_processor_meta_keys;
  return {};
}

export interface BuiltSchema {
  schema: Json;
  /** constraints dropped because they name settings the component lacks */
  dropped: string[];
}

export function componentSchema(
  kind: Kind,
  type: string,
  c: ComponentFacts,
  facts: PackerFacts,
  descriptions: Descriptions,
): BuiltSchema {
  const id = `${kind}/${type}`;
  const keyFacts: Record<string, KeyFact> = { ...c.keys };
  const metas = new Map<string, { type: string; check?: Json }>();
  for (const [key, desc] of Object.entries(metaKeysOf(kind, facts))) {
    const m = metaFact(kind, key, desc);
    metas.set(key, m);
    if (!keyFacts[key]) keyFacts[key] = { type: m.type };
  }

  const cx = new ComponentContext(id, keyFacts);
  const translated = c.constraints ? translateConstraints(c.constraints, cx, type) : NO_CONSTRAINTS();

  const defs = new Definitions();
  const properties: Json = {};
  for (const key of Object.keys(keyFacts).sort()) {
    const fact = keyFacts[key];
    if (!fact) continue;
    const meta = metas.get(key);
    if (meta) {
      const docs = c.keys[key] ? `${c.doc}#${key}` : (META_DOCS[kind] ?? '');
      const s: Json = { 'x-packer-type': meta.type, 'x-packer-docs': docs, 'x-packer-meta': true };
      const description = describerOf(descriptions, kind, type, c.keys[key])(key);
      if (description !== undefined) s.description = description;
      if (meta.type === 'object')
        Object.assign(s, { type: ['object', 'null'], additionalProperties: { type: ['object', 'null'] } });
      else Object.assign(s, meta.check ?? defs.ref(meta.type));
      properties[key] = s;
      continue;
    }
    properties[key] = propertySchema(key, fact, c.doc, {
      defs,
      enums: translated.enums,
      lengths: translated.lengths,
      ignoreCase: ENUM_IGNORE_CASE[id] ?? [],
      nested: translated.nested,
      path: '',
      describe: describerOf(descriptions, kind, type, fact),
      defaultOverride: key === 'communicator' ? translated.communicatorDefault : undefined,
      // a tag is mentioned only where no constraints were written for the component
      plugin: c.plugin !== undefined && !c.constraints,
    });
  }
  for (const block of translated.nested.keys())
    if (keyFacts[block]?.type !== 'block') throw new Error(`${id}: "${block}" is not a block`);

  const builderId = kind === 'builder' ? (c.builder_id ?? DERIVED_BUILDER_IDS[type]) : undefined;
  // a builder of unknown id still gets the options deprecated for every plugin type (glob `*`)
  const pluginType =
    kind === 'builder' ? (builderId ?? '') : kind === 'post-processor' ? `packer.post-processor.${type}` : type;

  const xPacker: Json = { kind, type, docs: c.doc };
  if (builderId) xPacker.builderId = builderId;
  xPacker.removedKeys = removedKeys(c, pluginType, facts.deprecated_options.options);
  if (c.plugin) xPacker.plugin = { name: c.plugin.name, source: c.plugin.source, releases: c.plugin.releases };
  if (c.since !== undefined) xPacker.since = c.since;
  if (c.until !== undefined) xPacker.until = c.until;
  if (c.absentIn?.length) xPacker.absentIn = c.absentIn;

  const schema: Json = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `packer://${kind}/${type}`,
    title: `${type} ${kind}`,
    type: 'object',
    'x-packer': xPacker,
    properties,
    // packer core skips unknown packer_* keys instead of reporting them
    patternProperties: { '^packer_': {} },
    additionalProperties: false,
  };
  if (translated.top.length) schema.allOf = translated.top;
  schema.definitions = defs.toJSON();
  return { schema, dropped: cx.dropped };
}

/** glob as in ryanuber/go-glob: only `*` is special */
function globMatch(pattern: string, value: string): boolean {
  const body = pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`).test(value);
}

/** Keys Packer once had and now rejects as "Deprecated configuration key". */
function removedKeys(c: ComponentFacts, pluginType: string, options: Record<string, string[]>): string[] {
  const out = new Set(c.deprecated_removed_keys ?? []);
  for (const [glob, keys] of Object.entries(options))
    if (globMatch(glob, pluginType)) for (const k of keys) if (!(k in c.keys)) out.add(k);
  return [...out].sort();
}
