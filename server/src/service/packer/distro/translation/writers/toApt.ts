import type { Intent } from '../intent';
import type { Resolved } from '../resolveItems';
import { words } from './words';

export function toApt(intent: Intent, r: Resolved): string[] | undefined {
  const y = intent.yes;
  const qf = intent.quiet ? '-q' : undefined;
  const list = r.packages.join(' ');
  switch (intent.op) {
    case 'update':
      return [words('apt-get', qf, 'update')];
    case 'upgrade':
      // Upgrading named packages only is an install in apt's words.
      if (r.packages.length > 0) return [words('apt-get', qf, 'install', '--only-upgrade', y && '-y', list)];
      return [words('apt-get', qf, 'upgrade', y && '-y')];
    case 'install': {
      const update = intent.refreshFirst ? [words('apt-get', qf, 'update')] : [];
      return [
        ...update,
        words('apt-get', qf, 'install', y && '-y', intent.noRecommends && '--no-install-recommends', list),
      ];
    }
    case 'remove':
      return [words('apt-get', qf, 'remove', y && '-y', list)];
    case 'autoremove':
      return [words('apt-get', qf, 'autoremove', y && '-y')];
    case 'clean':
      return [words('apt-get', 'clean')];
  }
}
