/**
 * "Did you mean" suggestions. Packer and HCL suggest a name within an edit distance below 3; this
 * also catches what that misses without being a guess: a different case, `-` for `_`, a dropped or
 * doubled plural `s`.
 */

/** Edits between two names, a swap of neighbouring letters counting as one (a common slip). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
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
    // The distance is at least the difference in length, and no more than 2 is ever accepted: this
    // also keeps a pasted 100 KB "name" from costing seconds.
    if (Math.abs(other.length - wanted.length) > 2) continue;
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
