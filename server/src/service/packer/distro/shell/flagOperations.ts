/**
 * Managers whose operation is an option rather than a verb: `pacman -Syu`, `rpm -ivh`,
 * `dpkg -i`. The option both says what happens and is reported as the verb.
 */
import type { PackageManager } from '../facts/packageManagers';
import type { Reading } from './arguments';
import type { WordToken } from './tokenizer';
import type { PackageSubcommand } from './types';

function readPacman(operands: WordToken[], flags: string[]): Reading {
  const op = flags.find((f) => /^-[A-Z]/.test(f) || /^--(?:sync|remove|upgrade|query|database|files)$/.test(f));
  const letters = op ?? '';
  // Modifier letters after the operation: -Syu upgrades, -Sc cleans, -Ss searches, -Sy alone refreshes.
  const modifiers = letters.slice(2);
  let sub: PackageSubcommand = 'other';
  if (/^-S/.test(letters) || letters === '--sync') {
    if (/u/.test(modifiers)) sub = 'upgrade';
    else if (/c/.test(modifiers)) sub = 'clean';
    else if (/s/.test(modifiers)) sub = 'search';
    else if (/y/.test(modifiers) && operands.length === 0) sub = 'update';
    else sub = 'install';
  } else if (/^-R/.test(letters) || letters === '--remove') sub = 'remove';
  else if (/^-U/.test(letters) || letters === '--upgrade') sub = 'install';
  else if (/^-Q/.test(letters) || letters === '--query') sub = 'query';
  return { subcommand: op ? sub : undefined, verb: op, packageWords: operands, flags: flags.filter((f) => f !== op) };
}

function readRpm(operands: WordToken[], flags: string[]): Reading {
  const op = flags.find((f) => /^-[a-zA-Z]/.test(f) || f.startsWith('--'));
  let sub: PackageSubcommand | undefined;
  // --import wins wherever it stands; otherwise the first operation letter does.
  for (const f of flags) {
    if (f === '--import') sub = 'key';
    else if (/^-[a-zA-Z]*[iU]/.test(f) || f === '--install' || f === '--upgrade' || f === '-F' || f === '--freshen')
      sub = sub ?? 'install';
    else if (/^-[a-zA-Z]*e/.test(f) || f === '--erase') sub = sub ?? 'remove';
    else if (
      /^-[a-zA-Z]*q/.test(f) ||
      f === '--query' ||
      /^-V/.test(f) ||
      f === '--verify' ||
      f === '--checksig' ||
      /^-K/.test(f)
    )
      sub = sub ?? 'query';
  }
  return { subcommand: sub ?? (op ? 'other' : undefined), verb: op, packageWords: operands, flags };
}

function readDpkg(operands: WordToken[], flags: string[]): Reading {
  let sub: PackageSubcommand | undefined;
  let verb: string | undefined;
  for (const f of flags) {
    if (/^-[a-zA-Z]*i$/.test(f) || f === '--install' || f === '--unpack') sub = 'install';
    else if (/^-[rP]$/.test(f) || f === '--remove' || f === '--purge') sub = 'remove';
    else if (
      /^-[lLsSp]$/.test(f) ||
      /^--(?:list|listfiles|status|search|get-selections|print-architecture|print-foreign-architectures|compare-versions)$/.test(
        f,
      ) ||
      f.startsWith('--print')
    )
      sub = 'query';
    else if (
      f === '--configure' ||
      f === '--add-architecture' ||
      f === '--set-selections' ||
      f === '--clear-selections'
    )
      sub = 'other';
    else continue;
    verb = f;
    break;
  }
  return { subcommand: sub, verb, packageWords: operands, flags };
}

/** The reading for pacman, rpm and dpkg; undefined for managers that use verbs. */
export function readFlagOperation(
  manager: PackageManager,
  operands: WordToken[],
  flags: string[],
): Reading | undefined {
  switch (manager) {
    case 'pacman':
      return readPacman(operands, flags);
    case 'rpm':
      return readRpm(operands, flags);
    case 'dpkg':
      return readDpkg(operands, flags);
    default:
      return undefined;
  }
}
