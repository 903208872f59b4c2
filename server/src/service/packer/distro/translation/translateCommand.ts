/**
 * Rewrites a package-manager invocation for another distribution family, the way someone who
 * knows both would: `apt update` refreshes indexes, so it becomes `yum makecache` (not `yum
 * update`, which upgrades everything); `apt install -y nginx` on Amazon Linux 2 becomes
 * `amazon-linux-extras install -y nginx1`; package names that differ are renamed (apache2 and
 * httpd, build-essential and the "Development Tools" group...). Where no faithful rewrite exists
 * (dpkg -i x.deb, add-apt-repository, snap, unknown options) the answer is undefined.
 */
import type { DistroFamily, ImageFamilyGuess } from '../facts/families';
import type { PackageCommand } from '../shell/types';
import { readIntent } from './intent';
import { rewritePrefix } from './prefix';
import { resolveItems } from './resolveItems';
import { sourceSide, targetOf } from './targets';
import { writeCommands } from './writers/writeCommands';

/**
 * `command` (found in `source` by findPackageManagerCommands) rewritten for `target`: the text
 * to put in place of `source.slice(command.range.start, command.range.end)`. Keeps sudo and other
 * prefixes (DEBIAN_FRONTEND and other apt-only settings go when leaving apt; DEBIAN_FRONTEND is
 * added when going to apt without a question to ask), keeps -y (non-interactive stays so), keeps
 * quiet and no-recommends. Undefined when there is no faithful rewrite.
 */
export function translateCommand(
  command: PackageCommand,
  source: string,
  target: ImageFamilyGuess | DistroFamily,
): string | undefined {
  const to = targetOf(target);
  if (!to) return undefined;
  const from = sourceSide(command.manager);
  if (from === undefined) return undefined;
  const intent = readIntent(command);
  if (!intent) return undefined;
  // Sanity: the command's words still match the source text (offsets from another string?).
  if (source.slice(command.managerRange.start, command.managerRange.end).replace(/^.*\//, '') !== command.manager)
    return undefined;

  const resolved = resolveItems(intent, from, to);
  const commands = resolved && writeCommands(intent, resolved, to, command.quotedIn);
  if (!commands) return undefined;

  const toApt = to.tool === 'apt-get';
  const wantFrontend =
    toApt &&
    intent.yes &&
    (intent.op === 'install' || intent.op === 'upgrade' || intent.op === 'remove' || intent.op === 'autoremove');
  const prefix = rewritePrefix(command.prefix, toApt, wantFrontend);
  // Only the apt-get install after an `apt-get update` needs DEBIAN_FRONTEND.
  const plainPrefix = rewritePrefix(command.prefix, toApt, false);
  const redirects = command.redirects.length > 0 ? ` ${command.redirects.join(' ')}` : '';

  const parts = commands.map((cmd, i) => {
    const isLast = i === commands.length - 1;
    const words = /^apt-get(?: -q)? update$/.test(cmd) && !isLast ? plainPrefix : prefix;
    return [...words, cmd].join(' ') + redirects;
  });
  if (parts.length === 1) return parts[0];
  const chain = parts.join(' && ');
  return command.inList ? `{ ${chain}; }` : chain;
}
