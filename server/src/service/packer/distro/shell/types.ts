import type { PackageManager } from '../facts/packageManagers';

export interface OffsetRange {
  start: number;
  end: number;
}

/** One shell word as written. */
export interface ShellWord {
  /** The source text, quotes included. */
  raw: string;
  /** The value with quotes and escapes removed; expansions (`$X`, `$(...)`, `{{...}}`) kept as written. */
  text: string;
  start: number;
  end: number;
  /** Holds an expansion whose value cannot be known here. */
  expands: boolean;
}

export type PackageSubcommand =
  | 'update' // refresh the package indexes (apt update, yum makecache, apk update, zypper refresh)
  | 'upgrade' // upgrade installed packages (apt upgrade/dist-upgrade, yum update, dnf upgrade...)
  | 'install'
  | 'reinstall'
  | 'remove'
  | 'autoremove'
  | 'clean'
  | 'groupinstall'
  | 'groupremove'
  | 'enable' // amazon-linux-extras enable, snap enable
  | 'query' // rpm -q, dpkg -l, apt list, yum info...
  | 'search'
  | 'download'
  | 'repository' // add-apt-repository, yum-config-manager, dnf config-manager...
  | 'key' // apt-key, rpm --import
  | 'other';

export interface PackageCommand {
  manager: PackageManager;
  /** What the invocation does, normalised across managers; undefined when there is no verb. */
  subcommand: PackageSubcommand | undefined;
  /** The verb as written: "dist-upgrade", "in", "-Syu", "makecache", "-i"... */
  verb: string | undefined;
  /** Package (or topic, group, file) arguments, unquoted. */
  packages: string[];
  /** Options as written; an option's separate argument follows it after a space: "-o Dpkg::Options::=--force-confold". */
  flags: string[];
  /** Will not stop to ask (-y, --assumeyes, --noconfirm, -n, -qq; apk never asks). */
  nonInteractive: boolean;
  /** Offsets in the input of the whole invocation, sudo/env prefix included (trailing redirections excluded). */
  range: OffsetRange;
  /** Offsets of the manager word. */
  managerRange: OffsetRange;
  /** The words before the manager: sudo and its options, env, VAR=value, nohup, xargs... */
  prefix: ShellWord[];
  /** The words after the manager, in order (options, verb, packages). */
  args: ShellWord[];
  /** The words among `args` that are packages. */
  packageWords: ShellWord[];
  /** Redirections that sit inside `range` (before the last word), as written. */
  redirects: string[];
  /**
   * Inside an `if`/`case` branch, a function body, or an `&&`/`||` list with a test (`[ -f
   * /etc/debian_version ] && apt-get ...`, `command -v yum || apt-get ...`), or after such a
   * guarded `exit`: the script may be choosing its package manager by distribution.
   */
  guarded: boolean;
  /** Part of an `&&`, `||` or `|` chain: a replacement of several commands needs `{ ...; }`. */
  inList: boolean;
  /** Set when the invocation sits inside a quoted `sh -c '...'` argument: the quote used. */
  quotedIn?: "'" | '"';
}

export interface FindOptions {
  /**
   * Also return guarded invocations (see PackageCommand.guarded). Off by default: a script that
   * picks apt or yum after testing the system is not wrong, and a rule should not flag it.
   */
  includeGuarded?: boolean;
}
