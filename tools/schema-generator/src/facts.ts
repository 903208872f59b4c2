/**
 * The shapes the generator works on: a component's settings as ../shared/packer/components.json writes
 * them (the "key facts"), and the few other sections of that file it reads. Plugin facts
 * (schemas/facts/<plugin>.json) are turned into this same shape by pluginFacts.ts, so that one path
 * builds every component schema.
 */
import type { JsonValue } from './json';

export type Kind = 'builder' | 'provisioner' | 'post-processor' | 'data-source';

/** facts section name -> schema kind, in output order */
export const KINDS: readonly (readonly [Section, Kind])[] = [
  ['builders', 'builder'],
  ['provisioners', 'provisioner'],
  ['post-processors', 'post-processor'],
  ['data-sources', 'data-source'],
];
export type Section = 'builders' | 'provisioners' | 'post-processors' | 'data-sources';

/** One setting (or a setting of a nested block). */
export interface KeyFact {
  type: string;
  /** the type whose check the value must pass, when wider than `type` (a type that changed between releases) */
  checkType?: string;
  /** the earlier types of a setting whose type changed, each with the last release that had it */
  typeChanges?: { type: string; until?: string }[];
  /** a block that repeats */
  list?: boolean;
  /** a block's settings */
  keys?: Record<string, KeyFact>;
  required?: boolean;
  default?: JsonValue;
  default_in_code?: JsonValue;
  /** the Go struct that declares the field, `module/package.Type` */
  from?: string;
  internal?: boolean;
  documented?: boolean;
  deprecated?: boolean;
  /** plugin releases: first and last that have the setting */
  since?: string;
  until?: string;
  /** releases between `since` and `until` that lack the setting (removed, then restored) */
  absentIn?: string[];
}

/** The hand-written rules of one component, read from its Prepare() (free text in places). */
export type ConstraintSpec = Record<string, unknown> & {
  always_required?: string[];
  one_of_required?: string[][];
  exactly_one_of?: string[][];
  mutually_exclusive?: string[][];
  together?: string[][];
  requires?: Record<string, string[]>;
  value_rules?: Record<string, string>;
  enum?: Record<string, string[] | string>;
  iso?: IsoSpec;
  communicator?: CommunicatorSpec;
  when_communicator_not_none?: { required: string[] };
};

export interface IsoSpec {
  only_when?: string;
  one_of_required?: string[][];
  mutually_exclusive?: string[][];
  always_required?: string[];
}

export type CommunicatorSpec = Record<string, unknown> & {
  communicator_values?: string[];
  communicator_default?: string;
  mutually_exclusive?: string[][];
  requires?: Record<string, string[]>;
};

/** The plugin a component comes from, as its schema's `x-packer.plugin` says. */
export interface PluginRef {
  name: string;
  source: string;
  releases: string[];
}

export interface ComponentFacts {
  doc: string;
  keys: Record<string, KeyFact>;
  constraints?: ConstraintSpec;
  builder_id?: string;
  deprecated_removed_keys?: string[];
  /** data sources: what `data.<type>.<name>.<attr>` may name */
  outputs?: Record<string, unknown>;
  /** set for a component read from plugin facts */
  plugin?: PluginRef;
  since?: string;
  until?: string;
  absentIn?: string[];
}

/** What the generator reads of components.json besides the components. */
export interface PackerFacts {
  builders: Record<string, ComponentFacts>;
  provisioners: Record<string, ComponentFacts>;
  'post-processors': Record<string, ComponentFacts>;
  'data-sources': Record<string, ComponentFacts>;
  json_template: {
    builder_meta_keys: Record<string, string>;
    provisioner_meta_keys: Record<string, string>;
    post_processor_meta_keys: Record<string, string>;
  };
  deprecated_options: { options: Record<string, string[]> };
  hcl2: {
    functions: { names: string[] };
    functions_packer_1_6_6: { names: string[] };
    top_level_blocks: Record<string, { blocks?: Record<string, unknown>; attributes?: Record<string, unknown> }>;
  };
}
