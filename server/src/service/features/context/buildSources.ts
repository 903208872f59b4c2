/**
 * The sources a `build` runs and the names it runs them under. Packer names each run
 * `TYPE.NAME`, where NAME is the source's own name or the alias a build's
 * `source "source.TYPE.NAME" { name = "alias" }` block gives it; provisioners and post-processors
 * use that name in `only`/`except` (`TYPE.alias`) and, alone, as the keys of their `override`
 * (checked with Packer 1.6.6: `override = { alias = {...} }` applies, `"TYPE.NAME"` keys are ignored).
 * Hover and navigation both read builds through this module.
 */
import type { Block, ObjectItem } from '../../parsing/hcl/ast';
import { literalString, type BuildDeclaration, type HclConfiguration } from '../../model/hcl/configuration';
import type { HclFile } from '../../model/hcl/hclFile';
import type { OffsetRange } from '../../types';

export interface BuildSource {
  /** The `source` block it runs: `source "TYPE" "NAME"`. */
  type: string;
  name: string;
  /** The `name = "alias"` string of the build's `source` block that renames this run, if any. */
  alias: { value: string; range: OffsetRange } | undefined;
  file: HclFile;
}

/** Every run of a build: each `sources` entry and each `source "source.T.N" {}` block. */
export function buildSources(build: BuildDeclaration): BuildSource[] {
  const runs: BuildSource[] = [];
  for (const item of build.block.body.items) {
    if (item.kind === 'attribute' && item.name === 'sources' && item.expression.kind === 'tuple') {
      for (const entry of item.expression.items) {
        const named = typeAndName(literalString(entry)?.value);
        if (named !== undefined) runs.push({ ...named, alias: undefined, file: build.file });
      }
    } else if (item.kind === 'block' && item.type === 'source') {
      const named = typeAndName(item.labels[0]?.value);
      if (named !== undefined) runs.push({ ...named, alias: aliasOf(item), file: build.file });
    }
  }
  return runs;
}

/** The name Packer gives a run: its alias, or the source's name. */
export function runName(run: BuildSource): string {
  return run.alias?.value ?? run.name;
}

/** The build whose block is `block` (the outermost block around a cursor). */
export function buildOf(configuration: HclConfiguration, block: Block | undefined): BuildDeclaration | undefined {
  return block === undefined ? undefined : configuration.builds.find((b) => b.block === block);
}

/** The literal keys of a provisioner's or post-processor's `override = { key = {...} }`. */
export function overrideItems(block: Block): Array<{ name: string; item: ObjectItem }> {
  const items: Array<{ name: string; item: ObjectItem }> = [];
  for (const item of block.body.items) {
    if (item.kind !== 'attribute' || item.name !== 'override' || item.expression.kind !== 'object') continue;
    for (const entry of item.expression.items) {
      const name = entry.key.name;
      if (name !== undefined && !entry.key.parenthesized) items.push({ name, item: entry });
    }
  }
  return items;
}

function typeAndName(reference: string | undefined): { type: string; name: string } | undefined {
  // Packer reads `"source.TYPE.NAME"` and also `"TYPE.NAME"` (1.6.6 validates both).
  const parts = reference?.split('.');
  if (parts === undefined || parts.length < 2 || parts.length > 3) return undefined;
  if (parts.length === 3 && parts[0] !== 'source') return undefined;
  const [type = '', name = ''] = parts.slice(-2);
  return type === '' || name === '' ? undefined : { type, name };
}

function aliasOf(block: Block): BuildSource['alias'] {
  for (const item of block.body.items) {
    if (item.kind !== 'attribute' || item.name !== 'name') continue;
    const text = literalString(item.expression);
    if (text !== undefined && text.value !== '') return { value: text.value, range: text.range };
  }
  return undefined;
}
