/**
 * How builds use a source. Packer checks a source's settings only when a build uses it, and a
 * build's `source "source.TYPE.NAME" { ... }` block adds settings to it for that build, so both
 * matter before calling a source's settings wrong or missing.
 */
import type { Block } from '../../parsing/hcl/ast';
import type { TemplateComponent } from '../legacyTemplate';
import { literalString, type HclConfiguration } from './configuration';

function referenceKey(reference: string): string {
  return reference.replace(/^source\./, '');
}

/** Whether no build of the folder can be using this source (false when a build's sources are computed). */
export function isUnusedSource(configuration: HclConfiguration, component: TemplateComponent): boolean {
  const source = configuration.sources.find((s) => s.component === component);
  if (source === undefined) return false;
  const key = `${source.type}.${source.name}`;
  for (const build of configuration.builds) {
    if (build.sourceReferences.some((r) => referenceKey(r.value) === key)) return false;
    if (hasComputedSources(build.block)) return false; // What it builds is known only when Packer runs.
  }
  return true;
}

/** The settings that builds' `source` blocks add to this source (in any build of the folder). */
export function settingsAddedByBuilds(configuration: HclConfiguration, component: TemplateComponent): Set<string> {
  const added = new Set<string>();
  const source = configuration.sources.find((s) => s.component === component);
  if (source === undefined) return added;
  const key = `${source.type}.${source.name}`;
  for (const build of configuration.builds) {
    for (const item of build.block.body.items) {
      if (item.kind !== 'block' || item.type !== 'source' || referenceKey(item.labels[0]?.value ?? '') !== key)
        continue;
      for (const setting of item.body.items) added.add(setting.kind === 'attribute' ? setting.name : setting.type);
    }
  }
  return added;
}

function hasComputedSources(build: Block): boolean {
  return build.body.items.some(
    (i) =>
      (i.kind === 'attribute' &&
        i.name === 'sources' &&
        (i.expression.kind !== 'tuple' || i.expression.items.some((e) => literalString(e) === undefined))) ||
      (i.kind === 'block' && i.type === 'dynamic' && i.labels[0]?.value === 'source'),
  );
}
