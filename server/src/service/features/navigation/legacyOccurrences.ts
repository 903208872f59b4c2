/**
 * The occurrences in a legacy JSON template: each variable (its key under `variables`, its entry
 * in `sensitive-variables`, every `{{user `x`}}`), and each builder name (the builder's `name`,
 * or its `type` when it has none, and the `only`/`except` entries and `override` keys that name it).
 */
import type { LegacyTemplate, TemplateComponent } from '../../model/legacyTemplate';
import { propertyValue } from '../../parsing/tree';
import { occurrence, unquoted, type NavigationTarget, type Occurrence } from './occurrences';

const cache = new WeakMap<LegacyTemplate, Occurrence[]>();

export function legacyOccurrences(file: { uri: string; text: string }, template: LegacyTemplate): Occurrence[] {
  const cached = cache.get(template);
  if (cached !== undefined) return cached;
  const found: Array<Occurrence | undefined> = [];
  const at = (target: NavigationTarget, range: { start: number; end: number }, role: Occurrence['role']) =>
    found.push(occurrence(target, file, unquoted(file.text, range), role));

  for (const variable of template.variables.values())
    at({ kind: 'template-variable', name: variable.name }, variable.property.keyRange, 'declaration');
  const sensitive = propertyValue(template.root, 'sensitive-variables');
  if (sensitive?.type === 'array')
    for (const item of sensitive.items)
      if (item.type === 'string') at({ kind: 'template-variable', name: item.value }, item.range, 'reference');
  for (const { calls } of template.templateStrings)
    for (const call of calls) {
      const [name] = call.args;
      const used =
        call.name === 'user' && name !== undefined
          ? occurrence({ kind: 'template-variable', name: name.value }, file, name.range, 'reference')
          : undefined;
      found.push(used && { ...used, hitRange: call.range });
    }

  for (const builder of template.builders) found.push(builderDeclaration(file, builder));
  for (const limited of [...template.provisioners, ...template.postProcessors]) {
    for (const entry of [...limited.only, ...limited.except])
      at({ kind: 'builder', name: entry.value }, entry.range, 'reference');
    for (const override of limited.overrides)
      at({ kind: 'builder', name: override.key }, override.keyRange, 'reference');
  }
  const result = found.filter((o): o is Occurrence => o !== undefined);
  cache.set(template, result);
  return result;
}

function builderDeclaration(file: { uri: string; text: string }, builder: TemplateComponent): Occurrence | undefined {
  if (builder.name === undefined) return undefined;
  const target: NavigationTarget = { kind: 'builder', name: builder.name };
  const nameNode = propertyValue(builder.node, 'name');
  if (nameNode?.type === 'string') return occurrence(target, file, unquoted(file.text, nameNode.range), 'declaration');
  const typed = occurrence(
    target,
    file,
    builder.typeNode && unquoted(file.text, builder.typeNode.range),
    'declaration',
  );
  return (
    typed && {
      ...typed,
      fixed: `This builder is named by its type, "${builder.name}": give it a "name" to rename it without changing what it builds.`,
    }
  );
}
