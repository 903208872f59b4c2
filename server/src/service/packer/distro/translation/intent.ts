/**
 * What a source command means, apart from how its tool spells it: the operation, the packages,
 * and the options that must survive the rewrite (-y, quiet, no recommends).
 */
import { ownValue } from '../ownValue';
import type { PackageCommand, ShellWord } from '../shell/types';
import { flagTable } from './flags';
import { sourceSide, type SourceSide } from './targets';

export type Op = 'update' | 'upgrade' | 'install' | 'remove' | 'autoremove' | 'clean';

export interface Item {
  /** The name as read (unquoted). */
  name: string;
  /** The word as written in the script (quotes kept), for names carried over unchanged. */
  written: string;
  /** As written, when it holds an expansion ($PKGS, {{user `x`}}) that must be copied verbatim. */
  raw?: string;
  group?: boolean;
  topic?: boolean;
}

export interface Intent {
  op: Op;
  items: Item[];
  yes: boolean;
  quiet: boolean;
  noRecommends: boolean;
  /** apk add -U / pacman -Sy X: refresh the indexes first. */
  refreshFirst: boolean;
}

/** Verbs that look like a common operation but mean more than it (a local file, a source build, a minimal upgrade). */
const SPECIAL_VERBS =
  /^(?:localinstall|build-dep|builddep|update-minimal|upgrade-minimal|distro-sync|distrosync|patch|groupupdate|safe-upgrade)$/;

function isZypperPattern(flag: string): boolean {
  return flag === '-t pattern' || flag === '--type pattern';
}

/** A package argument we can carry over: a plain name, a glob, or an expansion copied verbatim. */
function readItem(word: ShellWord, side: SourceSide): Item | undefined {
  const name = word.text;
  if (word.expands) {
    // A whole-word variable ($PKGS, "${packages[@]}", {{user `pkgs`}}) is carried over as written.
    return { name, written: word.raw, raw: word.raw };
  }
  if (name === '') return undefined;
  if (/^[./~]/.test(name) || /\.(?:deb|rpm|apk)$/i.test(name) || /^[a-z]+:\/\//i.test(name)) return undefined; // files and URLs
  if (side === 'deb' && /[=/]/.test(name)) return undefined; // pkg=1.2-3, pkg/bookworm-backports
  if ((side === 'rpm' || side === 'suse') && /[<>=]/.test(name)) return undefined;
  if (side === 'alpine' && /[<>=~@]/.test(name)) return undefined;
  if (side === 'extras') return { name: name.replace(/=.*$/, ''), written: word.raw, topic: true };
  if (side === 'rpm' && name.startsWith('@')) return { name: name.slice(1), written: word.raw, group: true };
  return { name, written: word.raw };
}

/** The options' part of the intent; false when an option may change the meaning. */
function readFlags(c: PackageCommand, side: SourceSide, intent: Intent): boolean {
  const table = flagTable(c.manager);
  if (table === undefined) return false;
  for (const flag of c.flags) {
    if (c.manager === 'apk' && (flag === '-U' || flag === '--update-cache')) intent.refreshFirst = true;
    if (c.manager === 'zypper' && isZypperPattern(flag)) continue; // read with the packages
    const rule = ownValue(table, flag);
    if (rule === undefined) {
      // A yum/dnf `clean` target, an apt -o setting or a -y bundled with others are harmless; anything else may change the meaning.
      if (/^(?:-o|--option) /.test(flag) && side === 'deb') continue;
      if (side === 'rpm' && /^(?:-[de] ?\d+|--(?:debuglevel|errorlevel)[= ]\d+)$/.test(flag)) continue;
      if (c.subcommand === 'clean' && /^(?:all|metadata|packages|dbcache|expire-cache|headers)$/.test(flag)) continue;
      return false;
    }
    if (rule === 'yes') intent.yes = true;
    else if (rule === 'quiet') intent.quiet = true;
    else if (rule === 'quietYes') {
      intent.quiet = true;
      intent.yes = true;
    } else if (rule === 'noRecommends') intent.noRecommends = true;
  }
  // apk asks only when told to; the command reader already knows.
  if (c.manager === 'apk') intent.yes = c.nonInteractive;
  return true;
}

function opOf(c: PackageCommand): Op | undefined {
  switch (c.subcommand) {
    case 'update':
    case 'upgrade':
    case 'install':
    case 'remove':
    case 'autoremove':
    case 'clean':
      return c.subcommand;
    case 'groupinstall':
      return 'install';
    default:
      return undefined;
  }
}

/** pacman's operation letters: -Sy before an install refreshes first; -Su with packages is a partial upgrade. */
function readPacmanOp(c: PackageCommand, intent: Intent): boolean {
  const letters = c.verb ?? '';
  if (/^-S[yu]*$/.test(letters) && /y/.test(letters) && c.subcommand === 'install') intent.refreshFirst = true;
  if (/^-S/.test(letters) && /u/.test(letters) && c.packages.length > 0) return false;
  return /^-(?:S[yuc]*|R[sn]*)$/.test(letters);
}

export function readIntent(c: PackageCommand): Intent | undefined {
  const side = sourceSide(c.manager);
  if (side === undefined) return undefined;
  const intent: Intent = {
    op: 'install',
    items: [],
    yes: false,
    quiet: false,
    noRecommends: false,
    refreshFirst: false,
  };
  if (!readFlags(c, side, intent)) return undefined;
  const op = opOf(c);
  if (op === undefined) return undefined;
  intent.op = op;
  if (SPECIAL_VERBS.test(c.verb ?? '')) return undefined;
  if (c.manager === 'pacman' && !readPacmanOp(c, intent)) return undefined;
  if (side === 'extras' && c.subcommand !== 'install') return undefined;

  const isGroup = c.subcommand === 'groupinstall' || (c.manager === 'zypper' && c.flags.some(isZypperPattern));
  for (const w of c.packageWords) {
    const item = readItem(w, side);
    if (!item) return undefined;
    if (isGroup) {
      if (item.raw !== undefined) return undefined;
      item.group = true;
    }
    intent.items.push(item);
  }
  if ((intent.op === 'install' || intent.op === 'remove') && intent.items.length === 0) return undefined;
  if ((intent.op === 'update' || intent.op === 'autoremove' || intent.op === 'clean') && intent.items.length > 0)
    return undefined;
  return intent;
}
