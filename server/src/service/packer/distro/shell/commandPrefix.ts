/**
 * Separating the words in front of a command (VAR=value, sudo -u x, env, nohup, timeout 60...)
 * from the command itself, so that `sudo -E apt-get install` is read as apt-get.
 */
import { ownValue } from '../ownValue';
import type { WordToken } from './tokenizer';

const ASSIGNMENT_RE = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;

/** Prefix commands, with those of their options that take a separate argument. */
const PREFIX_OPTION_ARGS: Record<string, Set<string>> = {
  sudo: new Set([
    '-u',
    '-g',
    '-h',
    '-p',
    '-r',
    '-t',
    '-U',
    '-C',
    '-D',
    '-T',
    '-R',
    '--user',
    '--group',
    '--host',
    '--prompt',
    '--role',
    '--type',
    '--other-user',
    '--close-from',
    '--chdir',
    '--command-timeout',
    '--chroot',
  ]),
  doas: new Set(['-u', '-C']),
  env: new Set(['-u', '-C', '-S', '--unset', '--chdir', '--split-string']),
  nice: new Set(['-n', '--adjustment']),
  ionice: new Set(['-c', '-n', '-p', '-t', '--class', '--classdata']),
  timeout: new Set(['-s', '-k', '--signal', '--kill-after']),
  stdbuf: new Set(['-i', '-o', '-e']),
  xargs: new Set([
    '-n',
    '-I',
    '-P',
    '-L',
    '-d',
    '-a',
    '-E',
    '-s',
    '--max-args',
    '--max-procs',
    '--delimiter',
    '--arg-file',
    '--max-lines',
  ]),
  time: new Set(['-f', '-o']),
  nohup: new Set(),
  exec: new Set(['-a']),
  command: new Set(),
  eatmydata: new Set(),
};

/** `/usr/bin/apt-get` is apt-get. */
export function basename(word: string): string {
  const s = word.lastIndexOf('/');
  return s < 0 ? word : word.slice(s + 1);
}

export interface Split {
  prefix: WordToken[];
  command?: WordToken;
  rest: WordToken[];
}

/** Separates the prefix (assignments, sudo, env, nohup...) from the command word and its arguments. */
export function splitPrefix(words: WordToken[]): Split {
  const prefix: WordToken[] = [];
  let i = 0;
  let mode: string | undefined; // the prefix command whose options we are reading
  let timeoutNeedsDuration = false;
  const take = (): void => {
    prefix.push(words[i] as WordToken);
    i++;
  };
  while (i < words.length) {
    const w = words[i] as WordToken;
    const t = w.text;
    if (mode !== undefined) {
      if (t === '--') {
        take();
        mode = undefined;
        continue;
      }
      if (t.startsWith('-') && t.length > 1 && !w.expands) {
        take();
        if (ownValue(PREFIX_OPTION_ARGS, mode)?.has(t) && i < words.length) take();
        continue;
      }
      if (timeoutNeedsDuration) {
        timeoutNeedsDuration = false;
        take();
        continue;
      }
      if ((mode === 'sudo' || mode === 'env' || mode === 'doas') && ASSIGNMENT_RE.test(w.raw)) {
        take();
        continue;
      }
      mode = undefined;
    }
    // VAR=value; $SUDO / ${SUDO}; a {{ .Vars }} template call standing alone before the command.
    if (
      ASSIGNMENT_RE.test(w.raw) ||
      /^\$\{?[A-Za-z_]*sudo[A-Za-z_]*\}?$/i.test(w.raw) ||
      /^\{\{[^]*\}\}$/.test(w.raw)
    ) {
      take();
      continue;
    }
    const name = w.expands ? undefined : basename(t);
    if (name !== undefined && ownValue(PREFIX_OPTION_ARGS, name) !== undefined) {
      if (name === 'command' && /^-[vV]$/.test(words[i + 1]?.text ?? '')) break; // command -v X: a query
      take();
      mode = name;
      timeoutNeedsDuration = name === 'timeout';
      continue;
    }
    break;
  }
  const command = words[i];
  return command ? { prefix, command, rest: words.slice(i + 1) } : { prefix, rest: [] };
}
