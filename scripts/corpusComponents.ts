/**
 * The components of a folder of templates, as plain settings: each builder and provisioner of
 * every legacy JSON template, each source and provisioner of every HCL2 folder (a source with what
 * its builds' `source` blocks add to it). With whether Packer accepts the template: Debian's
 * packer 1.6.6 validated it (the corpus INDEX.tsv), or its intent is "valid"; a folder without
 * INDEX.tsv (say, a plugin's examples) counts as accepted throughout.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildConfiguration } from '../server/src/service/model/hcl/configuration';
import { component } from '../server/src/service/model/hcl/hclComponents';
import { parseHclFile, type HclFile } from '../server/src/service/model/hcl/hclFile';
import { toPlainValue } from '../server/src/service/parsing/tree';
import type { Config } from './constraints/evaluate';

interface Row {
  file: string;
  format: string;
  accepted: boolean;
}

export interface Use {
  file: string;
  accepted: boolean;
  id: string;
  config: Config;
}

/** Without an INDEX.tsv (a folder of a plugin's examples), every template counts as accepted. */
function walk(corpus: string, dir: string): Row[] {
  const rows: Row[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const file = path.relative(corpus, full);
    if (entry.isDirectory()) rows.push(...walk(corpus, full));
    else if (entry.name.endsWith('.pkr.hcl') || entry.name.endsWith('.pkr.json'))
      rows.push({ file, format: 'hcl2', accepted: true });
    else if (entry.name.endsWith('.json')) rows.push({ file, format: 'legacy-json', accepted: true });
  }
  return rows;
}

function readIndex(corpus: string): Row[] {
  if (!fs.existsSync(path.join(corpus, 'INDEX.tsv'))) return walk(corpus, corpus);
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

function jsonUses(corpus: string, row: Row): Use[] {
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
function hclUses(corpus: string, folder: string, rows: Row[]): Use[] {
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

/** Every builder and provisioner of the templates under `corpus`. */
export function readCorpusUses(corpus: string): Use[] {
  const rows = readIndex(corpus);
  const uses: Use[] = [];
  for (const row of rows.filter((r) => r.format === 'legacy-json')) uses.push(...jsonUses(corpus, row));
  const folders = new Map<string, Row[]>();
  for (const row of rows.filter((r) => r.format === 'hcl2' || r.format === 'hcl2-json')) {
    const dir = path.dirname(row.file);
    folders.set(dir, [...(folders.get(dir) ?? []), row]);
  }
  for (const [dir, list] of folders) uses.push(...hclUses(corpus, dir, list));
  return uses;
}
