import { FAMILY_MATCHERS } from './familyMatchers';
import { literalText } from './literalText';
import { NONE, type NameHit, type NameReading } from './nameReading';
import { L, NL } from './patterns';

/** Systems whose package tools we do not model (immutable or exotic): a name naming one says nothing we can use. */
const UNSUPPORTED_RE = new RegExp(
  [
    'coreos',
    'flatcar',
    'bottlerocket',
    'rancheros',
    'container-optimized',
    `${L}cos-(?:stable|beta|dev|arm64|cloud|\\d)`,
    `${L}talos${NL}`,
    `${L}cbl-?mariner`,
    `${L}azurelinux`,
    `${L}mariner${NL}`,
    `${L}clear-?linux`,
    `${L}nixos`,
    `${L}gentoo`,
    `${L}void-?linux`,
    `${L}opensuse-?microos`,
    `${L}sle-?micro`,
    `${L}(?:macos|osx)${NL}`,
  ].join('|'),
  'i',
);

/** An Amazon Linux name that does not say which release (`amazonlinux`, `amzn*`): 1, 2 and 2023 differ in tools. */
const AMAZON_VAGUE_RE = new RegExp(`amazon[-_ ]?linux|${L}amzn`, 'i');

/**
 * Reads a free-form name (AMI name pattern, image family, box name, ISO file name, Docker image...).
 * Exported for tests and for other rules that read image names.
 */
export function readImageName(name: string): NameReading {
  const text = literalText(name);
  if (!/[a-z]/i.test(text)) return NONE;
  if (UNSUPPORTED_RE.test(text)) return { kind: 'unsupported' };
  const hits: NameHit[] = [];
  for (const m of FAMILY_MATCHERS) {
    if (!m.test.test(text)) continue;
    if (hits.some((h) => h.family === m.family)) continue;
    const extra = m.read ? m.read(text) : {};
    const hit: NameHit = { family: m.family };
    if (extra.version !== undefined) hit.version = extra.version;
    if (extra.variant !== undefined) hit.variant = extra.variant;
    hits.push(hit);
  }
  // The three Amazon Linux matchers exclude each other by construction except in odd names.
  const [only, ...others] = hits;
  if (only && others.length === 0) return { kind: 'family', hit: only };
  if (hits.length > 1) return { kind: 'conflict' };
  if (AMAZON_VAGUE_RE.test(text)) return { kind: 'conflict' };
  return NONE;
}
