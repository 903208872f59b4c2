import type { ImageFamilyGuess } from '../facts/families';
import { labelFor } from '../facts/familyLabels';
import { toolsFor } from '../facts/familyTools';
import type { NameHit, NameReading } from '../names/nameReading';
import type { NamedValue } from './config';

export function makeGuess(hit: NameHit, evidence: string, evidencePath: string[]): ImageFamilyGuess {
  const tools = toolsFor(hit.family, hit.version, hit.variant);
  const guess: ImageFamilyGuess = {
    family: hit.family,
    label: labelFor(hit.family, hit.version, hit.variant),
    evidence,
    evidencePath,
    packageManagers: tools.available,
    uncertainManagers: tools.uncertain,
  };
  if (hit.version !== undefined) guess.version = hit.version;
  if (hit.variant !== undefined) guess.variant = hit.variant;
  return guess;
}

export interface Candidate {
  hit: NameHit;
  what: string;
  path: string[];
}

/** What several values say together: one candidate, nothing, or a reason to stay quiet. */
export type ValuesReading = Candidate | 'conflict' | 'unsupported' | undefined;

/**
 * Reads several values that should name the same thing (the mirrors of `iso_urls`, the names of a
 * filter). Values that say nothing are ignored; values that disagree cancel everything.
 */
export function readAll(values: readonly NamedValue[], reader: (v: string) => NameReading): ValuesReading {
  let found: Candidate | undefined;
  for (const v of values) {
    const r = reader(v.value);
    if (r.kind === 'conflict') return 'conflict';
    if (r.kind === 'unsupported') return 'unsupported';
    if (r.kind !== 'family') continue;
    if (!found) {
      found = { hit: r.hit, what: v.what, path: v.path };
      continue;
    }
    if (found.hit.family !== r.hit.family) return 'conflict';
    if (found.hit.version !== r.hit.version) {
      // Same family, different releases: keep the family, drop the release.
      const { version: _dropped, ...rest } = found.hit;
      void _dropped;
      found = { ...found, hit: rest };
    }
  }
  return found;
}

/**
 * The guess a reading makes; null when the values said something that forbids looking further
 * (a conflict, an unsupported system), undefined when they said nothing.
 */
export function guessFrom(reading: ValuesReading): ImageFamilyGuess | undefined | null {
  if (reading === 'conflict' || reading === 'unsupported') return null;
  if (!reading) return undefined;
  return makeGuess(reading.hit, reading.what, reading.path);
}

/** A guess read from the settings of a nested block, with the block's path and name in front. */
export function within(
  guess: ImageFamilyGuess | undefined,
  evidencePath: string[],
  prefix: string,
): ImageFamilyGuess | undefined {
  return guess ? { ...guess, evidencePath, evidence: `${prefix} ${guess.evidence}` } : undefined;
}
