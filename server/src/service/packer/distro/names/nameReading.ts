import type { DistroFamily } from '../facts/families';

export interface NameHit {
  family: DistroFamily;
  version?: string;
  variant?: string;
}

/** What a name says: one family, several (so nothing), an OS we do not model, or nothing. */
export type NameReading =
  { kind: 'family'; hit: NameHit } | { kind: 'none' } | { kind: 'conflict' } | { kind: 'unsupported' };

export const NONE: NameReading = { kind: 'none' };

export function familyReading(hit: NameHit): NameReading {
  return { kind: 'family', hit };
}
