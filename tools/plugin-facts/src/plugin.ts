/** All releases of one plugin, read and merged into the text of its facts file. */
import { DocsLinks, siteOf } from './docs';
import type { GitRepo } from './git';
import type { InventoryPlugin } from './inventory';
import type { Workspace } from './packages';
import { readRelease, type ReleaseSnapshot } from './release';
import { releaseTags } from './semver';
import { mergeReleases } from './versions';

export interface PluginResult {
  readonly plugin: InventoryPlugin;
  /** the facts file's text; undefined when no release could be read */
  readonly text: string | undefined;
  readonly newestTag: string | undefined;
  readonly commit: string | undefined;
  readonly releasesRead: number;
  readonly releaseTags: number;
  readonly components: readonly { kind: string; type: string; spec: string; current: boolean }[];
  /** what could not be read in each release, and the releases that gave nothing */
  readonly problems: readonly string[];
}

export function extractPlugin(ws: Workspace, repo: GitRepo, plugin: InventoryPlugin): PluginResult {
  const tags = releaseTags(repo.tags());
  const releases: ReleaseSnapshot[] = [];
  const problems: string[] = [];
  for (const tag of tags) {
    const release = readRelease(ws, repo, tag, plugin.name);
    if (release.components.length) {
      releases.push(release);
      // A component missing from a release it is in would give it a wrong range: say so.
      problems.push(...release.problems.map((p) => `${tag}: ${p}`));
    } else problems.push(`${tag}: nothing read (${release.problems.join('; ')})`);
  }
  const newest = releases[releases.length - 1];
  const components = mergeReleases(releases);
  const base = {
    plugin,
    newestTag: newest?.tag,
    commit: newest && repo.commitOf(newest.tag),
    releasesRead: releases.length,
    releaseTags: tags.length,
    components: components.map((c) => ({
      kind: c.kind,
      type: c.type,
      spec: c.spec,
      current: c.until === newest?.tag.replace(/^v/, ''),
    })),
    problems,
  };
  if (!newest) return { ...base, text: undefined };
  const docs = new DocsLinks(repo, newest.tag, siteOf(plugin.integration, plugin.source), plugin.name, plugin.repo);
  const first = releases[0]!.tag.replace(/^v/, '');
  const last = newest.tag.replace(/^v/, '');
  const facts = {
    plugin: plugin.name,
    // Empty for a plugin that `packer init` cannot install (the inventory then describes it in words).
    source: /^[\w.-]+\/[\w.-]+\/[\w.-]+$/.test(plugin.source) ? plugin.source : '',
    repository: plugin.repo,
    releases: releases.map((r) => r.tag.replace(/^v/, '')),
    components: components.map((c) => ({
      kind: c.kind,
      type: c.type,
      registeredAs: c.registeredAs,
      docs: docs.link(c, components),
      spec: c.spec,
      ...(c.since !== first ? { since: c.since } : {}),
      ...(c.until !== last ? { until: c.until } : {}),
      ...(c.absentIn.length ? { absentIn: c.absentIn } : {}),
      settings: c.settings,
      ...(c.outputs ? { outputs: c.outputs } : {}),
    })),
  };
  return { ...base, text: `${JSON.stringify(facts)}\n` };
}
