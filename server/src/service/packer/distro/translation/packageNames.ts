/**
 * One piece of software under its name in each family, where the names differ (apache2 and
 * httpd, build-essential and the "Development Tools" group) or where a family lacks it. Amazon
 * Linux 2 ships some of them as Extras topics rather than packages.
 */
import type { Side } from './targets';

/**
 * A string is its name there; null means the family does not have it (so no rewrite); a missing
 * entry means we do not know (the name is kept as written).
 */
export interface Concept {
  deb?: string | null;
  rpm?: string | null;
  suse?: string | null;
  alpine?: string | null;
  arch?: string | null;
  /** Overrides of `rpm` for Amazon Linux. */
  al1?: string | null;
  al2?: string | null;
  al2023?: string | null;
  /** Amazon Linux 2 ships it as an Extras topic rather than in the core repository. */
  al2Extras?: string;
  /** Further names that mean the same when read (never written). */
  aliases?: Partial<Record<Side | 'extras', string[]>>;
  /** The C/C++ build tools: a group or pattern rather than one package in some families. */
  buildTools?: boolean;
}

/** Also what the rpm "Development Tools" group and the SUSE devel_basis pattern become elsewhere. */
export const BUILD_TOOLS: Concept = {
  deb: 'build-essential',
  buildTools: true,
  alpine: 'build-base',
  arch: 'base-devel',
};

export const CONCEPTS: readonly Concept[] = [
  {
    deb: 'nginx',
    rpm: 'nginx',
    suse: 'nginx',
    alpine: 'nginx',
    arch: 'nginx',
    al2Extras: 'nginx1',
    aliases: { extras: ['nginx1', 'nginx1.12'] },
  },
  {
    deb: 'docker.io',
    rpm: null,
    suse: 'docker',
    alpine: 'docker',
    arch: 'docker',
    al2023: 'docker',
    al2Extras: 'docker',
    aliases: { rpm: ['docker'], extras: ['docker'] },
  },
  {
    deb: 'redis-server',
    rpm: 'redis',
    suse: 'redis',
    alpine: 'redis',
    al2023: 'redis6',
    al2Extras: 'redis6',
    aliases: { deb: ['redis'], rpm: ['redis6'], extras: ['redis6', 'redis4.0'] },
  },
  {
    deb: 'ansible',
    rpm: 'ansible',
    suse: 'ansible',
    alpine: 'ansible',
    arch: 'ansible',
    al2Extras: 'ansible2',
    aliases: { extras: ['ansible2'] },
  },
  {
    deb: null,
    rpm: 'epel-release',
    suse: null,
    alpine: null,
    arch: null,
    al2023: null,
    al2Extras: 'epel',
    aliases: { extras: ['epel'] },
  },
  { deb: 'apache2', rpm: 'httpd', suse: 'apache2', alpine: 'apache2', arch: 'apache' },
  { deb: 'apache2-utils', rpm: 'httpd-tools', suse: 'apache2-utils', alpine: 'apache2-utils' },
  BUILD_TOOLS,
  { deb: 'libssl-dev', rpm: 'openssl-devel', suse: 'libopenssl-devel', alpine: 'openssl-dev', arch: 'openssl' },
  { deb: 'zlib1g-dev', rpm: 'zlib-devel', suse: 'zlib-devel', alpine: 'zlib-dev', arch: 'zlib' },
  { deb: 'libffi-dev', rpm: 'libffi-devel', suse: 'libffi-devel', alpine: 'libffi-dev', arch: 'libffi' },
  { deb: 'libxml2-dev', rpm: 'libxml2-devel', suse: 'libxml2-devel', alpine: 'libxml2-dev', arch: 'libxml2' },
  { deb: 'libyaml-dev', rpm: 'libyaml-devel', suse: 'libyaml-devel', alpine: 'yaml-dev', arch: 'libyaml' },
  { deb: 'libcurl4-openssl-dev', rpm: 'libcurl-devel', suse: 'libcurl-devel', alpine: 'curl-dev', arch: 'curl' },
  { deb: 'libreadline-dev', rpm: 'readline-devel', suse: 'readline-devel', alpine: 'readline-dev', arch: 'readline' },
  { deb: 'python3-dev', rpm: 'python3-devel', suse: 'python3-devel', alpine: 'python3-dev', arch: 'python' },
  { deb: 'python3-pip', rpm: 'python3-pip', suse: 'python3-pip', alpine: 'py3-pip', arch: 'python-pip' },
  {
    deb: 'dnsutils',
    rpm: 'bind-utils',
    suse: 'bind-utils',
    alpine: 'bind-tools',
    arch: 'bind',
    aliases: { deb: ['bind9-dnsutils'] },
  },
  { deb: 'cron', rpm: 'cronie', suse: 'cronie', arch: 'cronie' },
  { deb: 'openssh-client', rpm: 'openssh-clients', suse: 'openssh-clients', alpine: 'openssh-client', arch: 'openssh' },
  { deb: 'iputils-ping', rpm: 'iputils', suse: 'iputils', alpine: 'iputils', arch: 'iputils' },
  { deb: 'netcat-openbsd', rpm: 'nmap-ncat', alpine: 'netcat-openbsd', arch: 'openbsd-netcat' },
  { deb: 'gnupg', rpm: 'gnupg2', suse: 'gpg2', alpine: 'gnupg', arch: 'gnupg', aliases: { deb: ['gnupg2'] } },
  { deb: 'golang-go', rpm: 'golang', suse: 'go', alpine: 'go', arch: 'go', aliases: { deb: ['golang'] } },
];

/** Group names (yum/dnf groups, zypper patterns) that mean the C/C++ build tools. */
export const BUILD_TOOLS_GROUPS: readonly string[] = [
  'development tools',
  'development-tools',
  'development',
  'devel_basis',
];

/** Packages whose full version conflicts with a "-minimal" one installed by default on dnf systems. */
export const MINIMAL_CONFLICTS: ReadonlySet<string> = new Set(['curl', 'libcurl', 'gnupg2', 'coreutils']);
