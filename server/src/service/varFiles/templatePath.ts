/** What a document's template gets from outside (nothing for an unsaved document). */
import { fileURLToPath } from 'node:url';
import type { BuildVariables, ExternalValue } from './buildVariables';

/** The values by variable name. */
export function externalValuesOf(uri: string, build: BuildVariables | undefined): Map<string, ExternalValue[]> {
  if (build === undefined || !uri.startsWith('file:')) return new Map();
  try {
    return build.valuesFor(fileURLToPath(uri));
  } catch {
    return new Map();
  }
}

/** Whether a build passes the template a variable file that cannot be read: then no variable is surely unset. */
export function passesUnreadableVarFile(uri: string, build: BuildVariables | undefined): boolean {
  if (build === undefined || !uri.startsWith('file:')) return false;
  try {
    return build.opaqueVarFile(fileURLToPath(uri)) !== undefined;
  } catch {
    return false;
  }
}
