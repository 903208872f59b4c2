/**
 * What each manager's verbs do, normalised: `apt update` refreshes the indexes while `yum
 * update` upgrades everything, so the verb alone cannot be compared across managers.
 */
import type { PackageSubcommand } from './types';

export type VerbTable = Readonly<Record<string, PackageSubcommand>>;

export const APT_VERBS: VerbTable = {
  update: 'update',
  upgrade: 'upgrade',
  'dist-upgrade': 'upgrade',
  'full-upgrade': 'upgrade',
  'safe-upgrade': 'upgrade',
  install: 'install',
  reinstall: 'reinstall',
  remove: 'remove',
  purge: 'remove',
  autoremove: 'autoremove',
  'auto-remove': 'autoremove',
  autopurge: 'autoremove',
  clean: 'clean',
  autoclean: 'clean',
  'auto-clean': 'clean',
  list: 'query',
  show: 'query',
  policy: 'query',
  madison: 'query',
  depends: 'query',
  rdepends: 'query',
  showpkg: 'query',
  search: 'search',
  download: 'download',
  source: 'download',
  'build-dep': 'install',
  'mark-hold': 'other',
  hold: 'other',
};

export const YUM_VERBS: VerbTable = {
  install: 'install',
  localinstall: 'install',
  reinstall: 'reinstall',
  update: 'upgrade',
  upgrade: 'upgrade',
  'update-minimal': 'upgrade',
  'upgrade-minimal': 'upgrade',
  'distro-sync': 'upgrade',
  distrosync: 'upgrade',
  makecache: 'update',
  'check-update': 'query',
  'check-upgrade': 'query',
  remove: 'remove',
  erase: 'remove',
  autoremove: 'autoremove',
  clean: 'clean',
  groupinstall: 'groupinstall',
  groupremove: 'groupremove',
  groupupdate: 'upgrade',
  list: 'query',
  info: 'query',
  provides: 'query',
  whatprovides: 'query',
  repolist: 'query',
  search: 'search',
  download: 'download',
  'config-manager': 'repository',
  builddep: 'install',
  module: 'other',
};

export const ZYPPER_VERBS: VerbTable = {
  refresh: 'update',
  ref: 'update',
  update: 'upgrade',
  up: 'upgrade',
  'dist-upgrade': 'upgrade',
  dup: 'upgrade',
  patch: 'upgrade',
  install: 'install',
  in: 'install',
  remove: 'remove',
  rm: 'remove',
  clean: 'clean',
  cc: 'clean',
  search: 'search',
  se: 'search',
  info: 'query',
  if: 'query',
  addrepo: 'repository',
  ar: 'repository',
  removerepo: 'repository',
  rr: 'repository',
};

export const APK_VERBS: VerbTable = {
  update: 'update',
  upgrade: 'upgrade',
  add: 'install',
  del: 'remove',
  cache: 'clean',
  info: 'query',
  search: 'search',
  fetch: 'download',
};

export const SNAP_VERBS: VerbTable = {
  install: 'install',
  remove: 'remove',
  refresh: 'upgrade',
  enable: 'enable',
  disable: 'other',
  list: 'query',
  info: 'query',
  find: 'search',
};

export const EXTRAS_VERBS: VerbTable = {
  install: 'install',
  enable: 'enable',
  disable: 'other',
  list: 'query',
  info: 'query',
};
