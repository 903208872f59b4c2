/**
 * Java packages follow a naming scheme per family rather than a fixed list (openjdk-17-jdk,
 * java-17-openjdk-devel, java-17-amazon-corretto-devel, openjdk17-jre), so they are read and
 * written by rule instead of by table.
 */
import type { Side, Target } from './targets';

export interface Java {
  version: string; // "8", "11", "17", "21"
  kind: 'jdk' | 'jre' | 'jre-headless';
}

/** Long-term-support releases, which every family packages. */
const LTS = ['8', '11', '17', '21', '25'];

export function readJava(name: string, from: Side): Java | undefined {
  let m: RegExpExecArray | null;
  if (from === 'deb' && (m = /^openjdk-(\d+)-(jdk|jre)(-headless)?$/.exec(name))) {
    const v = m[1] ?? '';
    return { version: v, kind: m[2] === 'jdk' ? 'jdk' : m[3] ? 'jre-headless' : 'jre' };
  }
  if (from === 'rpm' && (m = /^java-(1\.8\.0|\d+)-(?:openjdk|amazon-corretto)(-devel|-headless)?$/.exec(name))) {
    const v = m[1] === '1.8.0' ? '8' : (m[1] ?? '');
    return { version: v, kind: m[2] === '-devel' ? 'jdk' : m[2] === '-headless' ? 'jre-headless' : 'jre' };
  }
  if (from === 'alpine' && (m = /^openjdk(\d+)(?:-(jdk|jre|jre-headless))?$/.exec(name))) {
    const v = m[1] ?? '';
    return { version: v, kind: m[2] === 'jre' ? 'jre' : m[2] === 'jre-headless' ? 'jre-headless' : 'jdk' };
  }
  return undefined;
}

export function writeJava(j: Java, to: Target): string | undefined {
  if (!LTS.includes(j.version)) return undefined;
  const rpmVersion = j.version === '8' ? '1.8.0' : j.version;
  switch (to.side) {
    case 'deb':
      return `openjdk-${j.version}-${j.kind}`;
    case 'rpm': {
      const suffix = j.kind === 'jdk' ? '-devel' : j.kind === 'jre-headless' ? '-headless' : '';
      // Amazon's own build is what Amazon Linux 2 and 2023 carry.
      if (to.amazon === 'al2' || to.amazon === 'al2023') return `java-${rpmVersion}-amazon-corretto${suffix}`;
      return `java-${rpmVersion}-openjdk${suffix}`;
    }
    case 'alpine':
      return j.kind === 'jdk' ? `openjdk${j.version}` : `openjdk${j.version}-${j.kind}`;
    default:
      return undefined;
  }
}
