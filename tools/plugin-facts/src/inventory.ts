/** The plugins to read, from `../shared/packer/plugins-inventory.json` (names, repositories, addresses). */
import { readFileSync } from 'node:fs';

export interface InventoryPlugin {
  readonly name: string;
  readonly source: string;
  /** `owner/name` */
  readonly repo: string;
  /** `packer/<org>/<name>` on the integrations site, when the plugin is listed there */
  readonly integration: string | undefined;
  /** the components the inventory lists, to cross-check ours against */
  readonly components: readonly InventoryComponent[];
}

export interface InventoryComponent {
  /** our kind words: `data` in the inventory is `data-source` here */
  readonly kind: string;
  readonly type: string;
  /** the spec file at the newest tag, when the inventory verified it */
  readonly spec: string | undefined;
}

/** Plugins that are in the inventory but not read: a demo, and one superseded by another plugin. */
export const SKIPPED_PLUGINS: Readonly<Record<string, string>> = {
  hashicups: 'a demonstration plugin, not for real builds',
  mondoo: 'superseded by the cnspec plugin',
};

interface RawPlugin {
  name?: unknown;
  source?: unknown;
  repo?: unknown;
  integration_identifier?: unknown;
  components?: { kind?: unknown; name?: unknown; hcl2spec?: unknown; spec_verified?: unknown }[];
}

export function readInventory(path: string): InventoryPlugin[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { plugins?: RawPlugin[] };
  const plugins: InventoryPlugin[] = [];
  for (const p of raw.plugins ?? []) {
    if (typeof p.name !== 'string' || typeof p.repo !== 'string') continue;
    plugins.push({
      name: p.name,
      source: typeof p.source === 'string' ? p.source : '',
      repo: p.repo,
      integration: typeof p.integration_identifier === 'string' ? p.integration_identifier : undefined,
      components: (p.components ?? []).map((c) => ({
        kind: c.kind === 'data' ? 'data-source' : String(c.kind),
        type: String(c.name),
        spec: c.spec_verified === true && typeof c.hcl2spec === 'string' ? c.hcl2spec : undefined,
      })),
    });
  }
  return plugins;
}

/** Where our reading of a plugin's newest release disagrees with the inventory's, in words. */
export function crossCheck(
  plugin: InventoryPlugin,
  ours: readonly { kind: string; type: string; spec: string; current: boolean }[],
): string[] {
  const notes: string[] = [];
  for (const listed of plugin.components) {
    const found = ours.find((c) => c.kind === listed.kind && c.type === listed.type);
    if (!found) notes.push(`inventory lists ${listed.kind} ${listed.type}, not in any release read`);
    else if (!found.current) notes.push(`inventory lists ${listed.kind} ${listed.type}, gone from the newest release`);
    else if (listed.spec && listed.spec !== found.spec)
      notes.push(`${listed.type}: spec ${found.spec}, inventory says ${listed.spec}`);
  }
  for (const c of ours) {
    if (c.current && !plugin.components.some((l) => l.kind === c.kind && l.type === c.type)) {
      notes.push(`${c.kind} ${c.type} is not in the inventory`);
    }
  }
  return notes;
}
