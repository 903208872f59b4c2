import { DEBIAN_CODENAMES } from '../facts/releases';
import { literalText } from './literalText';
import { NONE, familyReading, type NameHit, type NameReading } from './nameReading';
import { L, codenameRelease } from './patterns';
import { readImageName } from './readImageName';

/** The repository and tag of `[registry/]repo[:tag][@digest]`, lower-cased, registry host dropped. */
function repositoryAndTag(text: string): { repo: string; tag: string } {
  let ref = text.replace(/@sha256:[0-9a-f*]+$/i, '');
  const slash = ref.indexOf('/');
  if (slash > 0) {
    const first = ref.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') ref = ref.slice(slash + 1);
  }
  const lastSlash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  return {
    repo: (colon > lastSlash ? ref.slice(0, colon) : ref).toLowerCase(),
    tag: colon > lastSlash ? ref.slice(colon + 1).toLowerCase() : '',
  };
}

function amazonLinuxTag(tag: string): NameReading {
  if (/^2023(?:[.-]|$)/.test(tag)) return familyReading({ family: 'amazon-linux-2023', version: '2023' });
  if (/^2(?:[.-]|$)/.test(tag) && !/^20\d\d/.test(tag))
    return familyReading({ family: 'amazon-linux-2', version: '2' });
  if (/^(?:1|2018\.03)(?:[.-]|$)/.test(tag)) return familyReading({ family: 'amazon-linux-1', version: '1' });
  return { kind: 'conflict' }; // latest or no tag: the release changed over time
}

/** Red Hat's Universal Base Images: ubi9, ubi9/ubi-minimal, ubi8-minimal... */
function ubiRepository(repo: string): NameReading | undefined {
  const ubi = /(?:^|\/)ubi(\d+)(?:\/ubi)?(-minimal|-micro|-init)?$/.exec(
    repo.replace(/\/ubi(-minimal|-micro|-init)$/, '$1'),
  );
  if (!ubi) return undefined;
  // ubi-micro has no package manager at all.
  if (ubi[2] === '-micro') return { kind: 'unsupported' };
  const hit: NameHit = { family: 'rhel' };
  if (ubi[1]) hit.version = ubi[1];
  if (ubi[2] === '-minimal') hit.variant = 'ubi-minimal';
  return familyReading(hit);
}

/** Official language images name their base in the tag: node:20-alpine, python:3.12-slim-bookworm. */
function baseInTag(tag: string): NameReading {
  if (new RegExp(`${L}alpine`).test(tag)) {
    const v = /alpine(\d\.\d{1,2})/.exec(tag)?.[1];
    return familyReading(v ? { family: 'alpine', version: v } : { family: 'alpine' });
  }
  const debVersion = codenameRelease(tag, DEBIAN_CODENAMES);
  return debVersion ? familyReading({ family: 'debian', version: debVersion }) : NONE;
}

/** Reads a Docker image reference: `[registry/]repo[:tag][@digest]`. */
export function readDockerImage(image: string): NameReading {
  const text = literalText(image).trim();
  if (!/[a-z]/i.test(text)) return NONE;
  const { repo, tag } = repositoryAndTag(text);
  if (repo.slice(repo.lastIndexOf('/') + 1) === 'amazonlinux') return amazonLinuxTag(tag);
  const ubi = ubiRepository(repo);
  if (ubi) return ubi;
  const byRepo = readImageName(tag ? `${repo}:${tag}` : repo);
  if (byRepo.kind !== 'none') return byRepo;
  return baseInTag(tag);
}
