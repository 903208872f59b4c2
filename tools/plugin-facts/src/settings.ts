/**
 * The settings of one Flat type at one release: its hcl2spec entries (the authority on which names
 * exist and their types), nested blocks resolved wherever their Flat type lives, and the facts of the
 * Go struct it was generated from.
 */
import { ctyToPackerType } from './ctyType';
import { hcl2SpecEntries, type SpecEntry } from './hcl2spec';
import type { GoFile } from './goSource';
import type { GoPackage, Workspace } from './packages';
import { isDuration, structFacts } from './structFacts';

export interface SettingSnapshot {
  readonly type: string;
  readonly list?: true;
  readonly settings?: SettingsSnapshot;
  readonly required?: true;
  readonly default?: string;
  readonly from?: string;
  readonly deprecated?: true;
  readonly undocumented?: true;
}

export type SettingsSnapshot = Readonly<Record<string, SettingSnapshot>>;

export interface FlatSpec {
  readonly pkg: GoPackage;
  readonly flatName: string;
  readonly file: GoFile;
  /** the file's name in its package folder */
  readonly fileName: string;
  readonly entries: readonly SpecEntry[];
}

/** The file of a package that holds `(*<flatName>).HCL2Spec()`, with its entries. */
export function findFlatSpec(pkg: GoPackage, flatName: string): FlatSpec | undefined {
  for (const [index, file] of pkg.files.entries()) {
    const entries = hcl2SpecEntries(file, flatName);
    if (entries) return { pkg, flatName, file, fileName: pkg.fileNames[index] ?? '', entries };
  }
  return undefined;
}

/** The settings of a Flat type; `problems` collects the nested types it could not resolve. */
export function readSettings(
  ws: Workspace,
  spec: FlatSpec,
  problems: string[],
  path: readonly string[] = [],
): SettingsSnapshot {
  const facts = structFacts(ws, spec.pkg, spec.flatName.replace(/^Flat/, ''));
  const settings: Record<string, SettingSnapshot> = {};
  for (const entry of [...spec.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const fact = facts.get(entry.name);
    const extra = {
      ...(fact?.required ? { required: true as const } : {}),
      ...(fact?.default !== undefined ? { default: fact.default } : {}),
      ...(fact?.from !== undefined ? { from: fact.from } : {}),
      ...(fact?.deprecated ? { deprecated: true as const } : {}),
      ...(fact?.undocumented ? { undocumented: true as const } : {}),
    };
    if (entry.kind === 'block') {
      const where = [...path, entry.name];
      const nested = resolveNested(ws, spec, entry.flatType);
      if (!nested) problems.push(`${where.join('.')}: nested type ${entry.flatType} not found`);
      const inner = nested && path.length < 8 ? readSettings(ws, nested, problems, where) : {};
      settings[entry.name] = {
        type: 'block',
        ...(entry.list ? { list: true as const } : {}),
        settings: inner,
        ...extra,
      };
      continue;
    }
    let type = ctyToPackerType(entry.cty);
    if (type === undefined) {
      problems.push(`${[...path, entry.name].join('.')}: unread cty type ${entry.cty}`);
      type = 'any';
    }
    if (type === 'string' && fact && isDuration(fact.goType)) type = 'duration';
    settings[entry.name] = { type, ...extra };
  }
  return settings;
}

function resolveNested(ws: Workspace, spec: FlatSpec, ref: string): FlatSpec | undefined {
  const target = ws.resolveTypeRef(spec.pkg, spec.file, ref);
  if (!target) return undefined;
  return findFlatSpec(target.pkg, target.name);
}
