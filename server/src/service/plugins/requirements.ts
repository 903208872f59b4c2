/**
 * The `packer { required_version, required_plugins { NAME = { source, version } } }` of an HCL2
 * folder, as Packer collects it (hcl2template `PluginRequirements`): every `required_plugins` block
 * of every file counts, and a NAME seen twice is an error whose first declaration wins.
 */
import type { Attribute, Block, ObjectExpression } from '../parsing/hcl/ast';
import { literalString, type HclConfiguration } from '../model/hcl/configuration';
import type { HclFile } from '../model/hcl/hclFile';
import type { OffsetRange } from '../types';
import { lowerBound, parseConstraints, type Constraints, type Version } from './versions';

export interface StringAt {
  readonly value: string;
  readonly range: OffsetRange;
}

export interface PluginRequirement {
  /** The accessor: the prefix Packer gives this plugin's components (`aws` makes `aws-ebs`). */
  readonly name: string;
  readonly nameRange: OffsetRange;
  readonly file: HclFile;
  /** The whole `NAME = { ... }`. */
  readonly attribute: Attribute;
  readonly object: ObjectExpression | undefined;
  readonly source: StringAt | undefined;
  readonly version: StringAt | undefined;
  /** The parsed `version`; no constraint when it is absent. */
  readonly constraints: Constraints;
  /** The `required_plugins` block it stands in. */
  readonly block: Block;
}

export interface PackerRequirements {
  /** The first declaration of each name, in folder order. */
  readonly plugins: readonly PluginRequirement[];
  /** Later declarations of a name already declared: Packer stops on each. */
  readonly duplicates: readonly { requirement: PluginRequirement; first: PluginRequirement }[];
  /** Every `required_version`, with its file. */
  readonly packerVersions: readonly { file: HclFile; value: StringAt; constraints: Constraints }[];
  /** The `packer` blocks, where a fix adds `required_plugins`. */
  readonly packerBlocks: readonly { file: HclFile; block: Block }[];
}

const cache = new WeakMap<HclConfiguration, PackerRequirements>();

export function packerRequirements(configuration: HclConfiguration): PackerRequirements {
  const cached = cache.get(configuration);
  if (cached !== undefined) return cached;
  const plugins: PluginRequirement[] = [];
  const duplicates: { requirement: PluginRequirement; first: PluginRequirement }[] = [];
  const packerVersions: { file: HclFile; value: StringAt; constraints: Constraints }[] = [];
  const packerBlocks: { file: HclFile; block: Block }[] = [];
  for (const file of inPackerOrder(configuration.files)) {
    if (file.role !== 'config') continue;
    for (const packer of file.body.items) {
      if (packer.kind !== 'block' || packer.type !== 'packer') continue;
      packerBlocks.push({ file, block: packer });
      for (const item of packer.body.items) {
        if (item.kind === 'attribute' && item.name === 'required_version') {
          const value = literalString(item.expression);
          if (value !== undefined) packerVersions.push({ file, value, constraints: parseConstraints(value.value) });
        }
        if (item.kind !== 'block' || item.type !== 'required_plugins') continue;
        for (const entry of item.body.items) {
          if (entry.kind !== 'attribute') continue;
          const requirement = requirementOf(file, item, entry);
          const first = plugins.find((p) => p.name === requirement.name);
          if (first === undefined) plugins.push(requirement);
          else duplicates.push({ requirement, first });
        }
      }
    }
  }
  const result = { plugins, duplicates, packerVersions, packerBlocks };
  cache.set(configuration, result);
  return result;
}

/**
 * The order Packer reads a folder in (hcl2template `Parse`): the `*.pkr.hcl` files by name, then the
 * `*.pkr.json` ones; the first declaration of a name wins, the later ones are the duplicates.
 */
function inPackerOrder(files: readonly HclFile[]): HclFile[] {
  const rank = (file: HclFile) => (file.json === undefined ? 0 : 1);
  return [...files].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function requirementOf(file: HclFile, block: Block, attribute: Attribute): PluginRequirement {
  const object = attribute.expression.kind === 'object' ? attribute.expression : undefined;
  const field = (key: string): StringAt | undefined => {
    const item = object?.items.find((i) => i.key.name === key);
    const value = item === undefined ? undefined : literalString(item.value);
    return value === undefined ? undefined : { value: value.value, range: value.range };
  };
  const version = field('version');
  return {
    name: attribute.name,
    nameRange: attribute.nameRange,
    file,
    attribute,
    object,
    source: field('source'),
    version,
    constraints: parseConstraints(version?.value ?? ''),
    block,
  };
}

/** The lowest Packer release `required_version` admits, when it sets a floor: all Packer may be assumed to be. */
export function requiredPackerFloor(requirements: PackerRequirements): Version | undefined {
  for (const { constraints } of requirements.packerVersions) {
    const floor = constraints.ok ? lowerBound(constraints.constraints) : undefined;
    if (floor !== undefined) return floor;
  }
  return undefined;
}
