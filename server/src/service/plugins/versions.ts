/**
 * Versions and version constraints as Packer reads them: Packer parses `required_plugins` versions
 * and `required_version` with hashicorp/go-version (`version.go`, `constraint.go`), so the rules
 * here are that library's: up to three numeric segments (missing ones are 0), an optional `v`, a
 * pre-release after `-` that sorts before its release, and constraints joined by commas, each
 * `=`, `!=`, `>`, `>=`, `<`, `<=` or `~>` (pessimistic).
 */

export interface Version {
  /** Always three numbers: `1.2` reads as 1.2.0. */
  readonly segments: readonly [number, number, number];
  /** How many segments were written (`~> 1.2` pins the first one only). */
  readonly specified: number;
  /** `dev`, `beta1`...: empty for a release. */
  readonly prerelease: string;
  /** As go-version prints it: `1.2.0-dev`. */
  readonly text: string;
}

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  const [, major = '0', minor, patch, prerelease = ''] = match;
  const segments: [number, number, number] = [Number(major), Number(minor ?? 0), Number(patch ?? 0)];
  const specified = patch !== undefined ? 3 : minor !== undefined ? 2 : 1;
  return {
    segments,
    specified,
    prerelease,
    text: `${segments.join('.')}${prerelease === '' ? '' : `-${prerelease}`}`,
  };
}

/** The release a version belongs to: go-version's `Core()`. */
export function coreOf(version: Version): Version {
  return { ...version, prerelease: '', text: version.segments.join('.') };
}

/** Negative, zero or positive, as go-version's `Compare`: a pre-release comes before its release. */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) {
    const d = (a.segments[i] ?? 0) - (b.segments[i] ?? 0);
    if (d !== 0) return d;
  }
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === '') return 1;
  if (b.prerelease === '') return -1;
  return comparePrereleases(a.prerelease, b.prerelease);
}

/** Dot-separated identifiers, numbers numerically and below words, as semantic versioning orders them. */
function comparePrereleases(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xNumber = /^\d+$/.test(x);
    const yNumber = /^\d+$/.test(y);
    if (xNumber && yNumber) return Number(x) - Number(y);
    if (xNumber !== yNumber) return xNumber ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~>';

export interface Constraint {
  readonly operator: Operator;
  readonly version: Version;
}

/** A parsed constraint string; `error` says what is malformed, as `packer init` would refuse it. */
export type Constraints = { ok: true; constraints: readonly Constraint[] } | { ok: false; error: string };

const CONSTRAINT = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/;

/** `">= 1.2.0, < 2"`; an empty string is no constraint at all (Packer then takes the highest version). */
export function parseConstraints(text: string): Constraints {
  if (text.trim() === '') return { ok: true, constraints: [] };
  const constraints: Constraint[] = [];
  for (const part of text.split(',')) {
    const match = CONSTRAINT.exec(part);
    const version = match?.[2] === undefined ? undefined : parseVersion(match[2]);
    if (!match || version === undefined) return { ok: false, error: `Malformed constraint: ${part.trim()}` };
    constraints.push({ operator: (match[1] ?? '=') as Operator, version });
  }
  return { ok: true, constraints };
}

/** go-version's `prereleaseCheck`: a constraint without a pre-release never admits one. */
function prereleaseAllowed(v: Version, c: Version): boolean {
  if (c.prerelease !== '' && v.prerelease !== '') return compareVersions(coreOf(v), coreOf(c)) === 0;
  return !(c.prerelease === '' && v.prerelease !== '');
}

function admits(v: Version, { operator, version: c }: Constraint): boolean {
  const order = compareVersions(v, c);
  switch (operator) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '>':
      return prereleaseAllowed(v, c) && order > 0;
    case '>=':
      return prereleaseAllowed(v, c) && order >= 0;
    case '<':
      return prereleaseAllowed(v, c) && order < 0;
    case '<=':
      return prereleaseAllowed(v, c) && order <= 0;
    case '~>': {
      if (!prereleaseAllowed(v, c) || (c.prerelease !== '' && v.prerelease === '') || order < 0) return false;
      // Every written segment but the last must be equal: `~> 1.2` is 1.x from 1.2, `~> 1` is 1.0 or later.
      for (let i = 0; i < c.specified - 1; i++) if (v.segments[i] !== c.segments[i]) return false;
      return true;
    }
  }
}

export function satisfies(version: Version, constraints: readonly Constraint[]): boolean {
  return constraints.every((c) => admits(version, c));
}

/** The lowest version the constraints admit, when they set a floor (`>= 1.10.0, < 2` gives 1.10.0). */
export function lowerBound(constraints: readonly Constraint[]): Version | undefined {
  const floors = constraints
    .filter((c) => c.operator === '>=' || c.operator === '~>' || c.operator === '=' || c.operator === '>')
    .map((c) => c.version);
  return floors.sort(compareVersions).at(-1);
}
