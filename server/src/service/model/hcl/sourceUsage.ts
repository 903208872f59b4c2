/**
 * How builds use a source. Packer checks a source's settings only when a build uses it, and a
 * build's `source "source.TYPE.NAME" { ... }` block adds settings to it for that build, so both
 * matter before calling a source's settings wrong or missing.
 */
import type { Block } from '../../parsing/hcl/ast';
import type { TemplateComponent } from '../legacyTemplate';
import { literalString, type HclConfiguration } from './configuration';

function referenceKey(reference: string): string {
  return reference.startsWith('source.') ? reference.slice('source.'.length) : reference;
}

/**
 * What every build of the folder says about sources, gathered once per configuration: asked for
 * each source, a walk over every build each time made a large folder quadratic.
 */
interface SourceUsage {
  /** `TYPE.NAME` of each source a component configures. */
  keyOf: Map<TemplateComponent, string>;
  /** The sources the builds name in `sources`. */
  used: Set<string>;
  /** A build whose sources are known only when Packer runs: every source may be used. */
  computed: boolean;
  /** The settings the builds' `source` blocks add, by `TYPE.NAME`. */
  added: Map<string, Set<string>>;
}

const usages = new WeakMap<HclConfiguration, SourceUsage>();

function usageOf(configuration: HclConfiguration): SourceUsage {
  const cached = usages.get(configuration);
  if (cached !== undefined) return cached;
  const usage: SourceUsage = { keyOf: new Map(), used: new Set(), computed: false, added: new Map() };
  for (const source of configuration.sources) {
    // The first source of a component wins, as a search from the start would find it.
    if (!usage.keyOf.has(source.component)) usage.keyOf.set(source.component, `${source.type}.${source.name}`);
  }
  for (const build of configuration.builds) {
    for (const reference of build.sourceReferences) usage.used.add(referenceKey(reference.value));
    if (hasComputedSources(build.block)) usage.computed = true;
    for (const item of build.block.body.items) {
      if (item.kind !== 'block' || item.type !== 'source') continue;
      const key = referenceKey(item.labels[0]?.value ?? '');
      const added = usage.added.get(key) ?? new Set<string>();
      for (const setting of item.body.items) added.add(setting.kind === 'attribute' ? setting.name : setting.type);
      usage.added.set(key, added);
    }
  }
  usages.set(configuration, usage);
  return usage;
}

/** Whether no build of the folder can be using this source (false when a build's sources are computed). */
export function isUnusedSource(configuration: HclConfiguration, component: TemplateComponent): boolean {
  const usage = usageOf(configuration);
  const key = usage.keyOf.get(component);
  if (key === undefined) return false;
  return !usage.used.has(key) && !usage.computed;
}

/** The settings that builds' `source` blocks add to this source (in any build of the folder). */
export function settingsAddedByBuilds(configuration: HclConfiguration, component: TemplateComponent): Set<string> {
  const usage = usageOf(configuration);
  const key = usage.keyOf.get(component);
  return new Set(key === undefined ? [] : usage.added.get(key));
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
