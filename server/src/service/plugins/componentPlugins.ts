/**
 * Which plugin each component of an HCL2 document comes from, as Packer names components: a
 * `required_plugins` entry `NAME` makes its plugin's components `NAME-<component>` (hcl2template
 * `DetectPluginBinaries` then `DiscoverMultiPlugin(accessor, ...)`), and every installed binary
 * `packer-plugin-X` also makes `X-<component>` (`PluginConfig.Discover`).
 */
import { listPlugins, pluginBySource, pluginOf, type PluginFacts } from '../schema/pluginFacts';
import type { ComponentKind } from '../schema/schemaTypes';
import type { PackerSituation } from './packerSituation';
import type { InstalledPlugins } from './installedPlugins';
import type { PackerRequirements, PluginRequirement } from './requirements';
import { choosePluginVersion, type PluginVersions } from './versionChoice';

export type ComponentPlugin =
  /** A core component, or a type no known plugin brings: nothing to say here. */
  | { status: 'unknown' }
  /** Declared under an accessor whose source brings it. */
  | { status: 'declared'; plugin: PluginFacts; requirement: PluginRequirement; versions: PluginVersions; path: string }
  /** The accessor's source is a plugin we know that has no such component. */
  | { status: 'wrong-source'; requirement: PluginRequirement; declared: PluginFacts; expected: PluginFacts | undefined }
  /** A plugin we know brings it, and no entry names that plugin. */
  | { status: 'undeclared'; plugin: PluginFacts; versions: PluginVersions };

export interface ComponentRef {
  kind: ComponentKind;
  type: string;
}

/** The entry whose accessor prefixes the type (`aws` for `aws-ebs`), the longest when several do. */
export function accessorFor(type: string, requirements: PackerRequirements): PluginRequirement | undefined {
  return requirements.plugins
    .filter((r) => type === r.name || type.startsWith(`${r.name}-`))
    .sort((a, b) => b.name.length - a.name.length)[0];
}

/** The component's name inside its plugin: `ebs` for `aws-ebs` under `aws`; '' for the plugin's default one. */
function componentPath(type: string, accessor: string): string {
  return type === accessor ? '' : type.slice(accessor.length + 1);
}

export function hasComponent(plugin: PluginFacts, kind: ComponentKind, path: string): boolean {
  const type = path === '' ? plugin.name : `${plugin.name}-${path}`;
  return plugin.components.some((c) => c.kind === kind && c.type === type);
}

/**
 * The plugin a source address names. Plugins that moved from HashiCorp to their vendor
 * (`github.com/hashicorp/vsphere` is now `github.com/vmware/vsphere`) still install from the old
 * address, which GitHub redirects: it names the same plugin.
 */
export function pluginAt(source: string): PluginFacts | undefined {
  const exact = pluginBySource(source);
  if (exact !== undefined) return exact;
  const moved = /^github\.com\/hashicorp\/([\w.-]+)$/i.exec(source)?.[1]?.toLowerCase();
  return moved === undefined ? undefined : listPlugins().find((p) => p.name === moved && isInstallable(p));
}

export function classifyComponent(
  { kind, type }: ComponentRef,
  requirements: PackerRequirements,
  situation: PackerSituation,
): ComponentPlugin {
  const requirement = accessorFor(type, requirements);
  const declared = requirement?.source === undefined ? undefined : pluginAt(requirement.source.value);
  if (requirement !== undefined && declared !== undefined) {
    const path = componentPath(type, requirement.name);
    if (hasComponent(declared, kind, path)) {
      const constraints = requirement.constraints.ok ? requirement.constraints.constraints : [];
      const versions = choosePluginVersion(
        requirement.source?.value ?? declared.source,
        constraints,
        situation.installed,
        declared,
      );
      return { status: 'declared', plugin: declared, requirement, versions, path };
    }
    return { status: 'wrong-source', requirement, declared, expected: pluginOf(kind, type) };
  }
  // An accessor whose source we do not know: Packer may well find the component there.
  if (requirement !== undefined) return { status: 'unknown' };
  const plugin = pluginOf(kind, type);
  if (plugin === undefined || !isInstallable(plugin)) return { status: 'unknown' };
  // Declared under another name: `packer init` installs it, and discovery names it after its binary.
  if (requirements.plugins.some((r) => r.source !== undefined && pluginAt(r.source.value) === plugin))
    return { status: 'unknown' };
  return {
    status: 'undeclared',
    plugin,
    versions: choosePluginVersion(plugin.source, [], situation.installed, plugin),
  };
}

/**
 * The installed versions of a `required_plugins` entry, for the entries `packer init` could install:
 * undefined when it has no source address or a readable constraint, or names a plugin we know that
 * installs from nowhere. It is missing (Packer stops with "Missing plugins") when none satisfies it.
 */
export function requirementVersions(
  requirement: PluginRequirement,
  installed: InstalledPlugins,
): { source: string; versions: PluginVersions } | undefined {
  const source = requirement.source?.value;
  if (source === undefined || !requirement.constraints.ok || !isSourceAddress(source)) return undefined;
  const facts = pluginAt(source);
  if (facts !== undefined && !isInstallable(facts)) return undefined;
  return { source, versions: choosePluginVersion(source, requirement.constraints.constraints, installed, facts) };
}

/** A source address `packer init` can install from: `host/namespace/name`. */
export function isSourceAddress(source: string): boolean {
  return /^[\w.-]+\/[\w.-]+\/[\w.-]+$/.test(source);
}

/** A plugin whose facts give a source address `packer init` can install from. */
export function isInstallable(plugin: PluginFacts): boolean {
  return isSourceAddress(plugin.source);
}

/** Every component type a plugin we know brings, for did-you-mean. */
export function allComponentTypes(kind: ComponentKind): string[] {
  return listPlugins().flatMap((p) => p.components.filter((c) => c.kind === kind).map((c) => c.type));
}
