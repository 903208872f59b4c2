/** The values a document's template gets from outside, by variable name (none for an unsaved document). */
import { fileURLToPath } from 'node:url';
import type { BuildVariables, ExternalValue } from './buildVariables';

export function externalValuesOf(uri: string, build: BuildVariables | undefined): Map<string, ExternalValue[]> {
  if (build === undefined || !uri.startsWith('file:')) return new Map();
  try {
    return build.valuesFor(fileURLToPath(uri));
  } catch {
    return new Map();
  }
}
