/**
 * Builders as `source "TYPE" "NAME"` blocks, and the one `build` block that lists them and holds
 * the provisioners and post-processors. `only`/`except` name sources as `TYPE.NAME` and `override`
 * keys them by source name: the forms Packer reads in HCL2 from 1.6.6 on.
 */
import type { LegacyTemplate, TemplateComponent } from '../model/legacyTemplate';
import { propertyValue, type ObjectNode, type ValueNode } from '../parsing/tree';
import { getComponentSchema, type ComponentKind } from '../schema/schemaStore';
import { Notes, type ConvertContext } from './context';
import { attribute, block, comment, expression, quoted, renderFile, type HclItem, type HclValue } from './hclWriter';
import { convertComponentSettings, convertValue, type SettingsScope } from './settings';

export function convertSources(template: LegacyTemplate, context: ConvertContext): HclItem[] {
  const items: HclItem[] = [];
  const seen = new Set<string>();
  for (const builder of template.builders) {
    const { type, name, node } = builder;
    const notes = new Notes(context);
    if (type === undefined || name === undefined || node === undefined) {
      notes.add(builder.label, 'it has no type; it was left out.');
      items.push(comment(...notes.lines));
      continue;
    }
    if (seen.has(name)) {
      notes.add(builder.label, `another builder is already named "${name}"; it was left out.`);
      items.push(comment(...notes.lines));
      continue;
    }
    seen.add(name);
    context.sourcesByName.set(name, `${type}.${name}`);
    const scope: SettingsScope = {
      kind: 'builder',
      schema: getComponentSchema('builder', type),
      place: { kind: 'source', type, name },
      context,
      where: `source "${type}" "${name}"`,
    };
    const body = convertComponentSettings(node, scope, new Set(['type', 'name']));
    items.push(block('source', [type, name], body, notes.lines), { kind: 'blank' });
  }
  return items;
}

export function convertBuild(template: LegacyTemplate, context: ConvertContext): HclItem {
  const sources = [...context.sourcesByName.values()].map((ref) => expression(quoted(`source.${ref}`)));
  const body: HclItem[] = [attribute('sources', { kind: 'list', items: sources })];
  for (const provisioner of template.provisioners) {
    const cleanup = provisioner.label === 'error-cleanup-provisioner';
    const converted = convertComponent(provisioner, 'provisioner', context, cleanup ? provisioner.label : undefined);
    if (!cleanup) {
      body.push({ kind: 'blank' }, converted);
      continue;
    }
    // Packer 1.6.6 rejects this block type; newer Packer reads it, so it is kept, commented out.
    const notes = new Notes(context);
    notes.add(
      'error-cleanup-provisioner',
      'Packer reads an error-cleanup-provisioner block in HCL2 from version 1.7.0 on; uncomment it there.',
    );
    const lines = renderFile([converted]).trimEnd().split('\n');
    body.push({ kind: 'blank' }, comment(...notes.lines, ...lines));
  }
  body.push(...convertPostProcessors(propertyValue(template.root, 'post-processors'), template, context));
  return block('build', [], body);
}

function convertPostProcessors(node: ValueNode | undefined, template: LegacyTemplate, context: ConvertContext) {
  const items: HclItem[] = [];
  if (node?.type !== 'array') return items;
  let next = 0;
  const componentOf = (element: ValueNode): TemplateComponent | undefined => {
    const found = template.postProcessors[next];
    if (found !== undefined && (found.node === element || found.typeNode === element)) {
      next++;
      return found;
    }
    return undefined;
  };
  for (const item of node.items) {
    const chain = item.type === 'array' ? item.items : [item];
    const blocks = chain.flatMap((element) => {
      const component = componentOf(element);
      return component === undefined ? [] : [convertComponent(component, 'post-processor', context)];
    });
    if (blocks.length === 0) continue;
    items.push({ kind: 'blank' });
    items.push(...(blocks.length === 1 ? blocks : [block('post-processors', [], blocks)]));
  }
  return items;
}

const META_KEYS = new Set(['type', 'only', 'except', 'override']);

function convertComponent(
  component: TemplateComponent,
  kind: ComponentKind,
  context: ConvertContext,
  blockType: string = kind,
): HclItem {
  const type = component.type;
  if (type === undefined) {
    const notes = new Notes(context);
    notes.add(component.label, 'it has no type; it was left out.');
    return comment(...notes.lines);
  }
  const scope: SettingsScope = {
    kind,
    schema: getComponentSchema(kind, type),
    place: { kind: 'build' },
    context,
    where: `${component.label} (${type})`,
  };
  const node: ObjectNode | undefined = component.node;
  const body = node === undefined ? [] : convertComponentSettings(node, scope, META_KEYS);
  for (const key of ['only', 'except'] as const) {
    const list = sourceList(component[key], scope);
    if (list !== undefined) body.push(attribute(key, list.value, list.notes));
  }
  const override = overrideOf(component, scope);
  if (override !== undefined) body.push(override);
  return block(blockType, [type], body);
}

function sourceList(
  names: TemplateComponent['only'],
  scope: SettingsScope,
): { value: HclValue; notes: string[] } | undefined {
  if (names.length === 0) return undefined;
  const notes = new Notes(scope.context);
  const items = names.map((name) => {
    const ref = scope.context.sourcesByName.get(name.value);
    if (ref === undefined) notes.add(scope.where, `no builder is named "${name.value}"; it was kept as written.`);
    return expression(quoted(ref ?? name.value));
  });
  return { value: { kind: 'list', items }, notes: notes.lines };
}

/** `override` keeps its legacy shape: settings per source name, each a map. */
function overrideOf(component: TemplateComponent, scope: SettingsScope): HclItem | undefined {
  if (component.overrides.length === 0) return undefined;
  const notes = new Notes(scope.context);
  const entries: { key: string; value: HclValue }[] = [];
  for (const property of component.overrides) {
    if (property.value === undefined) continue;
    if (!scope.context.sourcesByName.has(property.key))
      notes.add(scope.where, `override names "${property.key}", which is no builder.`);
    entries.push({ key: property.key, value: convertValue(property.value, scope, notes, `override.${property.key}`) });
  }
  return attribute('override', { kind: 'object', entries }, notes.lines);
}
