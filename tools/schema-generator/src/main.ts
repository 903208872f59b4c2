/**
 * Generates one JSON Schema (draft-07) per Packer component into schemas/<kind>/<type>.json, plus
 * schemas/index.json, schemas/hcl2.json and schemas/plugins.json:
 *
 *   npm run schemas -- [--facts PATH] [--out DIR] [--descriptions DIR] [--plugin-facts DIR] [--constraints DIR]
 *
 * Inputs: the plugin facts (schemas/facts/, from the plugins' sources), ../shared/packer/components.json
 * (core components, Packer's template facts, and an overlay for the plugin components it covers), the
 * constraints (schemas/constraints/) and descriptions (schemas/descriptions/) written by hand, and
 * ../shared/packer/plugins-inventory.json for plugins that have no facts yet.
 *
 * This tool is the source of truth for schemas/: never edit the output by hand. Output is
 * deterministic (sorted, 2-space indent, trailing newline).
 */
import fs from 'node:fs';
import path from 'node:path';
import { componentSchema } from './componentSchema';
import { collectComponents } from './components';
import { Descriptions } from './descriptions';
import { type ComponentFacts, KINDS, type PackerFacts } from './facts';
import { hcl2Facts } from './hcl2Facts';
import type { Json } from './json';
import { readConstraintOverlays } from './overlay';
import { OUT_OF_SCOPE, readPluginFiles } from './pluginFacts';
import { pluginsList } from './pluginsList';

/** The project folder: this file runs from out/tools/schema-generator/. */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'packer');

const OPTIONS = ['facts', 'out', 'descriptions', 'plugin-facts', 'constraints', 'inventory'] as const;
type Args = Record<(typeof OPTIONS)[number], string>;

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    facts: process.env.PACKER_FACTS || path.join(SHARED, 'components.json'),
    out: path.join(ROOT, 'schemas'),
    descriptions: path.join(ROOT, 'schemas', 'descriptions'),
    'plugin-facts': path.join(ROOT, 'schemas', 'facts'),
    constraints: path.join(ROOT, 'schemas', 'constraints'),
    inventory: path.join(SHARED, 'plugins-inventory.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    const option = OPTIONS.find((o) => o === name);
    if (!option || value === undefined || !argv[i]?.startsWith('--'))
      throw new Error(`usage: npm run schemas -- ${OPTIONS.map((o) => `[--${o} PATH]`).join(' ')} (got ${argv[i]})`);
    args[option] = path.resolve(value);
    i++;
  }
  return args;
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function main(): void {
  const started = process.hrtime.bigint();
  const args = parseArgs(process.argv.slice(2));
  const facts = JSON.parse(fs.readFileSync(args.facts, 'utf8')) as PackerFacts;
  const plugins = readPluginFiles(args['plugin-facts']);
  const warn = (m: string): void => console.warn(`generate-schemas: ${m}`);
  const components = collectComponents(facts, plugins, readConstraintOverlays(args.constraints), warn);
  const descriptions = new Descriptions(args.descriptions);
  const index: Json[] = [];
  const schemas = new Map<string, Json>(); // file -> schema
  for (const [, kind] of KINDS) {
    const byType = components.get(kind) ?? new Map<string, ComponentFacts>();
    for (const type of [...byType.keys()].sort()) {
      const c = byType.get(type);
      if (!c) continue;
      const file = `${kind}/${type}.json`;
      const built = componentSchema(kind, type, c, facts, descriptions);
      for (const d of built.dropped) warn(`dropped ${d}`);
      schemas.set(file, built.schema);
      index.push({ kind, type, file, docs: c.doc });
    }
  }
  // before writing anything, so that a typo leaves schemas/ as it was
  descriptions.checkAllUsed();
  const inventory: unknown = fs.existsSync(args.inventory) ? JSON.parse(fs.readFileSync(args.inventory, 'utf8')) : {};
  for (const [, kind] of KINDS) fs.rmSync(path.join(args.out, kind), { recursive: true, force: true });
  for (const [file, schema] of schemas) writeJson(path.join(args.out, file), schema);
  writeJson(path.join(args.out, 'index.json'), index);
  const dataSources = Object.fromEntries(components.get('data-source') ?? []);
  writeJson(path.join(args.out, 'hcl2.json'), hcl2Facts(facts, dataSources));
  writeJson(path.join(args.out, 'plugins.json'), pluginsList(plugins, inventory, OUT_OF_SCOPE));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `generate-schemas: ${index.length} schemas (${plugins.length} plugins with facts) in ` +
      `${path.relative(process.cwd(), args.out) || '.'}, ${descriptions.size} descriptions (${ms.toFixed(0)} ms)`,
  );
}

main();
