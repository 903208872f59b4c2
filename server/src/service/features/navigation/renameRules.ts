/**
 * Whether a new name can be written everywhere the old one stands: it must be a name Packer
 * accepts there, and must not make two declarations one.
 */
import type { NavigationTarget, Occurrence } from './occurrences';

/** HCL's identifier rule: a letter or underscore, then letters, digits, underscores and dashes. */
const HCL_IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

/** A legacy builder name is any JSON string: refuse only what would need escaping or confuse `-only`. */
const BUILDER_NAME = /^[^\s"\\`\u0000-\u001f,](?:[^"\\`\u0000-\u001f,]*[^\s"\\`\u0000-\u001f,])?$/u;

const WHAT: Record<NavigationTarget['kind'], string> = {
  variable: 'variable',
  local: 'local value',
  source: 'source',
  data: 'data source',
  'template-variable': 'variable',
  builder: 'builder',
};

function describeTarget(target: NavigationTarget): string {
  const name = 'type' in target ? `${target.type}.${target.name}` : target.name;
  return `${WHAT[target.kind]} "${name}"`;
}

/** Why `newName` cannot replace the target's name, or undefined when it can. */
export function renameRefusal(
  target: NavigationTarget,
  newName: string,
  occurrences: Occurrence[],
): string | undefined {
  if (target.kind === 'builder') {
    if (!BUILDER_NAME.test(newName))
      return `"${newName}" cannot name a builder: use a name without quotes, backslashes, backticks, commas or surrounding spaces.`;
  } else if (!HCL_IDENTIFIER.test(newName)) {
    return `"${newName}" is not a valid ${WHAT[target.kind]} name: start with a letter or underscore, then use letters, digits, underscores or dashes.`;
  }
  if (newName === target.name) return undefined;
  const renamed: NavigationTarget = { ...target, name: newName };
  const clash = occurrences.find(
    (o) =>
      o.role === 'declaration' &&
      o.target.kind === renamed.kind &&
      o.target.name === newName &&
      (!('type' in renamed) || ('type' in o.target && o.target.type === renamed.type)),
  );
  if (clash !== undefined)
    return `There is already a ${describeTarget(clash.target)} (${fileName(clash.uri)}): choose another name.`;
  return undefined;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
