/**
 * schemas/plugins.json: every plugin we know, with its source address, releases and components, for
 * server/src/service/schema/pluginFacts.ts. Plugins with facts are described from them; the others
 * of ../shared/packer/plugins-inventory.json keep what the inventory says (their newest release).
 */
import type { Kind } from './facts';
import { byCodeUnit, isObject, type Json } from './json';
import type { PluginFile } from './pluginFacts';

interface InventoryPlugin {
  name: string;
  source: string;
  repo: string;
  latest_tag?: string;
  components: { kind: string; name: string }[];
}

const KIND_OF: Readonly<Record<string, Kind>> = {
  builder: 'builder',
  provisioner: 'provisioner',
  'post-processor': 'post-processor',
  data: 'data-source',
  'data-source': 'data-source',
};

const KIND_ORDER: readonly Kind[] = ['builder', 'data-source', 'post-processor', 'provisioner'];

const sortComponents = (list: { kind: Kind; type: string }[]): Json[] =>
  list
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byCodeUnit(a.type, b.type))
    .map((c) => ({ kind: c.kind, type: c.type }));

export function pluginsList(files: readonly PluginFile[], inventory: unknown, outOfScope: ReadonlySet<string>): Json[] {
  const out = new Map<string, Json>();
  for (const f of files)
    out.set(f.plugin, {
      name: f.plugin,
      source: f.source,
      repository: f.repository,
      releases: f.releases,
      components: sortComponents(f.components.map((c) => ({ kind: c.kind, type: c.type }))),
    });
  const listed =
    isObject(inventory) && Array.isArray(inventory.plugins) ? (inventory.plugins as InventoryPlugin[]) : [];
  for (const p of listed) {
    if (out.has(p.name) || outOfScope.has(p.name)) continue;
    const components: { kind: Kind; type: string }[] = [];
    for (const c of p.components) {
      const kind = KIND_OF[c.kind];
      if (kind) components.push({ kind, type: c.name });
    }
    out.set(p.name, {
      name: p.name,
      source: p.source,
      repository: p.repo,
      releases: p.latest_tag ? [p.latest_tag.replace(/^v/, '')] : [],
      components: sortComponents(components),
    });
  }
  return [...out.keys()].sort(byCodeUnit).map((name) => out.get(name) as Json);
}
