/**
 * How each family shows in a free-form name, and how its release and variant are read there.
 * Order matters only for reading: every matcher that fires counts, and two families in one name
 * cancel each other (see readImageName).
 */
import type { DistroFamily } from '../facts/families';
import { DEBIAN_CODENAMES, UBUNTU_CODENAMES, UBUNTU_STANDALONE } from '../facts/releases';
import { L, NL, codenameRelease, inRange, num } from './patterns';

export interface FamilyMatcher {
  family: DistroFamily;
  test: RegExp;
  read?: (text: string) => { version?: string; variant?: string };
}

function ubuntuVersion(text: string): string | undefined {
  const re = /ubuntu[^a-z0-9]*(?:[a-z]+[^a-z0-9]+)*?(\d{2})[._-]?(04|10)(?!\d)/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = inRange(`${m[1]}.${m[2]}`, 10, 40);
    if (v) return v;
  }
  return codenameRelease(text, UBUNTU_CODENAMES);
}

function debianVersion(text: string): string | undefined {
  return inRange(num(/debian[^a-z0-9]*(\d{1,2})(?!\d)/i.exec(text)), 5, 20) ?? codenameRelease(text, DEBIAN_CODENAMES);
}

function windowsVersion(t: string): { version?: string } {
  // Only a year right after "server"/"win"/"windows" is the release ("version_1903_..._nov_2019" is not 2019).
  const m =
    /(?:server|win(?:dows)?)[-_ ]*(?:[a-z]+[-_ ])?(2008|2012|2016|2019|2022|2025)(?![0-9])(?:[-_ ]?(r2))?/i.exec(t);
  if (m) return { version: m[2] ? `${m[1]} R2` : m[1] };
  const k = /2k(08|12|16|19|22)/i.exec(t);
  return k ? { version: `20${k[1]}` } : {};
}

function rhelRelease(t: string): { version?: string; variant?: string } {
  const ubi = /(?<![a-z])ubi(\d{1,2})(?:[^a-z0-9]*(minimal|micro))?/i.exec(t);
  if (ubi) return { version: ubi[1], variant: ubi[2]?.toLowerCase() === 'minimal' ? 'ubi-minimal' : undefined };
  return {
    version: inRange(
      num(/(?<![a-z])rhel(?:[-_](?:ha|sap|byos|els|server|workstation))*[^a-z0-9]*(\d{1,2})(?!\d)/i.exec(t)),
      5,
      12,
    ),
  };
}

function centosRelease(t: string): { version?: string; variant?: string } {
  const stream = /centos[^a-z0-9]*stream[^a-z0-9]*(\d{1,2})?/i.exec(t);
  if (stream) return { version: stream[1], variant: 'stream' };
  const g = /centos(\d)s(?![a-z0-9])/i.exec(t); // generic/centos8s
  if (g) return { version: g[1], variant: 'stream' };
  const re = /centos[^a-z0-9]*(?:linux[^a-z0-9]*)?(\d{1,2})(?!\d)/gi;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const v = inRange(m[1], 4, 12);
    if (v) return { version: v };
  }
  return {};
}

function suseRelease(t: string): { version?: string; variant?: string } {
  const leap = /leap[^a-z0-9]*(\d{2}(?:\.\d)?)?/i.exec(t);
  if (leap) return { version: leap[1], variant: 'opensuse-leap' };
  if (/tumbleweed/i.test(t)) return { variant: 'opensuse-tumbleweed' };
  const sles = /(?<![a-z])(?:sles|sle)[^a-z0-9]*(\d{2})(?!\d)(?:[^a-z0-9]*sp(\d))?/i.exec(t);
  const version = sles?.[1] ? (sles[2] ? `${sles[1]} SP${sles[2]}` : sles[1]) : undefined;
  if (/opensuse/i.test(t))
    return { version: inRange(num(/opensuse[^a-z0-9]*(\d{2}(?:\.\d)?)/i.exec(t)), 10, 20), variant: 'opensuse' };
  return { version };
}

