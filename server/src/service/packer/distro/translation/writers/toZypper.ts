import type { Intent } from '../intent';
import type { Resolved } from '../resolveItems';
import { words } from './words';

export function toZypper(intent: Intent, r: Resolved): string[] | undefined {
  const g = intent.quiet ? '-q' : undefined;
  const yf = intent.yes ? '-y' : undefined;
  const list = r.packages.join(' ');
  switch (intent.op) {
    case 'update':
      return [words('zypper', g, 'refresh')];
    case 'upgrade':
      return [words('zypper', g, 'update', yf, list)];
    case 'install': {
      const cmds: string[] = [];
      if (r.buildTools) cmds.push(words('zypper', g, 'install', yf, '-t', 'pattern', 'devel_basis'));
      if (r.packages.length > 0)
        cmds.push(words('zypper', g, 'install', yf, intent.noRecommends && '--no-recommends', list));
      return cmds;
    }
    case 'remove':
      return [words('zypper', g, 'remove', yf, list)];
    case 'autoremove':
      return undefined; // zypper has no autoremove command
    case 'clean':
      return [words('zypper', 'clean', '--all')];
  }
}
