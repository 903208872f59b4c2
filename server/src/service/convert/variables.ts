/**
 * Legacy user variables as HCL2 `variable` blocks, or as locals when they cannot be variables.
 * An HCL2 variable default is a constant (only `env()` may be called in it), while a legacy default
 * may call `{{timestamp}}` or read other variables: such a variable becomes a local, which keeps
 * its value but can no longer be set with `-var` (the comment above it says so).
 */
import type { LegacyTemplate, TemplateVariable } from '../model/legacyTemplate';
import type { ValueNode } from '../parsing/tree';
import { Notes, type ConvertContext } from './context';
import { splitTemplate } from './goTemplate';
import { attribute, block, comment, expression, isIdentifier, type HclItem } from './hclWriter';
import { convertValue, type SettingsScope } from './settings';

const LOCALS_WHY =
  'its default calls template functions, which HCL2 allows only in locals, and -var can no longer set it.';
const LOCALS_NOTE =
  'Variables whose defaults call template functions: HCL2 allows such calls only in locals, so these are locals now, and -var can no longer set them.';

export interface ConvertedVariables {
  variables: HclItem[];
  /** `name = expression` attributes for the one `locals` block. */
  locals: HclItem[];
}

export function declareVariables(template: LegacyTemplate, context: ConvertContext): void {
  for (const variable of template.variables.values()) {
    if (!isIdentifier(variable.name)) continue;
    context.variableRefs.set(variable.name, `${isLocal(variable) ? 'local' : 'var'}.${variable.name}`);
  }
  const taken = new Set([...context.variableRefs.values()]);
  while (taken.has(`local.${context.timestampLocal}`)) context.timestampLocal = `legacy_${context.timestampLocal}`;
}

export function convertVariables(template: LegacyTemplate, context: ConvertContext): ConvertedVariables {
  const result: ConvertedVariables = { variables: [], locals: [] };
  for (const variable of template.variables.values()) {
    const notes = new Notes(context);
    const where = `variable "${variable.name}"`;
    const value = variable.property.value;
    if (!isIdentifier(variable.name) || value === undefined) {
      notes.add(where, 'this name is not a valid HCL2 identifier; the variable was left out.');
      result.variables.push(comment(...notes.lines));
      continue;
    }
    if (isLocal(variable)) {
      const scope: SettingsScope = { kind: 'builder', schema: undefined, place: { kind: 'local' }, context, where };
      const converted = convertValue(value, scope, notes, 'default');
      if (variable.sensitive) notes.add(where, 'it was sensitive; locals cannot be marked sensitive here.');
      if (result.locals.length === 0) result.locals.push(comment(LOCALS_NOTE));
      context.warnings.push(`${where} is a local now: ${LOCALS_WHY}`);
      result.locals.push(attribute(variable.name, converted, notes.lines));
      continue;
    }
    const scope: SettingsScope = {
      kind: 'builder',
      schema: undefined,
      place: { kind: 'variable-default' },
      context,
      where,
    };
    const body: HclItem[] = [];
    const type = inferType(value);
    if (type !== undefined) body.push(attribute('type', expression(type)));
    if (!variable.required) body.push(attribute('default', convertValue(value, scope, notes, 'default')));
    if (variable.sensitive) body.push(attribute('sensitive', expression('true')));
    result.variables.push(block('variable', [variable.name], body, notes.lines));
  }
  return result;
}

/** A default that calls anything but `env` (or reads another variable) cannot be a variable's. */
function isLocal(variable: TemplateVariable): boolean {
  return variable.property.value !== undefined && callsMoreThanEnv(variable.property.value);
}

function callsMoreThanEnv(value: ValueNode): boolean {
  if (value.type === 'array') return value.items.some(callsMoreThanEnv);
  if (value.type === 'object') return value.properties.some((p) => p.value !== undefined && callsMoreThanEnv(p.value));
  if (value.type !== 'string') return false;
  return splitTemplate(value.value).some(
    (piece) =>
      piece.kind === 'action' &&
      (piece.pipeline === 'unparsed' ||
        piece.pipeline.length !== 1 ||
        piece.pipeline[0]?.name !== 'env' ||
        piece.pipeline[0].args.some((arg) => arg.kind !== 'string')),
  );
}

/** The HCL2 type of a default value; undefined when a mixed value fits no simple type. */
function inferType(value: ValueNode): string | undefined {
  switch (value.type) {
    case 'string':
    case 'null':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'bool';
    case 'array': {
      const types = new Set(value.items.map(inferType));
      const [only] = types;
      return types.size === 0 ? 'list(string)' : types.size === 1 && isScalar(only) ? `list(${only})` : undefined;
    }
    case 'object': {
      const types = new Set(value.properties.map((p) => (p.value === undefined ? undefined : inferType(p.value))));
      const [only] = types;
      return types.size === 0 ? 'map(string)' : types.size === 1 && isScalar(only) ? `map(${only})` : undefined;
    }
    default:
      return undefined;
  }
}

function isScalar(type: string | undefined): type is string {
  return type === 'string' || type === 'number' || type === 'bool';
}
