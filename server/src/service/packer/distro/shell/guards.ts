/**
 * Recognising commands that test which system the script runs on (`[ -f /etc/debian_version ]`,
 * `command -v yum`, `grep -q ubuntu /etc/os-release`): the package commands in the same list,
 * or after an exit they guard, are the script choosing its tool on purpose.
 */
import { basename, splitPrefix } from './commandPrefix';
import { isDistroText } from './distroText';
import type { SimpleCommand } from './simpleCommands';
import type { WordToken } from './tokenizer';

const TEST_COMMANDS = new Set(['[', '[[', 'test', 'which', 'type', 'hash', 'grep', 'egrep', 'lsb_release', 'uname']);

/** The command word of a simple command, after its prefix. */
export function commandName(cmd: SimpleCommand): { name: string | undefined; args: WordToken[] } {
  const split = splitPrefix(cmd.words);
  if (split.command && !split.command.expands) return { name: basename(split.command.text), args: split.rest };
  if (!split.command && cmd.words.length > 0) {
    // `command -v apt-get` stops the prefix reader at `command`
    const i = cmd.words.findIndex((w) => w.text === 'command');
    if (i >= 0) return { name: 'command', args: cmd.words.slice(i + 1) };
  }
  return { name: undefined, args: split.rest };
}

export function isDistroTest(cmd: SimpleCommand, script: string): boolean {
  const { name, args } = commandName(cmd);
  if (name === undefined) return false;
  const isTest = TEST_COMMANDS.has(name) || (name === 'command' && /^-[vV]$/.test(args[0]?.text ?? ''));
  if (!isTest) return false;
  const first = cmd.words[0];
  const last = cmd.words[cmd.words.length - 1];
  const lastRedirect = cmd.redirects[cmd.redirects.length - 1];
  const end = Math.max(last?.end ?? 0, lastRedirect?.target?.end ?? 0);
  return isDistroText(script.slice(first?.start ?? 0, end));
}
