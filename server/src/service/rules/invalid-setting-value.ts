import { nodeAtPointer, type ValueNode } from '../parsing/tree';
import { checkComponents, keyAt, propertyAt } from '../schema/templateValidation';
import type { PropertySchema, SchemaError } from '../schema/schemaTypes';
import { didYouMean } from '../util/didYouMean';
import type { Fix } from '../types';
import type { Rule } from './rule';

const typeWords: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  bool: 'true or false',
  duration: 'a duration such as "5m" or "1h30m"',
  'list(string)': 'a list of strings',
  'list(number)': 'a list of numbers',
  'list(list(string))': 'a list of lists of strings',
  'map(string)': 'an object of strings',
  'list(map(string))': 'a list of objects of strings',
  'map(list(string))': 'an object of lists of strings',
  block: 'an object',
};

export const invalidSettingValue: Rule = {
  meta: {
    id: 'invalid-setting-value',
    description: 'A value of the wrong type, or not one of the allowed values.',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
  },
  check(context) {
    for (const check of checkComponents(context.document, context.scope)) {
      const root = check.component.node;
      if (root === undefined) continue;
      for (const bad of check.badValues) {
        const node = nodeAtPointer(root, bad.instancePath);
        const schema = propertyAt(check.schema, bad.instancePath);
        const key = keyAt(bad.instancePath);
        const allowed = allowedValues(bad.errors, schema);
        const fixes: Fix[] = [];
        let message: string;
        if (allowed !== undefined && node.type === 'string') {
          const suggestion = didYouMean(node.value, allowed);
          message = `"${node.value}" is not a valid value for "${key}": use one of ${allowed.map((a) => `"${a}"`).join(', ')}.`;
          if (suggestion !== undefined) {
            fixes.push({
              title: `Change to "${suggestion}"`,
              isPreferred: true,
              edits: [context.document.edits.replaceValue(node, suggestion)],
            });
          }
        } else if (node.type === 'string' && lengthLimits(bad.errors) !== undefined) {
          message = `"${key}" must be ${lengthLimits(bad.errors) ?? ''} long; "${node.value}" has ${node.value.length}.`;
        } else {
          const expected = typeWords[schema?.['x-packer-type'] ?? ''] ?? 'another kind of value';
          message = `"${key}" expects ${expected}, not ${describeValue(node)}.`;
        }
        context.report({ range: node.range, message, ...(fixes.length > 0 && { fixes }) });
      }
    }
  },
};

function allowedValues(errors: SchemaError[], schema: PropertySchema | undefined): string[] | undefined {
  const enumError = errors.find((e) => e.keyword === 'enum');
  const values = (enumError?.params as { allowedValues?: unknown[] } | undefined)?.allowedValues ?? schema?.enum;
  return values?.filter((v): v is string => typeof v === 'string');
}

/** "at least 3 characters" / "at most 128 characters", from ajv's length errors. */
function lengthLimits(errors: SchemaError[]): string | undefined {
  const error = errors.find((e) => e.keyword === 'minLength' || e.keyword === 'maxLength');
  const limit = (error?.params as { limit?: unknown } | undefined)?.limit;
  if (error === undefined || typeof limit !== 'number') return undefined;
  return `${error.keyword === 'minLength' ? 'at least' : 'at most'} ${limit} characters`;
}

function describeValue(node: ValueNode): string {
  switch (node.type) {
    case 'string':
      return `the string "${node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value}"`;
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    default:
      return String(node.value);
  }
}
