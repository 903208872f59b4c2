/**
 * Every component the schemas cover, by kind: the plugin components from the plugin facts (with
 * components.json and schemas/constraints/ laid over them), and the core components (shell, file,
 * null...) from components.json, which no plugin's facts name.
 */
import type { ComponentFacts, ConstraintSpec, Kind, PackerFacts } from './facts';
import { KINDS } from './facts';
import { overlayKnown } from './overlay';
import { type PluginFile, pluginComponents } from './pluginFacts';

export type ComponentsByKind = Map<Kind, Map<string, ComponentFacts>>;

export function collectComponents(
  facts: PackerFacts,
  plugins: readonly PluginFile[],
  constraints: ReadonlyMap<string, ConstraintSpec>,
  warn: (message: string) => void,
): ComponentsByKind {
  const out: ComponentsByKind = new Map(KINDS.map(([, kind]) => [kind, new Map<string, ComponentFacts>()]));
  for (const [section, kind] of KINDS)
    for (const [type, c] of Object.entries(facts[section])) out.get(kind)?.set(type, c);
  for (const plugin of plugins)
    for (const { kind, type, facts: c } of pluginComponents(plugin)) {
      const byType = out.get(kind);
      const known = byType?.get(type);
      if (known?.plugin) throw new Error(`${kind}/${type}: in the facts of ${known.plugin.name} and ${plugin.plugin}`);
      byType?.set(type, known ? overlayKnown(c, known, `${kind}/${type}`, warn) : c);
    }
  for (const [id, spec] of constraints) {
    const [kind, type] = id.split(/\/(.*)/s) as [Kind, string];
    const c = out.get(kind)?.get(type);
    if (!c) warn(`schemas/constraints: ${id} names no component with facts; not used`);
    else out.get(kind)?.set(type, { ...c, constraints: spec });
  }
  return out;
}
