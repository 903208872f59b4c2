/**
 * The names a build gives its runs, as navigation sees them: the alias of a
 * `source "source.T.N" { name = "alias" }` block declares `T.alias` (which `only`/`except` name),
 * and the keys of a provisioner's or post-processor's `override = { NAME = {...} }` refer to the
 * run named NAME — a source's name, or an alias (Packer matches override keys on the name alone).
 */
import type { Block } from '../../parsing/hcl/ast';
import type { BuildDeclaration } from '../../model/hcl/configuration';
import { buildSources, overrideItems, runName } from '../context/buildSources';
import { occurrence, unquoted, type Occurrence } from './occurrences';

const OVERRIDABLE = new Set(['provisioner', 'error-cleanup-provisioner', 'post-processor']);

export function buildRunOccurrences(build: BuildDeclaration): Array<Occurrence | undefined> {
  const { file } = build;
  const runs = buildSources(build);
  const found: Array<Occurrence | undefined> = [];
  for (const run of runs) {
    if (run.alias === undefined) continue;
    const target = { kind: 'source' as const, type: run.type, name: run.alias.value };
    found.push(occurrence(target, file, unquoted(file.text, run.alias.range), 'declaration'));
  }
  for (const block of overridableBlocks(build.block))
    for (const { name, item } of overrideItems(block)) {
      const types = [...new Set(runs.filter((run) => runName(run) === name).map((run) => run.type))];
      const range = unquoted(file.text, item.key.range);
      for (const type of types) {
        const named = occurrence({ kind: 'source', type, name }, file, range, 'reference');
        found.push(named && types.length > 1 ? { ...named, fixed: ambiguity(name, types) } : named);
      }
    }
  return found;
}

function overridableBlocks(build: Block): Block[] {
  const blocks: Block[] = [];
  for (const item of build.body.items) {
    if (item.kind !== 'block') continue;
    if (OVERRIDABLE.has(item.type)) blocks.push(item);
    if (item.type === 'post-processors')
      for (const inner of item.body.items)
        if (inner.kind === 'block' && inner.type === 'post-processor') blocks.push(inner);
  }
  return blocks;
}

/** One override key stands for runs of several types: renaming one source would retarget the others. */
function ambiguity(name: string, types: readonly string[]): string {
  const runs = types.map((type) => `${type}.${name}`).join(', ');
  return `The override key "${name}" applies to several sources (${runs}): rename them by hand.`;
}
