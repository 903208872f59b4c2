/**
 * Checks the constraint overlays (schemas/constraints/) against real templates: no template that
 * Packer accepts may break one of them, because each broken constraint is an error in the editor.
 *
 *   node out/scripts/check-constraints.js [corpus folder]   (default: ../shared/corpus)
 *
 * A template counts as accepted when Debian's packer 1.6.6 validated it (INDEX.tsv), or, for
 * components 1.6.6 does not bundle, when its intent is "valid". Legacy JSON templates are read
 * one by one, HCL2 folder by folder (a build's `source` block may add settings to a source).
 * A folder without INDEX.tsv (say, a plugin's examples) is read whole, every template accepted.
 * Exits non-zero when an accepted template breaks a constraint.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildConfiguration } from '../server/src/service/model/hcl/configuration';
import { component } from '../server/src/service/model/hcl/hclComponents';
import { parseHclFile, type HclFile } from '../server/src/service/model/hcl/hclFile';
import { toPlainValue } from '../server/src/service/parsing/tree';
import { violations, type Config, type Constraints } from './constraints/evaluate';

interface Row {
  file: string;
  format: string;
  accepted: boolean;
}

interface Use {
  file: string;
  accepted: boolean;
  id: string;
  config: Config;
}

const root = path.join(__dirname, '..', '..');
const corpus = path.resolve(
  process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'corpus'),
);

function readConstraints(): Map<string, Constraints> {
  const dir = path.join(root, 'schemas', 'constraints');
  const out = new Map<string, Constraints>();
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    out.set(name.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Constraints);
  }
  return out;
}

/** Without an INDEX.tsv (a folder of a plugin's examples), every template counts as accepted. */
function walk(dir: string): Row[] {
  const rows: Row[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const file = path.relative(corpus, full);
    if (entry.isDirectory()) rows.push(...walk(full));
    else if (entry.name.endsWith('.pkr.hcl') || entry.name.endsWith('.pkr.json'))
      rows.push({ file, format: 'hcl2', accepted: true });
    else if (entry.name.endsWith('.json')) rows.push({ file, format: 'legacy-json', accepted: true });
  }
  return rows;
}

function readIndex(): Row[] {
  if (!fs.existsSync(path.join(corpus, 'INDEX.tsv'))) return walk(corpus);
  const [header, ...rows] = fs
    .readFileSync(path.join(corpus, 'INDEX.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const columns = (header ?? '').split('\t');
  const cell = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
  return rows.map((row) => {
    const cells = row.split('\t');
    const validated =
      cell(cells, 'packer166_validate_exit') === '0' || cell(cells, 'packer166_dir_validate_exit') === '0';
    return {
      file: cell(cells, 'path'),
      format: cell(cells, 'format'),
      accepted: validated || cell(cells, 'intent') === 'valid',
    };
  });
}

const isObject = (v: unknown): v is Config => typeof v === 'object' && v !== null && !Array.isArray(v);

function jsonUses(row: Row): Use[] {
  let template: unknown;
  try {
    template = JSON.parse(fs.readFileSync(path.join(corpus, row.file), 'utf8'));
  } catch {
    return [];
  }
  if (!isObject(template)) return [];
  const uses: Use[] = [];
  const add = (kind: string, list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list.filter(isObject))
      if (typeof item['type'] === 'string')
        uses.push({ file: row.file, accepted: row.accepted, id: `${kind}.${item['type']}`, config: item });
  };
  add('builder', template['builders']);
  add('provisioner', template['provisioners']);
  return uses;
}

/** The sources and provisioners of one HCL2 folder, each source with what its builds add to it. */
function hclUses(folder: string, rows: Row[]): Use[] {
  const files = rows
    .map((r) => {
      const full = path.join(corpus, r.file);
      return parseHclFile(pathToFileURL(full).href, fs.readFileSync(full, 'utf8'));
    })
    .filter((f): f is HclFile => f !== undefined);
  const configuration = buildConfiguration(files);
  const accepted = rows.every((r) => r.accepted);
  const uses: Use[] = [];
  for (const source of configuration.sources) {
    const config = toPlainValue(source.component.node) as Config;
    for (const build of configuration.builds)
      for (const item of build.block.body.items)
        if (
          item.kind === 'block' &&
          item.type === 'source' &&
          item.labels[0]?.value === `source.${source.type}.${source.name}`
        )
          Object.assign(config, toPlainValue(component('builder', item, 'source', undefined).node) as Config);
    uses.push({
      file: source.file.uri.slice(pathToFileURL(corpus).href.length + 1),
      accepted,
      id: `builder.${source.type}`,
      config,
    });
  }
  for (const build of configuration.builds)
    for (const p of build.provisioners)
      if (p.type !== undefined)
        uses.push({ file: folder, accepted, id: `provisioner.${p.type}`, config: toPlainValue(p.node) as Config });
  return uses;
}

function main(): void {
  const constraints = readConstraints();
  const rows = readIndex();
  const uses: Use[] = [];
  for (const row of rows.filter((r) => r.format === 'legacy-json')) uses.push(...jsonUses(row));
  const folders = new Map<string, Row[]>();
  for (const row of rows.filter((r) => r.format === 'hcl2' || r.format === 'hcl2-json')) {
    const dir = path.dirname(row.file);
    folders.set(dir, [...(folders.get(dir) ?? []), row]);
  }
  for (const [dir, list] of folders) uses.push(...hclUses(dir, list));

  let broken = 0;
  for (const [id, c] of constraints) {
    const mine = uses.filter((u) => u.id === id);
    const accepted = mine.filter((u) => u.accepted);
    let found = 0;
    for (const use of mine) {
      for (const v of violations(c, use.config)) {
        if (use.accepted) {
          found++;
          console.log(`  BROKEN ${id} ${use.file}: ${v.rule} ${v.detail}`);
        } else if (process.argv.includes('--verbose'))
          console.log(`  (rejected template) ${id} ${use.file}: ${v.rule} ${v.detail}`);
      }
    }
    broken += found;
    console.log(`${id}: ${mine.length} uses, ${accepted.length} in accepted templates, ${found} broken constraints`);
  }
  console.log(broken === 0 ? 'constraints: no accepted template breaks one' : `constraints: ${broken} broken`);
  process.exitCode = broken === 0 ? 0 : 1;
}

main();
