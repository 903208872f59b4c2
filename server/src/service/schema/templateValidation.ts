/**
 * Validates every component of a template (legacy JSON or HCL2) against its generated schema (once per
 * document version) and sorts ajv's errors into what the rules report: unknown keys, bad values,
 * and violated constraints. ajv reports one constraint as several errors (an `anyOf` and each of
 * its branches); grouping them by the `x-packer-constraint` they come from gives one finding each.
 */
import type { AnalysedDocument } from '../document';
import type { TemplateComponent } from '../model/legacyTemplate';
import { nodeAtPointer, sharedPlainValue } from '../parsing/tree';
import {
  constraintOf,
  getBlockProperties,
  getComponentSchema,
  getPropertySchema,
  validateComponent,
} from './schemaStore';
import { inScope, type CheckScope } from '../rules/rule';
import type { ComponentSchema, PackerConstraint, PropertySchema, SchemaError } from './schemaTypes';

export interface ComponentCheck {
  component: TemplateComponent;
  schema: ComponentSchema;
  unknownKeys: Array<{ instancePath: string; key: string }>;
  badValues: Array<{ instancePath: string; errors: SchemaError[] }>;
  constraints: Array<{ instancePath: string; constraint: PackerConstraint; errors: SchemaError[] }>;
}

const cache = new WeakMap<AnalysedDocument, ComponentCheck[]>();
const scopedCache = new WeakMap<AnalysedDocument, { scope: CheckScope; checks: ComponentCheck[] }>();

/** Every component's check; with a rule's scope (after an edit), those of the components in it. */
export function checkComponents(document: AnalysedDocument, scope?: CheckScope): ComponentCheck[] {
  const cached =
    scope === undefined
      ? cache.get(document)
      : cache.get(document)?.filter((c) => inScope({ scope }, c.component.node?.range));
  if (cached !== undefined) return cached;
  const scoped = scope === undefined ? undefined : scopedCache.get(document);
  if (scoped !== undefined && scoped.scope === scope) return scoped.checks;
  const checks: ComponentCheck[] = [];
  for (const component of document.components) {
    if (component.node === undefined || component.type === undefined) continue;
    if (!inScope({ scope }, component.node.range)) continue;
    const schema = getComponentSchema(component.kind, component.type);
    if (schema === undefined) continue;
    const errors = validateComponent(component.kind, component.type, sharedPlainValue(component.node));
    checks.push(classify(component, schema, errors));
  }
  if (scope === undefined) cache.set(document, checks);
  else scopedCache.set(document, { scope, checks });
  return checks;
}

function classify(component: TemplateComponent, schema: ComponentSchema, errors: SchemaError[]): ComponentCheck {
  const check: ComponentCheck = { component, schema, unknownKeys: [], badValues: [], constraints: [] };
  const byConstraint = new Map<PackerConstraint, ComponentCheck['constraints'][number]>();
  const byValuePath = new Map<string, ComponentCheck['badValues'][number]>();
  for (const error of errors) {
    // An HCL2 expression's value is unknown until Packer runs: nothing can be said of it.
    if (component.node !== undefined && nodeAtPointer(component.node, error.instancePath).type === 'expression')
      continue;
    const constraint = constraintOf(schema, error);
    if (constraint !== undefined) {
      const group = byConstraint.get(constraint);
      if (group !== undefined) group.errors.push(error);
      else {
        const created = { instancePath: error.instancePath, constraint, errors: [error] };
        byConstraint.set(constraint, created);
        check.constraints.push(created);
      }
      continue;
    }
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty?: unknown }).additionalProperty);
      check.unknownKeys.push({ instancePath: error.instancePath, key });
      continue;
    }
    // Type, enum and format errors: several per value (one per `anyOf` branch), one finding.
    const group = byValuePath.get(error.instancePath);
    if (group !== undefined) group.errors.push(error);
    else {
      const created = { instancePath: error.instancePath, errors: [error] };
      byValuePath.set(error.instancePath, created);
      check.badValues.push(created);
    }
  }
  return check;
}

/** The keys named by an instance path (array indices stepped over). */
function keysOf(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .filter((segment) => !/^\d+$/.test(segment))
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The schema of the setting at an instance path, or of the nearest setting above it (a map's entry). */
export function propertyAt(schema: ComponentSchema, instancePath: string): PropertySchema | undefined {
  const keys = keysOf(instancePath);
  for (let length = keys.length; length > 0; length--) {
    const found = getPropertySchema(schema, keys.slice(0, length));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The settings of the object at an instance path: the component's, or a nested block's. */
export function propertiesAt(
  schema: ComponentSchema,
  instancePath: string,
): Readonly<Record<string, PropertySchema>> | undefined {
  const keys = keysOf(instancePath);
  if (keys.length === 0) return schema.properties;
  const block = getPropertySchema(schema, keys);
  return block === undefined ? undefined : getBlockProperties(schema, block);
}

/** The name of the setting at an instance path, for messages. */
export function keyAt(instancePath: string): string {
  return keysOf(instancePath).pop() ?? '';
}
