import type { Intent } from '../intent';
import type { Resolved } from '../resolveItems';
import type { Target } from '../targets';
import { toApk } from './toApk';
import { toApt } from './toApt';
import { toPacman } from './toPacman';
import { toYum } from './toYum';
import { toZypper } from './toZypper';

/** The commands that do `intent` with the target's tool, in order; undefined when it has no equivalent. */
export function writeCommands(
  intent: Intent,
  r: Resolved,
  to: Target,
  quotedIn: "'" | '"' | undefined,
): string[] | undefined {
  let cmds: string[] | undefined;
  switch (to.tool) {
    case 'apt-get':
      cmds = toApt(intent, r);
      break;
    case 'yum':
    case 'dnf':
    case 'tdnf':
      cmds = toYum(to.tool, intent, r, quotedIn);
      break;
    case 'zypper':
      cmds = toZypper(intent, r);
      break;
    case 'apk':
      cmds = toApk(intent, r);
      break;
    case 'pacman':
      cmds = toPacman(intent, r);
      break;
  }
  return cmds && cmds.length > 0 ? cmds : undefined;
}
