/** The plugins to read, from `../shared/packer/plugins-inventory.json` (names, repositories, addresses). */
import { readFileSync } from 'node:fs';

export interface InventoryPlugin {
  readonly name: string;
  readonly source: string;
  /** `owner/name` */
  readonly repo: string;
  /** `packer/<org>/<name>` on the integrations site, when the plugin is listed there */
  readonly integration: string | undefined;
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
    });
  }
  return plugins;
}
