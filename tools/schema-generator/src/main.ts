/**
 * Generates one JSON Schema (draft-07) per Packer component into schemas/<kind>/<type>.json, plus
 * schemas/index.json and schemas/hcl2.json:
 *
 *   npm run schemas -- [--facts PATH] [--out DIR] [--descriptions DIR]
 *
 * This tool is the source of truth for schemas/: never edit the output by hand. Output is
 * deterministic (sorted, 2-space indent, trailing newline).
 */
import fs from 'node:fs';
import path from 'node:path';
import { componentSchema } from './componentSchema';
import { Descriptions } from './descriptions';
import { KINDS, type PackerFacts } from './facts';
import { hcl2Facts } from './hcl2Facts';
import type { Json } from './json';

/** The project folder: this file runs from out/tools/schema-generator/. */
const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Args {
  facts: string;
  out: string;
  descriptions: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    facts: process.env.PACKER_FACTS || path.resolve(ROOT, '..', 'shared', 'packer', 'components.json'),
    out: path.join(ROOT, 'schemas'),
    descriptions: path.join(ROOT, 'schemas', 'descriptions'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = argv[i + 1];
    if ((a === '--facts' || a === '--out' || a === '--descriptions') && value) {
      args[a.slice(2) as keyof Args] = path.resolve(value);
      i++;
    } else throw new Error(`usage: npm run schemas -- [--facts PATH] [--out DIR] [--descriptions DIR] (got ${a})`);
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
  const descriptions = new Descriptions(args.descriptions);
  const index: Json[] = [];
  const schemas = new Map<string, Json>(); // file -> schema
  for (const [section, kind] of KINDS)
    for (const type of Object.keys(facts[section]).sort()) {
      const c = facts[section][type];
      if (!c) continue;
      const file = `${kind}/${type}.json`;
      const built = componentSchema(kind, type, c, facts, descriptions);
      for (const d of built.dropped) console.warn(`generate-schemas: dropped ${d}`);
      schemas.set(file, built.schema);
      index.push({ kind, type, file, docs: c.doc });
    }
  // before writing anything, so that a typo leaves schemas/ as it was
  descriptions.checkAllUsed();
  for (const [, kind] of KINDS) fs.rmSync(path.join(args.out, kind), { recursive: true, force: true });
  for (const [file, schema] of schemas) writeJson(path.join(args.out, file), schema);
  writeJson(path.join(args.out, 'index.json'), index);
  writeJson(path.join(args.out, 'hcl2.json'), hcl2Facts(facts, facts['data-sources']));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `generate-schemas: ${index.length} schemas in ${path.relative(process.cwd(), args.out) || '.'}, ` +
      `${descriptions.size} descriptions (${ms.toFixed(0)} ms)`,
  );
}

main();
