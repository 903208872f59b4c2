/** What a document's template gets from outside (nothing for an unsaved document). */
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
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

/** For completion: each variable the builds set, with the first place that sets it ("set by vars.json"). */
export function setOutside(uri: string, build: BuildVariables): ReadonlyMap<string, string> {
  const described = new Map<string, string>();
  for (const [name, values] of externalValuesOf(uri, build)) {
    const first = values[0];
    if (first === undefined) continue;
    described.set(name, first.varFile !== undefined ? `set by ${path.basename(first.varFile)}` : 'set with -var');
  }
  return described;
}
