/** The shape of schemas/hcl2.json (generated from the Packer facts by tools/schema-generator). */
export interface Hcl2Facts {
  readonly $comment: string;
  /** Every function of current Packer's HCL2. */
  readonly functions: readonly string[];
  /** The subset Packer 1.6.6 has. */
  readonly functionsPacker166: readonly string[];
  readonly topLevelBlocks: readonly string[];
  readonly buildChildren: readonly string[];
  readonly buildAttributes: readonly string[];
  /** Per data source type, the attributes `data.<type>.<name>.<attr>` may name. */
  readonly dataSourceOutputs: Readonly<Record<string, readonly string[]>>;
}
