import type { Intent } from '../intent';
import { MINIMAL_CONFLICTS } from '../packageNames';
import type { Resolved } from '../resolveItems';
import { words } from './words';

/** A group name with a space must be quoted, with the quote the enclosing `sh -c '...'` does not use. */
function quoteGroup(name: string, quotedIn: "'" | '"' | undefined): string {
  if (!/\s/.test(name)) return name;
  if (quotedIn === '"') return `'${name}'`;
  return `"${name}"`;
}

/** yum, dnf and tdnf, which share their verbs except for the few noted. */
export function toYum(
  tool: 'yum' | 'dnf' | 'tdnf',
  intent: Intent,
  r: Resolved,
  quotedIn: "'" | '"' | undefined,
): string[] | undefined {
  const y = intent.yes;
  const qf = intent.quiet ? '-q' : undefined;
  const list = r.packages.join(' ');
  switch (intent.op) {
    case 'update':
      return [words(tool, qf, 'makecache')];
    case 'upgrade':
      return [words(tool, qf, tool === 'yum' ? 'update' : 'upgrade', y && '-y', list)];
    case 'install': {
      const cmds: string[] = [];
      if (r.topics.length > 0) cmds.push(words('amazon-linux-extras', 'install', y && '-y', r.topics.join(' ')));
      if (r.buildTools) {
        if (tool === 'tdnf') return undefined; // tdnf has no groups
        const group = quoteGroup('Development Tools', quotedIn);
        cmds.push(
          tool === 'yum'
            ? words('yum', qf, 'groupinstall', y && '-y', group)
            : words('dnf', qf, 'group', 'install', y && '-y', group),
        );
      }
      if (r.packages.length > 0) {
        const erasing =
          tool === 'dnf' && r.packages.some((p) => MINIMAL_CONFLICTS.has(p)) ? '--allowerasing' : undefined;
        const weak = tool === 'dnf' && intent.noRecommends ? '--setopt=install_weak_deps=False' : undefined;
        cmds.push(words(tool, qf, 'install', y && '-y', erasing, weak, list));
      }
      return cmds;
    }
    case 'remove':
      // Extras topics and groups are not removed the way they are installed.
      if (r.topics.length > 0 || r.buildTools) return undefined;
      return [words(tool, qf, 'remove', y && '-y', list)];
    case 'autoremove':
      if (tool === 'tdnf') return undefined;
      return [words(tool, qf, 'autoremove', y && '-y')];
    case 'clean':
      return [words(tool, 'clean', 'all')];
  }
}
