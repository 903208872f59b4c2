/**
 * Reading the words after a manager: options (with their separate arguments), then the verb and
 * its operands. Each manager family has its own options that take an argument, and getting them
 * wrong would read `-o Dpkg::Options::=x` or `--enablerepo epel` as a package.
 */
import { dialectOf, type Dialect, type PackageManager } from '../facts/packageManagers';
import { readFlagOperation } from './flagOperations';
import type { WordToken } from './tokenizer';
import type { PackageSubcommand } from './types';
import { readVerb } from './verbArguments';
import { APK_VERBS, APT_VERBS, EXTRAS_VERBS, SNAP_VERBS, YUM_VERBS, ZYPPER_VERBS, type VerbTable } from './verbs';

export interface Reading {
  subcommand: PackageSubcommand | undefined;
  verb: string | undefined;
  packageWords: WordToken[];
  flags: string[];
}

/** Options that take a separate argument, per dialect. */
const OPTION_ARGS: Partial<Record<Dialect, ReadonlySet<string>>> = {
  apt: new Set([
    '-o',
    '-c',
    '-t',
    '--option',
    '--config-file',
    '--target-release',
    '--default-release',
    '-a',
    '--host-architecture',
  ]),
  yum: new Set([
    '-c',
    '-d',
    '-e',
    '-x',
    '-R',
    '--config',
    '--exclude',
    '--releasever',
    '--installroot',
    '--setopt',
    '--enablerepo',
    '--disablerepo',
    '--repo',
    '--repoid',
    '--downloaddir',
    '--destdir',
    '--forcearch',
  ]),
  zypper: new Set(['-r', '-R', '-t', '--repo', '--root', '--type', '--from', '-c', '--config', '-p', '--plus-repo']),
  apk: new Set([
    '-X',
    '-p',
    '-t',
    '--repository',
    '--root',
    '--virtual',
    '--arch',
    '--cache-dir',
    '--keys-dir',
    '--repositories-file',
  ]),
  pacman: new Set([
    '-b',
    '-r',
    '--dbpath',
    '--root',
    '--cachedir',
    '--config',
    '--arch',
    '--ignore',
    '--ignoregroup',
    '--overwrite',
    '--assume-installed',
  ]),
  snap: new Set(['--channel']),
  rpm: new Set(['--root', '--dbpath', '--define', '-D', '--excludepath', '--relocate', '--predefine']),
  dpkg: new Set(['--root', '--admindir', '--instdir']),
};

/** Dialects whose first operand is a verb (`apt-get install`, `apk add`). */
const VERB_TABLES: Partial<Record<Dialect, VerbTable>> = {
  apt: APT_VERBS,
  yum: YUM_VERBS,
  zypper: ZYPPER_VERBS,
  apk: APK_VERBS,
  snap: SNAP_VERBS,
  extras: EXTRAS_VERBS,
};

/** Options as written ("-o X" kept as one flag with its argument) and the other words. */
function splitOptions(manager: PackageManager, args: WordToken[]): { flags: string[]; operands: WordToken[] } {
  const dialect = dialectOf(manager);
  const takesArg = (dialect && OPTION_ARGS[dialect]) ?? new Set<string>();
  const flags: string[] = [];
  const operands: WordToken[] = [];
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i] as WordToken;
    const t = w.text;
    if (!endOfOptions && t === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && t.startsWith('-') && t.length > 1) {
      const next = args[i + 1];
      if (takesArg.has(t) && next) {
        flags.push(`${t} ${next.text}`);
        i++;
      } else {
        flags.push(t);
      }
      continue;
    }
    operands.push(w);
  }
  return { flags, operands };
}

export function readArguments(manager: PackageManager, args: WordToken[]): Reading {
  const { flags, operands } = splitOptions(manager, args);
  // Tools without verbs: everything after the options is a key or a repository.
  if (manager === 'apt-key') return { subcommand: 'key', verb: operands[0]?.text, packageWords: [], flags };
  if (manager === 'add-apt-repository' || manager === 'yum-config-manager')
    return { subcommand: 'repository', verb: undefined, packageWords: operands, flags };

  const dialect = dialectOf(manager);
  const table = dialect && VERB_TABLES[dialect];
  if (table) {
    const r = readVerb(manager, table, operands, flags);
    if (manager === 'apt-cache' && r.subcommand !== 'search') r.subcommand = 'query';
    if (dialect === 'apt' && r.subcommand === 'install' && flags.includes('--only-upgrade')) r.subcommand = 'upgrade';
    return r;
  }
  return (
    readFlagOperation(manager, operands, flags) ?? {
      subcommand: undefined,
      verb: undefined,
      packageWords: operands,
      flags,
    }
  );
}
