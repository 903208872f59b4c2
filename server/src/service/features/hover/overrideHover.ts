/**
 * Hover on the names of a build's runs: the keys of a provisioner's `override` — which builder
 * (legacy JSON) or which run of the build's sources (HCL2) the override applies to, and where that
 * is declared — and the aliases `only`/`except` name. The settings inside an override are the
 * provisioner's own, so they hover as its settings.
 */
import type { Expression } from '../../parsing/hcl/ast';
import type { PropertyNode } from '../../parsing/tree';
import type { HclConfiguration } from '../../model/hcl/configuration';
import { touches, type HclCursorContext, type JsonComponentContext } from '../context';
import { buildOf, buildSources, overrideItems, runName } from '../context/buildSources';
import type { HoverText } from './hclHover';
import type { TemplateSource } from './legacyVariableHover';
import { code, fileLine, lineNumber, paragraphs } from '../markdown';
import { sourceHover } from './referenceHover';
import { kindName, settingHover } from './settingHover';

/** The cursor is on a key directly under `override` (a builder name), not on a setting inside. */
export function isOverrideKey(component: JsonComponentContext): boolean {
  const [first] = component.settingPath;
  return component.component.kind === 'provisioner' && component.settingPath.length === 2 && first === 'override';
}

export function legacyOverrideHover(
  { template, text, fileName }: TemplateSource,
  component: JsonComponentContext,
  property: PropertyNode,
): HoverText {
  const name = property.key;
  const builder = template.builders.find((b) => b.name === name);
  const what = `this ${kindName(component.component.kind)}`;
  const body =
    builder === undefined
      ? `No builder is named ${code(name)}: Packer stops with "override '${name}' doesn't exist". A builder's name is its ${code('name')}, or its ${code('type')} when it has none.`
      : paragraphs(
          `Settings here replace those of ${what} when it runs for the builder ${code(name)}${builder.type === undefined ? '' : `, a ${code(builder.type)} builder`}.`,
          builder.node !== undefined &&
            `Declared in ${code(`${fileName}:${lineNumber(text, builder.node.range.start)}`)}.`,
        );
  return { markdown: paragraphs(`**${name}** · override for a builder`, body), range: property.keyRange };
}

/**
 * `override = { NAME = { setting = ... } }` in an HCL2 provisioner or post-processor: a key names a
 * run of the build; a key one level deeper is a setting of the component.
 */
export function hclOverrideHover(
  configuration: HclConfiguration,
  context: HclCursorContext,
  attribute: string,
  expressions: readonly Expression[],
): HoverText | undefined {
  const { component, blocks } = context;
  const outer = expressions[0];
  if (attribute !== 'override' || component === undefined || component.path.length !== 0) return undefined;
  if (component.kind !== 'provisioner' && component.kind !== 'post-processor') return undefined;
  if (outer?.kind !== 'object' || blocks[0]?.type !== 'build') return undefined;
  const found = overrideItems(component.block).find((i) => touches(i.item.range, context.offset));
  if (found === undefined) return undefined;
  const { name, item } = found;
  if (touches(item.key.range, context.offset)) {
    const build = buildOf(configuration, blocks[0]);
    const runs = build === undefined ? [] : buildSources(build).filter((run) => runName(run) === name);
    const what = `this ${kindName(component.kind)}`;
    const places = runs.map((run) => {
      const declared = configuration.sources.find((s) => s.type === run.type && s.name === run.name);
      const via = run.alias === undefined ? '' : `, renamed ${code(run.alias.value)} in this build`;
      const where =
        declared === undefined
          ? ' (no such `source` block)'
          : ` declared in ${code(fileLine(declared.file, declared.block.range.start))}`;
      return `- ${code(`source.${run.type}.${run.name}`)}${via}${where}`;
    });
    const body =
      runs.length > 0
        ? `Settings here replace those of ${what} when it runs for:\n${places.join('\n')}`
        : `No source of this build runs under the name ${code(name)}, so Packer ignores this override.${name.includes('.') ? ` Its keys are the source's name alone (or its alias), not ${code('TYPE.NAME')}.` : ''}`;
    return { markdown: paragraphs(`**${name}** · override for a source`, body), range: item.key.range };
  }
  // A setting inside the override object: the component's own.
  if (item.value.kind !== 'object' || component.schema === undefined) return undefined;
  const setting = item.value.items.find((i) => touches(i.key.range, context.offset));
  if (setting?.key.name === undefined) return undefined;
  const markdown = settingHover(component.schema, [setting.key.name], 'hcl');
  return markdown === undefined ? undefined : { markdown, range: setting.key.range };
}

/**
 * `only = ["TYPE.alias"]`: the run a build's `source "source.TYPE.NAME" { name = "alias" }` block
 * renamed. Undefined when a `source` block really has that name, or no build gives the alias.
 */
export function aliasHover(
  configuration: HclConfiguration,
  context: HclCursorContext,
  type: string,
  name: string,
): string | undefined {
  if (configuration.sources.some((s) => s.type === type && s.name === name)) return undefined;
  const build = buildOf(configuration, context.blocks[0]);
  const run = build && buildSources(build).find((r) => r.type === type && r.alias?.value === name);
  if (run?.alias === undefined) return undefined;
  return paragraphs(
    `**${type}.${name}** · a source renamed by this build`,
    `The build runs ${code(`source.${run.type}.${run.name}`)} under the name ${code(name)}, given in ${code(fileLine(run.file, run.alias.range.start))}.`,
    sourceHover(configuration, run.type, run.name),
  );
}
