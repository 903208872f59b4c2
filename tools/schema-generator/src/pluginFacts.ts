/**
 * Reads the plugin facts (schemas/facts/<plugin>.json, format in its README) into the generator's
 * component shape, each component tagged with its plugin and each setting with the releases it
 * exists in.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ComponentFacts, KeyFact, Kind, PluginRef } from './facts';
import { byCodeUnit, isObject, type JsonValue } from './json';

/** The demo plugin, and the one superseded by cnspec: no user writes their components. */
export const OUT_OF_SCOPE: ReadonlySet<string> = new Set(['hashicups', 'mondoo']);

const KINDS = new Set<string>(['builder', 'provisioner', 'post-processor', 'data-source']);

/** A setting as the facts write it. */
interface FactSetting {
  type: string;
  list?: boolean;
  settings?: Record<string, FactSetting>;
  required?: boolean;
  default?: JsonValue;
  from?: string;
  since?: string;
  until?: string;
  absentIn?: string[];
  /** the doc comment says it is deprecated */
  deprecated?: boolean;
  /** `undocumented:"true"`: accepted, best left out of completion and did-you-mean */
  undocumented?: boolean;
  typeChanges?: { type: string; since?: string; until?: string }[];
}

interface FactComponent {
  kind: Kind;
  type: string;
  docs: string;
  since?: string;
  until?: string;
  absentIn?: string[];
  settings: Record<string, FactSetting>;
  outputs?: Record<string, FactSetting>;
}

export interface PluginFile {
  plugin: string;
  source: string;
  repository: string;
  releases: string[];
  components: FactComponent[];
}

export interface PluginComponentFacts {
  kind: Kind;
  type: string;
  facts: ComponentFacts;
}

/** Every facts file of the folder but those out of scope, sorted by plugin name. */
export function readPluginFiles(dir: string): PluginFile[] {
  if (!fs.existsSync(dir)) return [];
  const out: PluginFile[] = [];
  for (const entry of fs.readdirSync(dir).sort(byCodeUnit)) {
    if (!entry.endsWith('.json')) continue;
    const file = JSON.parse(fs.readFileSync(path.join(dir, entry), 'utf8')) as PluginFile;
    checkShape(entry, file);
    if (!OUT_OF_SCOPE.has(file.plugin)) out.push(file);
  }
  return out.sort((a, b) => byCodeUnit(a.plugin, b.plugin));
}

function checkShape(entry: string, file: PluginFile): void {
  if (typeof file.plugin !== 'string' || typeof file.source !== 'string' || !Array.isArray(file.releases))
    throw new Error(`${entry}: not a plugin facts file (schemas/facts/README.md)`);
  if (`${file.plugin}.json` !== entry) throw new Error(`${entry}: names plugin "${file.plugin}"`);
  for (const c of file.components)
    if (!KINDS.has(c.kind) || typeof c.type !== 'string' || !isObject(c.settings))
      throw new Error(`${entry}: bad component ${JSON.stringify(c.type)}`);
}

/**
 * The type whose weak check accepts a value of every type the setting has had: a setting known in
 * any release must not be reported as the wrong type for another (vmware 2.0 made `version` a number;
 * which release applies is decided elsewhere). Scalars all fit `string`'s check.
 */
function widestType(types: readonly string[]): string {
  const distinct = [...new Set(types)];
  const [only] = distinct;
  if (distinct.length === 1 && only !== undefined) return only;
  const scalar = new Set(['string', 'number', 'bool', 'duration']);
  return distinct.every((t) => scalar.has(t)) ? 'string' : 'any';
}

function keyFact(s: FactSetting): KeyFact {
  const k: KeyFact = { type: s.type };
  if (s.typeChanges?.length) {
    const widest = widestType([s.type, ...s.typeChanges.map((c) => c.type)]);
    if (widest !== s.type) k.checkType = widest;
    k.typeChanges = s.typeChanges.map((c) =>
      c.until === undefined ? { type: c.type } : { type: c.type, until: c.until },
    );
  }
  if (s.list) k.list = true;
  if (s.settings) k.keys = keyFacts(s.settings);
  if (s.required) k.required = true;
  if (s.default !== undefined) k.default = s.default;
  if (s.from !== undefined) k.from = s.from;
  if (s.since !== undefined) k.since = s.since;
  if (s.until !== undefined) k.until = s.until;
  if (s.absentIn?.length) k.absentIn = s.absentIn;
  if (s.deprecated) k.deprecated = true;
  if (s.undocumented) k.documented = false;
  return k;
}

function keyFacts(settings: Record<string, FactSetting>): Record<string, KeyFact> {
  const out: Record<string, KeyFact> = {};
  for (const [name, s] of Object.entries(settings)) out[name] = keyFact(s);
  return out;
}

/**
 * A component's settings; the `packer_*` ones (common.PackerConfig: build name, debug, force...) are
 * set by Packer core, not by users, as components.json marks them for the components it covers.
 */
function componentKeys(settings: Record<string, FactSetting>): Record<string, KeyFact> {
  const out = keyFacts(settings);
  for (const [name, fact] of Object.entries(out)) if (name.startsWith('packer_')) fact.internal = true;
  return out;
}

export function pluginRef(file: PluginFile): PluginRef {
  return { name: file.plugin, source: file.source, releases: file.releases };
}

/** The components of one plugin in the generator's shape. */
export function pluginComponents(file: PluginFile): PluginComponentFacts[] {
  return file.components.map((c) => {
    const facts: ComponentFacts = { doc: c.docs, keys: componentKeys(c.settings), plugin: pluginRef(file) };
    if (c.outputs) facts.outputs = keyFacts(c.outputs);
    if (c.since !== undefined) facts.since = c.since;
    if (c.until !== undefined) facts.until = c.until;
    if (c.absentIn?.length) facts.absentIn = c.absentIn;
    return { kind: c.kind, type: c.type, facts };
  });
}
