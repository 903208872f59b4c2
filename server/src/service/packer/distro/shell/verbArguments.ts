import type { PackageManager } from '../facts/packageManagers';
import { ownValue } from '../ownValue';
import type { Reading } from './arguments';
import type { WordToken } from './tokenizer';
import type { PackageSubcommand } from './types';
import type { VerbTable } from './verbs';

const YUM_LIKE = new Set<PackageManager>(['dnf', 'yum', 'microdnf', 'tdnf']);

/**
 * The verb and its operands for managers whose first operand is the verb. Some verbs take a
 * second word that changes what they do (`dnf group install`, `yum makecache fast`, `apk cache
 * clean`); that word is part of the verb, not a package.
 */
export function readVerb(manager: PackageManager, table: VerbTable, operands: WordToken[], flags: string[]): Reading {
  const first = operands[0];
  if (!first) return { subcommand: undefined, verb: undefined, packageWords: [], flags };
  let verb = first.text;
  let rest = operands.slice(1);
  // dnf group install / yum groups install
  if (YUM_LIKE.has(manager) && (verb === 'group' || verb === 'groups')) {
    const sub = rest[0]?.text;
    rest = rest.slice(1);
    verb = `${verb} ${sub ?? ''}`.trim();
    const kind: PackageSubcommand =
      sub === 'install'
        ? 'groupinstall'
        : sub === 'remove' || sub === 'erase'
          ? 'groupremove'
          : sub === 'update' || sub === 'upgrade'
            ? 'upgrade'
            : 'query';
    return { subcommand: kind, verb, packageWords: rest, flags };
  }
  if ((manager === 'dnf' || manager === 'yum') && verb === 'module') {
    const sub = rest[0]?.text;
    rest = rest.slice(1);
    return { subcommand: 'other', verb: `module ${sub ?? ''}`.trim(), packageWords: rest, flags };
  }
  if (manager === 'yum' && verb === 'makecache' && (rest[0]?.text === 'fast' || rest[0]?.text === 'timer'))
    rest = rest.slice(1);
  // clean's operands are what to clean (all, metadata), not packages.
  if ((manager === 'yum' || manager === 'dnf') && verb === 'clean')
    return { subcommand: 'clean', verb, packageWords: [], flags: [...flags, ...rest.map((r) => r.text)] };
  if (manager === 'apk' && verb === 'cache')
    return {
      subcommand: rest[0]?.text === 'clean' || rest[0]?.text === 'purge' ? 'clean' : 'other',
      verb: `cache ${rest[0]?.text ?? ''}`.trim(),
      packageWords: [],
      flags,
    };
  return { subcommand: ownValue(table, verb) ?? 'other', verb, packageWords: rest, flags };
}
