/**
 * What each option of a source command means for the rewrite. An option missing from these
 * tables may change what the command does, so its command is not rewritten at all.
 */
import { dialectOf, type Dialect, type PackageManager } from '../facts/packageManagers';

/** yes/quiet/noRecommends are carried over in the target's words; drop means it has no effect worth keeping. */
export type FlagRule = 'yes' | 'quiet' | 'quietYes' | 'noRecommends' | 'drop';
type FlagTable = Readonly<Record<string, FlagRule>>;

const APT_FLAGS: FlagTable = {
  '-y': 'yes',
  '--yes': 'yes',
  '--assume-yes': 'yes',
  '--force-yes': 'yes',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '-qq': 'quietYes',
  '-q=2': 'quietYes',
  '--quiet=2': 'quietYes',
  '-qy': 'quietYes',
  '-yq': 'quietYes',
  '-yqq': 'quietYes',
  '-qqy': 'quietYes',
  '--no-install-recommends': 'noRecommends',
  '--no-install-suggests': 'drop',
  '--fix-missing': 'drop',
  '-f': 'drop',
  '--fix-broken': 'drop',
  '-m': 'drop',
  '--ignore-missing': 'drop',
  '--allow-unauthenticated': 'drop',
  '--allow-downgrades': 'drop',
  '--allow-remove-essential': 'drop',
  '--allow-change-held-packages': 'drop',
  '--no-upgrade': 'drop',
  '--only-upgrade': 'drop',
  '-V': 'drop',
  '--verbose-versions': 'drop',
  '--show-progress': 'drop',
  '--purge': 'drop',
  '--auto-remove': 'drop',
  '--autoremove': 'drop',
};

const YUM_FLAGS: FlagTable = {
  '-y': 'yes',
  '--assumeyes': 'yes',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '-qy': 'quietYes',
  '-yq': 'quietYes',
  '--nogpgcheck': 'drop',
  '--allowerasing': 'drop',
  '--best': 'drop',
  '--nobest': 'drop',
  '--skip-broken': 'drop',
  '--noplugins': 'drop',
  '--color=never': 'drop',
  '--tolerant': 'drop',
  '--setopt=install_weak_deps=False': 'noRecommends',
  '--setopt=install_weak_deps=false': 'noRecommends',
  '--setopt=install_weak_deps=0': 'noRecommends',
  '--setopt install_weak_deps=False': 'noRecommends',
  '--setopt install_weak_deps=0': 'noRecommends',
};

const ZYPPER_FLAGS: FlagTable = {
  '-n': 'yes',
  '--non-interactive': 'yes',
  '-y': 'yes',
  '--no-confirm': 'yes',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '--no-recommends': 'noRecommends',
  '--gpg-auto-import-keys': 'drop',
  '-l': 'drop',
  '--auto-agree-with-licenses': 'drop',
  '--no-gpg-checks': 'drop',
};

const APK_FLAGS: FlagTable = {
  '-q': 'quiet',
  '--quiet': 'quiet',
  '--no-cache': 'drop',
  '-v': 'drop',
  '--verbose': 'drop',
  '--no-progress': 'drop',
  '--progress': 'drop',
  '-U': 'drop', // handled as refreshFirst
  '--update-cache': 'drop',
};

const PACMAN_FLAGS: FlagTable = {
  '--noconfirm': 'yes',
  '--needed': 'drop',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '--noprogressbar': 'drop',
};

const EXTRAS_FLAGS: FlagTable = { '-y': 'yes', '--yes': 'yes', '-q': 'quiet' };

const FLAGS_OF_DIALECT: Partial<Record<Dialect, FlagTable>> = {
  apt: APT_FLAGS,
  yum: YUM_FLAGS,
  zypper: ZYPPER_FLAGS,
  apk: APK_FLAGS,
  pacman: PACMAN_FLAGS,
  extras: EXTRAS_FLAGS,
};

export function flagTable(manager: PackageManager): FlagTable | undefined {
  const dialect = dialectOf(manager);
  return dialect && FLAGS_OF_DIALECT[dialect];
}
