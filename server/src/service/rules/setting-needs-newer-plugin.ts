import type { TemplateComponent } from '../model/legacyTemplate';
import { ALL_BUILDERS } from '../packer/deprecationTable';
import { deprecatedNames } from '../packer/deprecations';
import { classifyComponent } from '../plugins/componentPlugins';
import { discoveredPlugins } from '../plugins/installedPlugins';
import type { PackerSituation } from '../plugins/packerSituation';
import { packerRequirements, type PluginRequirement } from '../plugins/requirements';
import { describeInUse, type VersionInUse } from '../plugins/versionChoice';
import {
  compareVersions,
  coreOf,
  parseConstraints,
  parseVersion,
  satisfies,
  type Constraint,
} from '../plugins/versions';
import { pluginOf, type PluginFacts } from '../schema/pluginFacts';
import type { Fix } from '../types';
import { inScope, type Rule, type RuleContext } from './rule';

/**
 * A setting the plugin version in use does not have: added in a later release (raise the
 * constraint), or removed in an earlier one. The version in use is the one Packer would load
 * (see versionChoice.ts), else the one `packer init` would install.
 */
export const settingNeedsNewerPlugin: Rule = {
  meta: {
    id: 'setting-needs-newer-plugin',
    description: 'A setting that the plugin version in use does not have yet (or no longer has).',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
  },
  check(context) {
    for (const component of context.document.components) {
      if (!inScope(context, component.node?.range)) continue;
      const use = pluginInUse(component, context);
      if (use === undefined) continue;
      checkSettings(component, use, context);
    }
  },
};

interface PluginInUse {
  plugin: PluginFacts;
  /** The type under the plugin's own name, as the facts know it. */
  canonicalType: string;
  inUse: VersionInUse;
  requirement: PluginRequirement | undefined;
}

function pluginInUse(component: TemplateComponent, { document, packer }: RuleContext): PluginInUse | undefined {
  const { kind, type } = component;
  if (type === undefined) return undefined;
  if (document.hcl !== undefined) {
    const found = classifyComponent({ kind, type }, packerRequirements(document.hcl.configuration), packer);
    if (found.status === 'declared' && found.versions.inUse !== undefined) {
      const canonicalType = found.path === '' ? found.plugin.name : `${found.plugin.name}-${found.path}`;
      return { plugin: found.plugin, canonicalType, inUse: found.versions.inUse, requirement: found.requirement };
    }
    if (found.status !== 'undeclared') return undefined;
  }
  return discoveredInUse(kind, type, packer);
}

/** Undeclared (or legacy JSON): Packer loads the highest installed version, if any. */
function discoveredInUse(
  kind: TemplateComponent['kind'],
  type: string,
  packer: PackerSituation,
): PluginInUse | undefined {
  const plugin = pluginOf(kind, type);
  const installation = plugin && packer.installed && discoveredPlugins(packer.installed).get(plugin.name);
  if (plugin === undefined || installation === undefined) return undefined;
  const inUse: VersionInUse = { version: installation.version, origin: 'installed', installation };
  return { plugin, canonicalType: type, inUse, requirement: undefined };
}

function checkSettings(
  component: TemplateComponent,
  use: PluginInUse,
  { document, packer, report }: RuleContext,
): void {
  const { plugin, inUse } = use;
  for (const property of component.node?.properties ?? []) {
    const range = packer.settingRanges(component.kind, use.canonicalType, [property.key]);
    const since = range?.since === undefined ? undefined : parseVersion(range.since);
    const until = range?.until === undefined ? undefined : parseVersion(range.until);
    if (since !== undefined && compareVersions(inUse.version, since) < 0) {
      const fixes = raiseFix(use, since.text, document.hcl?.file);
      report({
        range: property.keyRange,
        message: `\`${property.key}\` needs ${plugin.name} ${since.text} or later; the version in use is ${describeInUse(inUse)}.`,
        ...(fixes.length > 0 && { fixes }),
      });
    } else if (range?.absentIn?.some((release) => parseVersion(release)?.text === coreOf(inUse.version).text)) {
      report({
        range: property.keyRange,
        message: `\`${property.key}\` is missing from ${plugin.name} ${inUse.version.text}, the version in use (${inUse.origin === 'installed' ? 'installed' : 'the newest release allowed'}), though releases before and after it have it.`,
      });
    } else if (until !== undefined && compareVersions(inUse.version, until) > 0 && !replaced(component, property.key)) {
      report({
        range: property.keyRange,
        message: `\`${property.key}\` was removed from ${plugin.name} after ${until.text}; the version in use is ${describeInUse(inUse)}, which no longer has it.`,
      });
    }
  }
}

/** A removed setting with a known replacement is deprecated-setting's to report, with the rewrite. */
function replaced(component: TemplateComponent, key: string): boolean {
  if (component.kind === 'data-source' || component.type === undefined) return false;
  if (component.kind === 'builder' && ALL_BUILDERS.includes(key)) return true;
  return deprecatedNames(component.kind, component.type).keys.includes(key);
}

/** Raise the floors of the constraint to `since`, keeping its operators and its ceiling. */
function raiseFix(use: PluginInUse, since: string, file: unknown): Fix[] {
  const requirement = use.requirement;
  const version = requirement?.version;
  if (requirement === undefined || requirement.file !== file || requirement.file.json !== undefined) return [];
  const constraints = requirement.constraints.ok ? requirement.constraints.constraints : [];
  const text = raisedConstraint(constraints, since);
  // A ceiling below the release needed (`< 1.2.0`) is the user's to lift: no fix guesses past it.
  const raised = parseConstraints(text);
  const needed = parseVersion(since);
  if (!raised.ok || needed === undefined || !satisfies(needed, raised.constraints)) return [];
  const edit =
    version !== undefined
      ? { range: version.range, newText: JSON.stringify(text) }
      : requirement.source !== undefined
        ? {
            range: { start: requirement.source.range.end, end: requirement.source.range.end },
            newText: `\nversion = ${JSON.stringify(text)}`,
          }
        : undefined;
  if (edit === undefined) return [];
  return [{ title: `Require ${use.plugin.name} ${text}`, isPreferred: true, edits: [edit] }];
}

export function raisedConstraint(constraints: readonly Constraint[], since: string): string {
  const floors = constraints.filter((c) => c.operator === '>=' || c.operator === '>' || c.operator === '~>');
  if (floors.length === 0) return [`>= ${since}`, ...constraints.map(show)].join(', ');
  return constraints
    .map((c) => {
      if (c.operator === '>=' || c.operator === '>') return `>= ${since}`;
      if (c.operator !== '~>') return show(c);
      // `~> 1.1` keeps its width (`~> 1.2`); `~> 1` becomes `~> 1.2`, the same major from 1.2 on.
      const parts = since.split('.').slice(0, Math.max(c.version.specified, 2));
      return `~> ${parts.join('.')}`;
    })
    .join(', ');
}

function show(c: Constraint): string {
  return `${c.operator} ${c.version.text}`;
}
