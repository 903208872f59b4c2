/**
 * Whether and when a setting is required, in words, from the `x-packer-constraint` annotations of
 * the schema that holds it (the rules of the component's Prepare()). The raw `required` tags of
 * the source structs are not used: many tagged keys have an alternative (`source_ami` or
 * `source_ami_filter`) or come from the environment, and the constraints say so.
 */
import type { BlockSchema, PackerConstraint, PropertySchema } from '../../schema/schemaTypes';
import { code } from '../markdown';

type Groups = readonly (readonly string[])[];

/** The sentences that concern `key`; "Optional." when no rule requires it. */
export function requirementText(owner: BlockSchema | undefined, key: string): string[] {
  const constraints = constraintsOf(owner);
  const communicatorDefault = communicatorDefaultOf(owner);
  const sentences: string[] = [];
  let required = false;
  const need = (sentence: string) => {
    required = true;
    sentences.push(sentence);
  };
  for (const constraint of constraints) {
    switch (constraint.kind) {
      case 'required':
        if (constraint.keys.includes(key)) need('**Required.**');
        break;
      case 'oneOfRequired':
        if (inGroups(constraint.groups, key)) need(`**Required** unless ${others(constraint.groups, key)} is set.`);
        break;
      case 'exactlyOne':
        if (inGroups(constraint.groups, key))
          need(
            `**Required** unless ${others(constraint.groups, key)} is set: set exactly one of ${andList(groupTexts(constraint.groups))}.`,
          );
        break;
      case 'exclusive':
        if (inGroups(constraint.groups, key))
          sentences.push(`Cannot be set together with ${others(constraint.groups, key)}.`);
        break;
      case 'together':
        if (constraint.keys.includes(key)) {
          const rest = constraint.keys.filter((k) => k !== key).map(code);
          sentences.push(`Goes together with ${andList(rest)}: set all of them, or none.`);
        }
        break;
      case 'requires':
        if (constraint.key === key)
          sentences.push(`When set, ${orList(groupTexts(constraint.groups))} must be set too.`);
        else if (inGroups(constraint.groups, key)) {
          const alternatives = others(constraint.groups, key);
          need(
            `**Required** when ${code(constraint.key)} is set${alternatives === '' ? '' : ` (unless ${alternatives} is)`}.`,
          );
        }
        break;
      case 'communicator': {
        const when = `when ${code('communicator')} is ${code(constraint.communicator)}${communicatorDefault === constraint.communicator ? ' (the default)' : ''}`;
        if (constraint.keys.includes(key)) need(`**Required** ${when}.`);
        else if (constraint.groups !== undefined && inGroups(constraint.groups, key)) {
          const alternatives = others(constraint.groups, key);
          need(
            `**Required** ${when}${alternatives === '' ? '' : `, unless ${alternatives} is set`}: Packer needs a way to log in.`,
          );
        }
        break;
      }
      case 'iso': {
        const once = constraint.when === undefined ? '' : ` once ${orList(constraint.when.map(code))} is set`;
        if (constraint.rule === 'required' && constraint.keys.includes(key))
          need(once === '' ? '**Required.**' : `**Required**${once}.`);
        else if (constraint.rule === 'oneOfRequired' && inGroups(constraint.groups, key))
          need(`**Required**${once} unless ${others(constraint.groups, key)} is set.`);
        else if (constraint.rule === 'exclusive' && inGroups(constraint.groups, key))
          sentences.push(`Cannot be set together with ${others(constraint.groups, key)}.`);
        break;
      }
    }
  }
  return required ? sentences : ['Optional.', ...sentences];
}

function constraintsOf(owner: BlockSchema | undefined): PackerConstraint[] {
  const found: PackerConstraint[] = [];
  for (const entry of owner?.allOf ?? []) {
    const constraint = entry['x-packer-constraint'];
    if (typeof constraint === 'object' && constraint !== null) found.push(constraint as PackerConstraint);
  }
  return found;
}

function communicatorDefaultOf(owner: BlockSchema | undefined): unknown {
  const property: PropertySchema | undefined = owner?.properties?.communicator;
  return property?.default;
}

function inGroups(groups: Groups, key: string): boolean {
  return groups.some((group) => group.includes(key));
}

/** The groups that do not hold `key`, as "`a` or `b and c`". */
function others(groups: Groups, key: string): string {
  return orList(groupTexts(groups.filter((group) => !group.includes(key))));
}

function groupTexts(groups: Groups): string[] {
  return groups.map((group) => andList(group.map(code)));
}

function orList(items: readonly string[]): string {
  return joinWith(items, 'or');
}

function andList(items: readonly string[]): string {
  return joinWith(items, 'and');
}

function joinWith(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`;
}