export const FAMILY_MATCHERS: readonly FamilyMatcher[] = [
  {
    family: 'amazon-linux-2023',
    test: new RegExp(`${L}al2023|amazon[-_ ]?linux[-_ :]?2023|amazon-eks(?:-gpu)?-node-al2023`, 'i'),
    read: () => ({ version: '2023' }),
  },
  {
    family: 'amazon-linux-2',
    test: new RegExp(
      `${L}amzn2(?![0-9])|amazon[-_ ]?linux[-_ :/]?2(?![0-9])|${L}amazon-eks(?:-gpu|-arm64)?-node-1\\.\\d`,
      'i',
    ),
    read: () => ({ version: '2' }),
  },
  {
    family: 'amazon-linux-1',
    test: new RegExp(`${L}amzn-ami${NL}|amazon[-_ ]?linux[-_ :/]?(?:1(?![0-9])|201[5-8]\\.)`, 'i'),
    read: () => ({ version: '1' }),
  },
  {
    family: 'windows',
    test: new RegExp(
      `windows|${L}win[-_]?(?:server|srv|20(?:08|12|16|19|22|25)|2k\\d\\d|10|11)(?![0-9])|server_eval|x64fre`,
      'i',
    ),
    read: windowsVersion,
  },
  {
    family: 'ubuntu',
    test: new RegExp(`ubuntu|${L}(?:${UBUNTU_STANDALONE.join('|')})${NL}|${L}precise(?=32|64)`, 'i'),
    read: (t) => ({ version: ubuntuVersion(t) }),
  },
  { family: 'debian', test: /debian/i, read: (t) => ({ version: debianVersion(t) }) },
  { family: 'rhel', test: new RegExp(`${L}rhel|red[-_ ]?hat|${L}ubi\\d`, 'i'), read: rhelRelease },
  { family: 'centos', test: new RegExp(`${L}centos`, 'i'), read: centosRelease },
  {
    family: 'rocky',
    test: new RegExp(`${L}rocky`, 'i'),
    read: (t) => ({ version: inRange(num(/rocky[^a-z0-9]*(?:linux[^a-z0-9]*)?(\d{1,2})(?!\d)/i.exec(t)), 8, 15) }),
  },
  {
    family: 'alma',
    test: new RegExp(`almalinux|${L}alma${NL}`, 'i'),
    read: (t) => ({
      version: inRange(num(/alma(?:linux)?[^a-z0-9]*(?:os[^a-z0-9]*)?(\d{1,2})(?!\d)/i.exec(t)), 8, 15),
    }),
  },
  {
    family: 'oracle',
    test: new RegExp(`oracle[-_ ]?linux|${L}oracle(?=\\d)|${L}ol\\d{1,2}\\.\\d+-`, 'i'),
    read: (t) => ({
      version: inRange(num(/(?:oracle[-_ ]?linux|oracle|(?<![a-z])ol)[^a-z0-9]*r?(\d{1,2})(?!\d)/i.exec(t)), 5, 12),
    }),
  },
  {
    family: 'fedora',
    test: new RegExp(`fedora${NL}`, 'i'),
    read: (t) => ({ version: inRange(num(/fedora[^a-z0-9]*(?:[a-z]+[^a-z0-9]+)*?(\d{2})(?!\d)/i.exec(t)), 20, 60) }),
  },
  {
    family: 'photon',
    test: new RegExp(`${L}photon`, 'i'),
    read: (t) => ({ version: inRange(num(/photon[^a-z0-9]*(?:os[^a-z0-9]*)?(\d)(?!\d)/i.exec(t)), 1, 9) }),
  },
  { family: 'suse', test: new RegExp(`suse|${L}sles${NL}|${L}sle[-_]?\\d`, 'i'), read: suseRelease },
  {
    family: 'alpine',
    test: new RegExp(`alpine${NL}`, 'i'),
    read: (t) => ({ version: num(/alpine[^a-z0-9]*(?:[a-z]+[^a-z0-9]+)*?(\d\.\d{1,2})(?!\d)/i.exec(t)) }),
  },
  { family: 'arch', test: /archlinux|arch[-_ ]linux/i },
  {
    family: 'freebsd',
    test: /freebsd/i,
    read: (t) => ({ version: num(/freebsd[^a-z0-9]*(\d{1,2}(?:\.\d)?)/i.exec(t)) }),
  },
  { family: 'openbsd', test: /openbsd/i, read: (t) => ({ version: num(/openbsd[^a-z0-9]*(\d\.\d)/i.exec(t)) }) },
];
