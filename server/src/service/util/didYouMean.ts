/**
 * "Did you mean" suggestions. Packer and HCL suggest a name within an edit distance below 3; this
 * also catches what that misses without being a guess: a different case, `-` for `_`, a dropped or
 * doubled plural `s`.
 */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function canonical(name: string): string {
  return name.toLowerCase().replace(/-/g, '_');
}

/** The closest candidate, or undefined when none is close enough to be what was meant. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = canonical(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const other = canonical(candidate);
    const distance = other === wanted ? 0 : editDistance(wanted, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  // Short names are too easily "close" to each other: require proportionally closer matches.
  const limit = wanted.length <= 4 ? 1 : 2;
  return bestDistance <= limit ? best : undefined;
}
