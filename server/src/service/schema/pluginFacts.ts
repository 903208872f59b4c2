/**
 * The Packer plugins we know (schemas/plugins.json, made by the schema generator from the plugin facts):
 * which plugin brings a component, its source address and releases, and the releases a setting exists in.
 * Core components (shell, file, null...) belong to no plugin.
 */
import { plugins } from './generated/plugins';
import { getComponentSchema, getPropertySchema } from './schemaStore';
import type { ComponentKind } from './schemaTypes';

export interface PluginComponent {
  readonly kind: ComponentKind;
  /** the name templates use: `proxmox-iso` */
  readonly type: string;
}

export interface PluginFacts {
  /** the plugin's name, the prefix of its component types: `proxmox` */
  readonly name: string;
  /** the address written in `required_plugins`: `github.com/hashicorp/proxmox` */
  readonly source: string;
  /** `hashicorp/packer-plugin-proxmox` */
  readonly repository: string;
  /** every release we know, ascending, without the "v" */
  readonly releases: readonly string[];
  readonly components: readonly PluginComponent[];
}

/** The releases of a setting; an absent bound means the component's own first or newest release. */
export interface VersionRange {
  readonly since?: string;
  readonly until?: string;
  /** releases between the two that lack the setting (removed, then restored) */
  readonly absentIn?: readonly string[];
}

const byComponent = new Map<string, PluginFacts>();
for (const plugin of plugins) for (const c of plugin.components) byComponent.set(`${c.kind}/${c.type}`, plugin);

/** Every known plugin, sorted by name. */
export function listPlugins(): readonly PluginFacts[] {
  return plugins;
}

/** The plugin that brings a component, or undefined for a core component or an unknown type. */
export function pluginOf(kind: ComponentKind, type: string): PluginFacts | undefined {
  return byComponent.get(`${kind}/${type}`);
}

/** A plugin by its source address (`github.com/hashicorp/proxmox`; compared without case, as Packer does). */
export function pluginBySource(source: string): PluginFacts | undefined {
  const wanted = source.toLowerCase();
  return plugins.find((p) => p.source.toLowerCase() === wanted);
}

/**
 * The releases in which a setting (or a setting of a nested block, by path) exists, from the schema's
 * `x-packer-since` / `x-packer-until`; undefined when the setting is unknown, {} when it has always been there.
 */
export function settingVersionRange(
  kind: ComponentKind,
  type: string,
  path: string | readonly string[],
): VersionRange | undefined {
  const schema = getComponentSchema(kind, type);
  const property = schema && getPropertySchema(schema, path);
  if (!property) return undefined;
  const since = property['x-packer-since'];
  const until = property['x-packer-until'];
  const absentIn = property['x-packer-absent-in'];
  return {
    ...(typeof since === 'string' ? { since } : {}),
    ...(typeof until === 'string' ? { until } : {}),
    ...(absentIn !== undefined ? { absentIn } : {}),
  };
}
