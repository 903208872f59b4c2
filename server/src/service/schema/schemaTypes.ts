/**
 * Types of the generated component schemas (schemas/<kind>/<type>.json) and of
 * their `x-packer*` annotations. tools/schema-generator writes exactly this shape.
 */

export type ComponentKind = 'builder' | 'provisioner' | 'post-processor' | 'data-source';

export const COMPONENT_KINDS: readonly ComponentKind[] = ['builder', 'provisioner', 'post-processor', 'data-source'];

/**
 * The type of a key as the facts name it; `object` is the free-form `override` meta key. Plugins also
 * declare other cty types (`list(map(string))`, `map(list(string))`, `any`), checked only as far as
 * Packer's weak decoding cannot change their shape.
 */
export type PackerValueType =
  | 'string'
  | 'number'
  | 'bool'
  | 'duration'
  | 'list(string)'
  | 'list(number)'
  | 'list(list(string))'
  | 'map(string)'
  | 'block'
  | 'object'
  | 'any'
  | `list(${string})`
  | `set(${string})`
  | `map(${string})`;

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Any JSON Schema object; only the keywords we read are typed. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema | boolean>>;
  readonly items?: JsonSchema;
  readonly allOf?: readonly JsonSchema[];
  readonly enum?: readonly JsonValue[];
  readonly [keyword: string]: unknown;
}

/** The object schema of a nested block: its keys, `additionalProperties: false`, its constraints. */
export interface BlockSchema extends JsonSchema {
  readonly properties?: Readonly<Record<string, PropertySchema>>;
}

/** Schema of one configuration key (or of a key of a nested block). */
export interface PropertySchema extends BlockSchema {
  readonly 'x-packer-type': PackerValueType;
  /** `<component doc url>#<key>`, or the legacy JSON template page for meta keys */
  readonly 'x-packer-docs': string;
  /** what the setting does, in a sentence or two (schemas/descriptions/), for hover */
  readonly description?: string;
  /** a legacy JSON template meta key (type, name, only, except, ...) */
  readonly 'x-packer-meta'?: true;
  /** a packer_* key injected by Packer core; users do not set it */
  readonly 'x-packer-internal'?: true;
  /** accepted by Packer but listed on no docs page: accept it, do not suggest it */
  readonly 'x-packer-undocumented'?: true;
  /** still accepted, but deprecated for this plugin */
  readonly 'x-packer-deprecated'?: true;
  /** first plugin release that has the setting (schemas/facts/); absent when the component always had it */
  readonly 'x-packer-since'?: string;
  /** last plugin release that has it; absent when the newest release has it */
  readonly 'x-packer-until'?: string;
  /** releases between since and until that lack the setting (removed, then restored) */
  readonly 'x-packer-absent-in'?: readonly string[];
  /** the earlier types of a setting whose type changed between releases, each with its last release */
  readonly 'x-packer-type-changes'?: readonly { readonly type: string; readonly until?: string }[];
  /**
   * The plugin's struct tag says `required:"true"` and no written constraint says more. Tags are
   * unreliable (alternatives, values from the environment): hover mentions it, no rule reports it.
   */
  readonly 'x-packer-required-tag'?: true;
  readonly default?: JsonValue;
}

/**
 * One rule from the component's Prepare(). Groups are alternatives: a group is
 * present when any of its keys is set (present, not null and not empty).
 */
export type PackerConstraint =
  /** every key must be present */
  | { readonly kind: 'required'; readonly keys: readonly string[] }
  /** at least one group must be set */
  | { readonly kind: 'oneOfRequired'; readonly groups: readonly (readonly string[])[] }
  /** at most one group may be set */
  | { readonly kind: 'exclusive'; readonly groups: readonly (readonly string[])[] }
  /** exactly one group must be set */
  | { readonly kind: 'exactlyOne'; readonly groups: readonly (readonly string[])[] }
  /** all keys set, or none */
  | { readonly kind: 'together'; readonly keys: readonly string[] }
  /** when `key` is set, at least one group must be set */
  | {
      readonly kind: 'requires';
      readonly key: string;
      readonly groups: readonly (readonly string[])[];
    }
  /**
   * When the communicator is `communicator` (set so, or unset and that is the
   * component's default; a templated value matches nothing): every key in `keys`
   * must be set and, if `groups` is given, at least one group.
   */
  | {
      readonly kind: 'communicator';
      readonly communicator: string;
      readonly keys: readonly string[];
      readonly groups?: readonly (readonly string[])[];
    }
  /** the ISO rules; with `when`, only once one of those keys is set */
  | {
      readonly kind: 'iso';
      readonly rule: 'oneOfRequired' | 'exclusive';
      readonly groups: readonly (readonly string[])[];
      readonly when?: readonly string[];
    }
  | {
      readonly kind: 'iso';
      readonly rule: 'required';
      readonly keys: readonly string[];
      readonly when?: readonly string[];
    };

export type ConstraintKind = PackerConstraint['kind'];

/** An `allOf` entry of a component or block schema. */
export interface ConstraintSchema extends JsonSchema {
  readonly 'x-packer-constraint': PackerConstraint;
}

export interface ComponentMeta {
  readonly kind: ComponentKind;
  readonly type: string;
  readonly docs: string;
  /** the builder id (also the plugin type that selects deprecated options) */
  readonly builderId?: string;
  /** keys that Packer once had and now rejects as "Deprecated configuration key" (packer fix) */
  readonly removedKeys: readonly string[];
  /** the plugin that brings the component (schemas/facts/); absent for Packer's core components */
  readonly plugin?: { readonly name: string; readonly source: string; readonly releases: readonly string[] };
  /** first and last plugin release that have the component; absent when every release read has it */
  readonly since?: string;
  readonly until?: string;
  /** releases between the two that lack the component (registered, dropped, then restored) */
  readonly absentIn?: readonly string[];
}

export interface ComponentSchema {
  readonly $schema: string;
  readonly $id: string;
  readonly title: string;
  readonly type: 'object';
  readonly 'x-packer': ComponentMeta;
  readonly properties: Readonly<Record<string, PropertySchema>>;
  readonly patternProperties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties: false;
  readonly allOf?: readonly ConstraintSchema[];
  /** shared type checks and list-block schemas, reached through `$ref` */
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
}

/** A minimal view of ajv's ErrorObject. */
export interface SchemaError {
  /** JSON pointer into the validated component object, e.g. "/ssh_port" or "" */
  readonly instancePath: string;
  /** JSON pointer into the schema, e.g. "#/allOf/3/not" */
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** Shape of a generated ajv standalone validator. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

/** The ajv runtime helpers a generated validator calls (generated/validators.ts). */
export type ValidatorRuntime = Readonly<Record<string, unknown>>;
