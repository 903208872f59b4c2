import type { Intent } from '../intent';
import type { Resolved } from '../resolveItems';
import { words } from './words';

/** apk never asks, so there is no -y to carry. */
export function toApk(intent: Intent, r: Resolved): string[] | undefined {
  const qf = intent.quiet ? '-q' : undefined;
  const list = r.packages.join(' ');
  switch (intent.op) {
    case 'update':
      return [words('apk', qf, 'update')];
    case 'upgrade':
      return [words('apk', qf, 'upgrade', list)];
    case 'install':
      return [words('apk', qf, 'add', intent.refreshFirst && '--update-cache', list)];
    case 'remove':
      return [words('apk', qf, 'del', list)];
    default:
      return undefined;
  }
}
