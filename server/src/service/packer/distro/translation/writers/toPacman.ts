import type { Intent } from '../intent';
import type { Resolved } from '../resolveItems';
import { words } from './words';

export function toPacman(intent: Intent, r: Resolved): string[] | undefined {
  const nc = intent.yes ? '--noconfirm' : undefined;
  const list = r.packages.join(' ');
  switch (intent.op) {
    case 'update':
      return ['pacman -Sy'];
    case 'upgrade':
      // Arch does not support partial upgrades.
      if (r.packages.length > 0) return undefined;
      return [words('pacman', '-Syu', nc)];
    case 'install':
      return [words('pacman', intent.refreshFirst ? '-Sy' : '-S', nc, '--needed', list)];
    case 'remove':
      return [words('pacman', '-R', nc, list)];
    case 'clean':
      return [words('pacman', '-Sc', nc)];
    default:
      return undefined;
  }
}
