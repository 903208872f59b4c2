import { ownValue } from '../ownValue';

/**
 * Pieces shared by the name readers. Names glue words with `-`, `_` and digits ("ubuntu22",
 * "rhel-8"), so word boundaries are "no letter" rather than `\b`.
 */

export const L = '(?<![a-z])'; // no letter before
export const NL = '(?![a-z])'; // no letter after

export function num(m: RegExpExecArray | null, index = 1): string | undefined {
  return m ? m[index] : undefined;
}

/** `v` when its leading number is a plausible release, so that "centos-2024" is not CentOS 2024. */
export function inRange(v: string | undefined, lo: number, hi: number): string | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.split('.')[0]);
  return n >= lo && n <= hi ? v : undefined;
}

/** The release of the first codename of `codenames` that stands as a word in `text`. */
export function codenameRelease(text: string, codenames: Readonly<Record<string, string>>): string | undefined {
  const m = new RegExp(`${L}(${Object.keys(codenames).join('|')})${NL}`, 'i').exec(text);
  return m?.[1] ? ownValue(codenames, m[1].toLowerCase()) : undefined;
}
