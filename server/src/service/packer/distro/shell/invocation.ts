/** Turning a simple command into a PackageCommand, when its command word is a package manager. */
import { isPackageManager } from '../facts/packageManagers';
import { readArguments } from './arguments';
import { basename, splitPrefix } from './commandPrefix';
import { isNonInteractive } from './nonInteractive';
import type { SimpleCommand } from './simpleCommands';
import type { WordToken } from './tokenizer';
import type { PackageCommand, ShellWord } from './types';

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh']);

// Callers get plain words, not tokens with the tokenizer's `kind`.
function strip(w: WordToken): ShellWord {
  return { raw: w.raw, text: w.text, start: w.start, end: w.end, expands: w.expands };
}

export function invocationFrom(cmd: SimpleCommand, inList: boolean, script: string): PackageCommand | undefined {
  const split = splitPrefix(cmd.words);
  const word = split.command;
  if (!word || word.expands) return undefined;
  // Only the command word counts: apt or yum inside `[ ... ]` or after `which` never gets here.
  const manager = basename(word.text);
  if (!isPackageManager(manager)) return undefined;
  const reading = readArguments(manager, split.rest);
  const start = (split.prefix[0] ?? word).start;
  const end = (cmd.words[cmd.words.length - 1] as WordToken).end;
  const redirects = cmd.redirects
    .filter((r) => r.op.start > start && r.op.start < end)
    .map((r) => script.slice(r.op.start, r.target ? r.target.end : r.op.end));
  return {
    manager,
    subcommand: reading.subcommand,
    verb: reading.verb,
    packages: reading.packageWords.map((w) => w.text),
    flags: reading.flags,
    nonInteractive: isNonInteractive(manager, reading.flags),
    range: { start, end },
    managerRange: { start: word.start, end: word.end },
    prefix: split.prefix.map(strip),
    args: split.rest.map(strip),
    packageWords: reading.packageWords.map(strip),
    redirects,
    guarded: false,
    inList,
  };
}

/**
 * `sh -c '...'`, `sudo bash -c "..."`, `su -c '...'`: the quoted script, when its offsets map one
 * to one (no escapes inside), so that offsets found in it can be shifted back into the outer script.
 */
export function innerScript(cmd: SimpleCommand): { text: string; offset: number; quote: "'" | '"' } | undefined {
  const split = splitPrefix(cmd.words);
  const name = split.command && !split.command.expands ? basename(split.command.text) : undefined;
  if (name === undefined || (!SHELLS.has(name) && name !== 'su')) return undefined;
  const c = split.rest.findIndex((w) => w.text === '-c' || /^-[a-z]*c$/.test(w.text));
  const arg = c >= 0 ? split.rest[c + 1] : undefined;
  if (!arg) return undefined;
  const raw = arg.raw;
  const q = raw[0];
  if ((q !== "'" && q !== '"') || raw[raw.length - 1] !== q || raw.length < 2) return undefined;
  const inner = raw.slice(1, -1);
  if (q === "'" && inner.includes("'")) return undefined;
  if (q === '"' && /[\\"]/.test(inner)) return undefined;
  return { text: inner, offset: arg.start + 1, quote: q };
}

/** A command found in an inner script, with its offsets moved into the outer one. */
export function shift(c: PackageCommand, offset: number, quote: "'" | '"'): PackageCommand {
  const move = (w: ShellWord): ShellWord => ({ ...w, start: w.start + offset, end: w.end + offset });
  return {
    ...c,
    range: { start: c.range.start + offset, end: c.range.end + offset },
    managerRange: { start: c.managerRange.start + offset, end: c.managerRange.end + offset },
    prefix: c.prefix.map(move),
    args: c.args.map(move),
    packageWords: c.packageWords.map(move),
    quotedIn: quote,
  };
}
