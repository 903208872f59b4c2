/**
 * Text that looks at which system this is: release files, package tools, distribution names,
 * variables such as $ID or $OS_FAMILY, uname. A condition or list holding such text is the script
 * choosing its package manager, so the commands it guards are not mistakes.
 */
const DISTRO_TEST_RE = new RegExp(
  [
    'os-release',
    'debian_version',
    '(?:redhat|system|centos|fedora|rocky|almalinux|oracle|SuSE|alpine|arch)-release',
    'lsb[-_]release',
    '/etc/issue',
    '/etc/image-id',
    '\\buname\\b',
    '\\b(?:apt|apt-get|aptitude|yum|dnf|microdnf|tdnf|zypper|apk|pacman|dpkg|rpm|amazon-linux-extras|snap)\\b',
    'ubuntu|debian|centos|rhel|red ?hat|fedora|amzn|amazon|suse|sles|alpine|rocky|alma|oracle|photon|arch ?linux|windows|darwin|macos|freebsd',
  ].join('|'),
  'i',
);

/** Parts of variable names that say "which system": $ID, $OS_FAMILY, ${var.distro}, $PKG_MGR... */
const DISTRO_VARIABLE_PARTS = new Set([
  'id',
  'os',
  'ostype',
  'osfamily',
  'distro',
  'distrib',
  'dist',
  'distribution',
  'platform',
  'family',
  'flavor',
  'flavour',
  'mgr',
  'manager',
  'pm',
  'release',
]);

export function isDistroText(text: string): boolean {
  if (DISTRO_TEST_RE.test(text)) return true;
  for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_.]*)/g)) {
    const name = m[1] ?? '';
    if (name.split(/[_.]/).some((part) => DISTRO_VARIABLE_PARTS.has(part.toLowerCase()))) return true;
  }
  return false;
}
