import { readJava, writeJava } from './javaPackages';
import { CONCEPTS, type Concept } from './packageNames';
import type { SourceSide, Target } from './targets';

export type Mapped =
  { kind: 'package'; name: string } | { kind: 'extras'; topic: string } | { kind: 'buildTools' } | { kind: 'none' }; // the target family does not have it

function conceptFor(name: string, from: SourceSide): Concept | undefined {
  const lower = name.toLowerCase();
  return CONCEPTS.find((c) => {
    if (from !== 'extras') {
      const own = c[from];
      if (typeof own === 'string' && own === lower) return true;
      if (from === 'rpm' && [c.al1, c.al2, c.al2023].some((n) => typeof n === 'string' && n === lower)) return true;
    }
    return c.aliases?.[from]?.includes(lower) ?? false;
  });
}

/** A concept's name on the target; undefined when the table does not say. */
export function writeConcept(concept: Concept, to: Target): Mapped | undefined {
  // Only Debian, Alpine and Arch have the build tools as one package; elsewhere it is a group.
  if (concept.buildTools && to.side !== 'alpine' && to.side !== 'arch' && to.side !== 'deb')
    return { kind: 'buildTools' };
  if (to.amazon === 'al2' && concept.al2Extras !== undefined) return { kind: 'extras', topic: concept.al2Extras };
  let written: string | null | undefined;
  if (to.side === 'rpm') {
    const own = to.amazon ? concept[to.amazon] : undefined;
    written = own !== undefined ? own : concept.rpm;
  } else {
    written = concept[to.side];
  }
  if (written === null) return { kind: 'none' };
  if (written === undefined) return undefined;
  return { kind: 'package', name: written };
}

/**
 * A package name read on the `from` side, written for `to`. Names the tables do not know are kept
 * (most packages are named alike everywhere), except Extras topics, which are never package names.
 */
export function mapPackage(name: string, from: SourceSide, to: Target): Mapped | undefined {
  if (from !== 'extras') {
    const java = readJava(name, from);
    if (java) {
      const written = writeJava(java, to);
      return written ? { kind: 'package', name: written } : undefined;
    }
  }
  const keep: Mapped | undefined = from === 'extras' ? undefined : { kind: 'package', name };
  const concept = conceptFor(name, from);
  return concept ? (writeConcept(concept, to) ?? keep) : keep;
}
