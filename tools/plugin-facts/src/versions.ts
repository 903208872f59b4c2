/**
 * Merge the releases of a plugin into one view: each component and each setting (nested too) with the
 * first and last release that have it, the facts of its newest release, and its earlier types.
 */
import type { ComponentSnapshot, ReleaseSnapshot } from './release';
import type { SettingSnapshot, SettingsSnapshot } from './settings';
import type { ComponentKind } from './registrations';

export interface Setting {
  type: string;
  list?: true;
  settings?: Record<string, Setting>;
  required?: true;
  default?: string;
  from?: string;
  deprecated?: true;
  undocumented?: true;
  since?: string;
  until?: string;
  typeChanges?: { type: string; until: string }[];
  absentIn?: string[];
}

export interface MergedComponent {
  readonly kind: ComponentKind;
  readonly type: string;
  readonly registeredAs: string;
  readonly spec: string;
  readonly since: string;
  readonly until: string;
  /** releases between since and until that lack it (removed, then restored) */
  readonly absentIn: readonly string[];
  readonly settings: Record<string, Setting>;
  readonly outputs?: Record<string, Setting>;
}

/** `releases` ascending; each release's version is its tag without the "v". */
export function mergeReleases(releases: readonly ReleaseSnapshot[]): MergedComponent[] {
  const byKey = new Map<string, [string, ComponentSnapshot][]>();
  for (const release of releases) {
    for (const component of release.components) {
      const key = `${component.kind}\u0000${component.type}`;
      const list = byKey.get(key) ?? [];
      list.push([release.tag.replace(/^v/, ''), component]);
      byKey.set(key, list);
    }
  }
  const merged: MergedComponent[] = [];
  for (const occurrences of byKey.values()) {
    const [since] = occurrences[0]!;
    const [until, newest] = occurrences[occurrences.length - 1]!;
    const bounds = { since, until };
    const outputs = occurrences.filter(([, c]) => c.outputs);
    merged.push({
      kind: newest.kind,
      type: newest.type,
      registeredAs: newest.registeredAs,
      spec: newest.spec,
      since,
      until,
      absentIn: absences(
        releases.map((r) => r.tag.replace(/^v/, '')),
        occurrences.map(([version]) => version),
      ),
      settings: mergeSettings(
        occurrences.map(([version, c]) => [version, c.settings]),
        bounds,
      ),
      ...(outputs.length
        ? {
            outputs: mergeSettings(
              outputs.map(([version, c]) => [version, c.outputs!]),
              bounds,
            ),
          }
        : {}),
    });
  }
  return merged.sort((a, b) => compare(a.kind, b.kind) || compare(a.type, b.type));
}

function mergeSettings(
  occurrences: readonly [string, SettingsSnapshot][],
  bounds: { since: string; until: string },
): Record<string, Setting> {
  const names = new Set<string>();
  for (const [, settings] of occurrences) for (const name of Object.keys(settings)) names.add(name);
  const result: Record<string, Setting> = {};
  for (const name of [...names].sort(compare)) {
    const present = occurrences
      .filter(([, settings]) => Object.hasOwn(settings, name))
      .map(([version, settings]) => [version, settings[name]!] as [string, SettingSnapshot]);
    result[name] = mergeSetting(present, bounds);
    const absent = absences(
      occurrences.map(([version]) => version),
      present.map(([version]) => version),
    );
    if (absent.length) result[name].absentIn = absent;
  }
  return result;
}

function mergeSetting(
  present: readonly [string, SettingSnapshot][],
  bounds: { since: string; until: string },
): Setting {
  const [since] = present[0]!;
  const [until, newest] = present[present.length - 1]!;
  const blocks = present.filter(([, s]) => s.settings);
  const setting: Setting = { type: newest.type };
  if (newest.list) setting.list = true;
  if (newest.settings)
    setting.settings = mergeSettings(
      blocks.map(([v, s]) => [v, s.settings!]),
      bounds,
    );
  if (newest.required) setting.required = true;
  if (newest.default !== undefined) setting.default = newest.default;
  if (newest.from !== undefined) setting.from = newest.from;
  if (newest.deprecated) setting.deprecated = true;
  if (newest.undocumented) setting.undocumented = true;
  if (since !== bounds.since) setting.since = since;
  if (until !== bounds.until) setting.until = until;
  const changes = typeChanges(present);
  if (changes.length) setting.typeChanges = changes;
  return setting;
}

/** The earlier types of a setting, each with the last release that had it. */
function typeChanges(present: readonly [string, SettingSnapshot][]): { type: string; until: string }[] {
  const runs: { type: string; until: string }[] = [];
  for (const [version, setting] of present) {
    const type = setting.type;
    const last = runs[runs.length - 1];
    if (last && last.type === type) last.until = version;
    else runs.push({ type, until: version });
  }
  return runs.slice(0, -1);
}

/** The versions of `all` (ascending) between the first and last of `present` that `present` lacks. */
function absences(all: readonly string[], present: readonly string[]): string[] {
  const have = new Set(present);
  const first = all.indexOf(present[0]!);
  const last = all.indexOf(present[present.length - 1]!);
  return all.slice(first, last + 1).filter((version) => !have.has(version));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
