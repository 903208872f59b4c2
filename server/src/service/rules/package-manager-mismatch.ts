/**
 * A provisioner that installs packages with a package manager the image does not have, e.g.
 * `apt` on Amazon Linux 2. Packer cannot see this: the build starts an instance, then fails
 * minutes later with "apt: command not found". The image's distribution is read from what the
 * builder says (AMI filters and owners, image families, container images, ISO names).
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateComponent } from '../model/legacyTemplate';
import { appliesTo } from '../model/buildSelection';
import { detectImageFamily, type ImageFamilyGuess } from '../packer/distro/imageFamily';
import { findPackageManagerCommands, type PackageCommand } from '../packer/distro/shellCommands';
import { isManagerAvailable, translateCommand } from '../packer/distro/translate';
import { switchToUbuntuFix } from '../packer/switchToUbuntu';
import { sharedPlainValue, propertyValue, type StringNode } from '../parsing/tree';
import type { Fix } from '../types';
import { inScope, type Rule, type RuleContext } from './rule';

interface BuilderFamily {
  builder: TemplateComponent;
  guess: ImageFamilyGuess;
}

export const packageManagerMismatch: Rule = {
  meta: {
    id: 'package-manager-mismatch',
    description: "A provisioner command uses a package manager that the builder's image does not have.",
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
  },
  check(context) {
    for (const { provisioner, targets } of provisionersAndImages(context)) {
      // shell-local runs on the machine that runs Packer, not in the image.
      if (provisioner.type !== 'shell' || provisioner.node === undefined || targets.length === 0) continue;
      const inline = propertyValue(provisioner.node, 'inline');
      const strings = inline?.type === 'array' ? inline.items : inline !== undefined ? [inline] : [];
      for (const item of strings) if (item.type === 'string') checkInline(context, item, targets);
      for (const key of ['script', 'scripts']) {
        const value = propertyValue(provisioner.node, key);
        const paths = value?.type === 'array' ? value.items : value !== undefined ? [value] : [];
        for (const item of paths) if (item.type === 'string') checkScript(context, item, targets);
      }
    }
  },
};

/**
 * Each provisioner with the images it runs on: in a JSON template every builder's (less
 * only/except), in HCL2 those of the sources its build uses, wherever in the folder they stand.
 */
function provisionersAndImages(
  context: RuleContext,
): Array<{ provisioner: TemplateComponent; targets: BuilderFamily[] }> {
  const { template, hcl } = context.document;
  const pairs: Array<{ provisioner: TemplateComponent; targets: BuilderFamily[] }> = [];
  if (template !== undefined) {
    const families = imageFamilies(template.builders);
    for (const provisioner of template.provisioners) {
      pairs.push({ provisioner, targets: families.filter((f) => appliesTo(provisioner, f.builder.name)) });
    }
  }
  if (hcl !== undefined) {
    // By name, once: a search of every source for each build's references was quadratic.
    const sourcesByName = new Map<string, TemplateComponent>();
    for (const source of hcl.configuration.sources) {
      const name = `${source.type}.${source.name}`;
      if (!sourcesByName.has(name)) sourcesByName.set(name, source.component);
    }
    for (const build of hcl.configuration.builds.filter((b) => b.file === hcl.file)) {
      if (!inScope(context, build.block.range)) continue;
      const sources = build.sourceReferences
        .map((ref) => sourcesByName.get(ref.value.replace(/^source\./, '')))
        .filter((c): c is TemplateComponent => c !== undefined);
      const families = imageFamilies(sources);
      for (const provisioner of build.provisioners) {
        pairs.push({ provisioner, targets: families.filter((f) => appliesTo(provisioner, f.builder.name)) });
      }
    }
  }
  return pairs;
}

function imageFamilies(builders: TemplateComponent[]): BuilderFamily[] {
  const result: BuilderFamily[] = [];
  for (const builder of builders) {
    if (builder.type === undefined || builder.node === undefined) continue;
    const guess = detectImageFamily(builder.type, sharedPlainValue(builder.node) as Record<string, unknown>);
    if (guess !== undefined) result.push({ builder, guess });
  }
  return result;
}

function mismatches(command: PackageCommand, targets: BuilderFamily[]): BuilderFamily[] {
  return targets.filter((t) => !isManagerAvailable(command.manager, t.guess));
}

function describe(command: PackageCommand, wrong: BuilderFamily[]): string {
  const first = wrong[0] as BuilderFamily;
  const fails = 'This command would fail during the build.';
  const builder = (w: BuilderFamily) => `${w.builder.label} ("${w.builder.name ?? ''}")`;
  // Builders whose images differ are named one by one: each claim holds of the image it names.
  if (wrong.some((w) => w.guess.label !== first.guess.label)) {
    const each = wrong.map((w) => `${w.guess.label} for ${builder(w)} (read from ${w.guess.evidence})`);
    return `\`${command.manager}\` is not available on the images of ${wrong.length} builders: ${each.join('; ')}. ${fails}`;
  }
  const has = first.guess.packageManagers.filter((m) => m !== 'rpm' && m !== 'dpkg');
  const which = wrong.length === 1 ? `the image of ${builder(first)}` : `the image of ${wrong.length} builders`;
  const tools = has.length > 0 ? `; it has ${has.map((m) => `\`${m}\``).join(' and ')}` : '';
  return `\`${command.manager}\` is not available on ${first.guess.label}, ${which} (read from ${first.guess.evidence})${tools}. ${fails}`;
}

function checkInline(context: RuleContext, node: StringNode, targets: BuilderFamily[]): void {
  for (const command of findPackageManagerCommands(node.value)) {
    const wrong = mismatches(command, targets);
    if (wrong.length === 0) continue;
    const fixes: Fix[] = [];
    const sameFamily = wrong.every((w) => w.guess.family === wrong[0]?.guess.family) && wrong.length === targets.length;
    const target = wrong[0]?.guess;
    const translated = sameFamily && target !== undefined ? translateCommand(command, node.value, target) : undefined;
    if (translated !== undefined) {
      fixes.push({
        title: `Use \`${translated}\` (${target?.label ?? ''})`,
        isPreferred: true,
        edits: [context.document.edits.replaceInString(node, command.range.start, command.range.end, translated)],
      });
    }
    const ubuntu = sameFamily
      ? switchToUbuntuFix(
          context.document.edits,
          wrong.map((w) => w.builder),
          command.manager,
        )
      : undefined;
    // Switching the operating system is a choice, never the default: it is not what "fix all" applies.
    if (ubuntu !== undefined) fixes.push({ ...ubuntu, isPreferred: false });
    context.report({
      range: context.document.edits.stringRange(node, command.range.start, command.range.end),
      message: describe(command, wrong),
      fixes,
    });
  }
}

function checkScript(context: RuleContext, node: StringNode, targets: BuilderFamily[]): void {
  const uri = context.document.uri;
  if (!uri.startsWith('file:') || node.value.includes('{{')) return;
  const file = path.resolve(path.dirname(fileURLToPath(uri)), node.value);
  const script = context.files.readText(file);
  if (script === undefined) return;
  for (const command of findPackageManagerCommands(script)) {
    const wrong = mismatches(command, targets);
    if (wrong.length === 0) continue;
    const line = script.slice(0, command.range.start).split('\n').length;
    context.report({
      range: node.range,
      message: `${node.value}, line ${line}: ${describe(command, wrong)}`,
    });
  }
}
