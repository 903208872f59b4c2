/**
 * Finds package-manager invocations (apt, yum, dnf, apk, zypper...) in a shell command line or
 * script, with their offsets, so that a rule can check them against the image's distribution and
 * rewrite them. A small shell reader, not a full parser: it knows quotes, `\` line continuations,
 * comments, here-documents, `$(...)`, `${...}`, back-quotes and Packer's `{{ ... }}`, the command
 * separators, `if`/`case`/loops/functions, and the usual prefixes (sudo, env, VAR=value...).
 *
 * This module is the entry point the rules import; the reader lives in ./shell.
 */
export type { PackageManager } from './facts/packageManagers';
export { findPackageManagerCommands } from './shell/findCommands';
export { managersInstalledBy } from './shell/installedManagers';
export type { FindOptions, OffsetRange, PackageCommand, PackageSubcommand, ShellWord } from './shell/types';
