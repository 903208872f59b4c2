/**
 * Hover on a `required_plugins` entry (its name, source or version): the plugin's source and
 * constraint, the installed versions and the one Packer would use, and the components it brings
 * under this entry's name.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { AnalysedDocument } from '../../document';
import { pluginAt } from '../../plugins/componentPlugins';
import type { PackerSituation } from '../../plugins/packerSituation';
import { packerRequirements, type PluginRequirement } from '../../plugins/requirements';
import { choosePluginVersion } from '../../plugins/versionChoice';
import type { PluginFacts } from '../../schema/pluginFacts';
import { linesOf, lspRange } from '../lspRanges';

export function pluginRequirementHover(
  document: AnalysedDocument,
  offset: number,
  situation: PackerSituation,
): Hover | undefined {
  const hcl = document.hcl;
  if (hcl === undefined) return undefined;
  const requirements = packerRequirements(hcl.configuration);
  const entries = [...requirements.plugins, ...requirements.duplicates.map((d) => d.requirement)];
  const inside = (r: { start: number; end: number } | undefined) =>
    r !== undefined && r.start <= offset && offset <= r.end;
  const requirement = entries.find(
    (r) => r.file === hcl.file && (inside(r.nameRange) || inside(r.source?.range) || inside(r.version?.range)),
  );
  if (requirement === undefined) return undefined;
  const range = [requirement.nameRange, requirement.source?.range, requirement.version?.range].find(inside);
  if (range === undefined) return undefined;
  return {
    contents: { kind: 'markdown', value: describe(requirement, situation) },
    range: lspRange(linesOf(document), range),
  };
}

function describe(requirement: PluginRequirement, situation: PackerSituation): string {
  const source = requirement.source?.value;
  const facts = source === undefined ? undefined : pluginAt(source);
  const lines = [`**${requirement.name}**: plugin \`${source ?? '(no source)'}\``, ''];
  lines.push(
    `- Version constraint: ${requirement.version === undefined ? 'none (the highest installed)' : `\`${requirement.version.value}\``}`,
  );
  if (!requirement.constraints.ok) lines.push(`- The constraint cannot be read: ${requirement.constraints.error}`);
  if (source !== undefined) {
    const constraints = requirement.constraints.ok ? requirement.constraints.constraints : [];
    const versions = choosePluginVersion(source, constraints, situation.installed, facts);
    if (situation.installed === undefined) lines.push('- Installed: not known (the plugin folder was not read)');
    else if (versions.installed.length === 0) lines.push(`- Installed: none, in \`${situation.installed.folder}\``);
    else
      lines.push(
        `- Installed: ${versions.installed.map((i) => i.version.text).join(', ')}, in \`${situation.installed.folder}\``,
      );
    const inUse = versions.inUse;
    if (inUse?.origin === 'installed')
      lines.push(`- Used: **${inUse.version.text}**, the highest installed version the constraint allows`);
    else if (inUse !== undefined)
      lines.push(`- Used: nothing yet; \`packer init\` would install **${inUse.version.text}**`);
    else if (situation.installed !== undefined)
      lines.push('- Used: nothing: no installed or known release satisfies the constraint');
  }
  if (facts !== undefined) {
    lines.push(`- Brings: ${components(facts, requirement.name)}`);
    const newest = facts.releases.at(-1);
    if (newest !== undefined)
      lines.push(`- Newest release known: ${newest} ([${facts.repository}](https://github.com/${facts.repository}))`);
  }
  return lines.join('\n');
}

/** The plugin's components as this entry names them (`aws = {...}` makes `aws-ebs`). */
function components(facts: PluginFacts, accessor: string): string {
  const names = facts.components.map((c) => {
    const type =
      c.type === facts.name
        ? accessor
        : c.type.startsWith(`${facts.name}-`)
          ? `${accessor}${c.type.slice(facts.name.length)}`
          : c.type;
    return `\`${type}\` (${c.kind})`;
  });
  return names.join(', ');
}
