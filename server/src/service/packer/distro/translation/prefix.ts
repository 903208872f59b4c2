/**
 * The words in front of a rewritten command. sudo and env stay; settings only apt reads go when
 * leaving apt (they would only puzzle a reader); DEBIAN_FRONTEND=noninteractive is added when
 * going to apt with -y, since -y alone does not stop debconf from asking questions.
 */
import type { ShellWord } from '../shell/types';

/** Environment settings only apt reads. */
const APT_ENV_RE = /^(?:DEBIAN_FRONTEND|DEBIAN_PRIORITY|DEBCONF_\w+|NEEDRESTART_\w+|APT_\w+|UCF_FORCE_\w+)=/;
const ASSIGNMENT_RE = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;
const ASSIGNING_COMMAND_RE = /(?:^|\/)(?:sudo|env|doas)$/;

function isEnv(word: string): boolean {
  return word === 'env' || word.endsWith('/env');
}

function withoutAptSettings(prefix: ShellWord[]): string[] {
  const words = prefix.filter((w) => !(ASSIGNMENT_RE.test(w.raw) && APT_ENV_RE.test(w.raw))).map((w) => w.raw);
  // `env` left with nothing to set (and no options) goes too.
  const envAt = words.findIndex(isEnv);
  if (envAt >= 0) {
    const envArgs = words.slice(envAt + 1).filter((w) => /^-/.test(w) || ASSIGNMENT_RE.test(w));
    const wasUseful = prefix.some(
      (w) =>
        isEnv(w.raw) &&
        prefix.slice(prefix.indexOf(w) + 1).some((x) => ASSIGNMENT_RE.test(x.raw) && !APT_ENV_RE.test(x.raw)),
    );
    if (envArgs.length === 0 && !wasUseful) words.splice(envAt, 1);
  }
  return words;
}

/** The prefix words to keep, with DEBIAN_FRONTEND added where the shell (or sudo, or env) reads assignments. */
export function rewritePrefix(prefix: ShellWord[], toApt: boolean, wantFrontend: boolean): string[] {
  if (!toApt) return withoutAptSettings(prefix);
  const words = prefix.map((w) => w.raw);
  if (!wantFrontend || prefix.some((w) => /^DEBIAN_FRONTEND=/.test(w.raw))) return words;
  const last = prefix[prefix.length - 1];
  const lastText = last?.raw ?? '';
  const canAssign =
    last === undefined ||
    ASSIGNMENT_RE.test(last.raw) ||
    ASSIGNING_COMMAND_RE.test(lastText) ||
    (prefix.some((w) => ASSIGNING_COMMAND_RE.test(w.raw)) && /^-/.test(lastText));
  words.push(canAssign ? 'DEBIAN_FRONTEND=noninteractive' : 'env DEBIAN_FRONTEND=noninteractive');
  return words;
}
