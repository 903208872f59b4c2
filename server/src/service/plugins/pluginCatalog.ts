/**
 * The plugins offered in `required_plugins`, by the name their components start with: every
 * plugin the facts know that `packer init` can install, with the few words of pluginSources.ts
 * where it has them, else the list of what the plugin brings.
 */
import { PLUGIN_SOURCES } from '../packer/pluginSources';
import { listPlugins, type PluginFacts } from '../schema/pluginFacts';
import { isInstallable } from './componentPlugins';
import { majorConstraint } from './requiredPluginsEdit';
import { newestRelease } from './versionChoice';

export interface CatalogPlugin {
  readonly name: string;
  readonly source: string;
  readonly summary: string;
  /** `~> MAJOR` of the newest release, or `>= 1.0.0` when no release is known. */
  readonly constraint: string;
  readonly facts: PluginFacts | undefined;
}

export function pluginCatalog(): CatalogPlugin[] {
  const byName = new Map<string, CatalogPlugin>();
  for (const facts of listPlugins()) {
    if (!isInstallable(facts)) continue;
    const major = newestRelease(facts, [])?.segments[0];
    byName.set(facts.name, {
      name: facts.name,
      source: facts.source,
      summary: PLUGIN_SOURCES.find((p) => p.name === facts.name)?.summary ?? componentSummary(facts),
      constraint: major === undefined ? '>= 1.0.0' : majorConstraint(major),
      facts,
    });
  }
  for (const known of PLUGIN_SOURCES) {
    if (!byName.has(known.name)) byName.set(known.name, { ...known, constraint: '>= 1.0.0', facts: undefined });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function catalogPlugin(name: string): CatalogPlugin | undefined {
  return pluginCatalog().find((p) => p.name === name);
}

function componentSummary(facts: PluginFacts): string {
  return `Brings ${facts.components.map((c) => c.type).join(', ')}`;
}
