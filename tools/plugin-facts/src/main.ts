/**
 * `npm run facts -- <folder of plugin checkouts> [--check] [--only a,b]`: read every plugin of the
 * inventory from its git directory in the folder and write `schemas/facts/<plugin>.json` and
 * `schemas/facts/SOURCES.tsv`. With `--check`, rebuild in memory and compare byte for byte instead.
 * `--out <dir>` and `--inventory <file>` replace the project's folder and the shared inventory.
 * Never uses the network: the folder holds everything.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SKIPPED_PLUGINS, crossCheck, readInventory } from './inventory';
import { Workspace } from './packages';
import { extractPlugin, type PluginResult } from './plugin';

const projectRoot = resolve(__dirname, '../../../..');
const usage =
  'usage: npm run facts -- <folder of plugin checkouts> [--check] [--only name,name] [--out dir] [--inventory file]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        check: { type: 'boolean', default: false },
        only: { type: 'string' },
        out: { type: 'string', default: join(projectRoot, 'schemas/facts') },
        inventory: { type: 'string', default: resolve(projectRoot, '../shared/packer/plugins-inventory.json') },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const folder = positionals[0];
  const only = values.only ? new Set(values.only.split(',')) : undefined;
  if (!folder || positionals.length > 1 || !existsSync(folder)) {
    console.error(usage);
    return 2;
  }
  const inventoryPath = values.inventory;
  const started = Date.now();
  const ws = new Workspace(folder);
  const results: PluginResult[] = [];
  const missing: string[] = [];
  for (const plugin of readInventory(inventoryPath)) {
    if (SKIPPED_PLUGINS[plugin.name] || (only && !only.has(plugin.name))) continue;
    const [owner = '', name = ''] = plugin.repo.split('/');
    const repo = ws.repoFor(owner, name);
    if (!repo) {
      missing.push(plugin.repo);
      continue;
    }
    const result = extractPlugin(ws, repo, plugin);
    results.push(result);
    report(result);
  }
  for (const repo of missing) console.error(`not in the folder: ${repo}`);
  const outputs = new Map<string, string>();
  for (const result of results) if (result.text) outputs.set(`${result.plugin.name}.json`, result.text);
  if (!only) outputs.set('SOURCES.tsv', sourcesTable(results, ws));
  console.error(`${results.length} plugins read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return values.check ? compare(outputs, values.out) : write(outputs, values.out);
}

function report(result: PluginResult): void {
  const kinds = new Map<string, number>();
  for (const c of result.components.filter((c) => c.current)) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  const byKind = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  console.error(
    `${result.plugin.name}: ${result.releasesRead}/${result.releaseTags} releases, newest ${result.newestTag ?? '-'}; ${byKind || 'no component'}`,
  );
  for (const problem of result.problems) console.error(`  ${problem}`);
  for (const note of crossCheck(result.plugin, result.components)) console.error(`  inventory: ${note}`);
}

/** repository, newest release read, its commit; and the snapshots of the modules read as dependencies (the SDK). */
function sourcesTable(results: readonly PluginResult[], ws: Workspace): string {
  const rows = results
    .filter((r) => r.newestTag)
    .map((r) => [r.plugin.repo, r.newestTag, r.commit].join('\t'))
    .sort();
  const plugins = new Set(rows.map((row) => row.split('\t')[0]));
  for (const folderName of [...ws.dependencies].sort()) {
    const head = ws.repos.get(folderName)?.commitOf('HEAD');
    const repository = folderName.replace('+', '/');
    if (head && !plugins.has(repository)) rows.push([repository, '(snapshot)', head].join('\t'));
  }
  return `${['repository', 'newest release read', 'commit'].join('\t')}\n${rows.join('\n')}\n`;
}

function write(outputs: ReadonlyMap<string, string>, factsDir: string): number {
  mkdirSync(factsDir, { recursive: true });
  for (const [name, text] of outputs) writeFileSync(join(factsDir, name), text);
  console.error(`wrote ${outputs.size} files to ${factsDir}`);
  return 0;
}

function compare(outputs: ReadonlyMap<string, string>, factsDir: string): number {
  let differences = 0;
  for (const [name, text] of outputs) {
    const path = join(factsDir, name);
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (committed !== text) {
      differences++;
      console.error(`differs: ${name}${committed === undefined ? ' (missing)' : ''}`);
    }
  }
  console.error(differences ? `${differences} files differ` : `all ${outputs.size} files are identical`);
  return differences ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
