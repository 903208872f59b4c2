import type { DistroFamily, ImageFamilyGuess } from '../facts/families';
import { literalText } from '../names/literalText';
import { readImageName } from '../names/readImageName';
import { ownValue } from '../ownValue';
import { quote, stringAt, type Config } from './config';
import { makeGuess } from './guess';

/** Marketplace publishers; 'unsupported' ones publish systems without a package manager we model. */
const AZURE_PUBLISHERS: Record<string, DistroFamily | 'unsupported'> = {
  canonical: 'ubuntu',
  debian: 'debian',
  credativ: 'debian',
  openlogic: 'centos',
  redhat: 'rhel',
  microsoftwindowsserver: 'windows',
  microsoftwindowsdesktop: 'windows',
  microsoftvisualstudio: 'windows',
  suse: 'suse',
  almalinux: 'alma',
  resf: 'rocky',
  kinvolk: 'unsupported',
  microsoftcblmariner: 'unsupported',
};

type UrnField = 'publisher' | 'offer' | 'sku';

/**
 * The offer and SKU first (they know the release); the publisher only when they say nothing.
 * The same reading serves the image_* settings and the URN of azure-chroot's `source`, which
 * differ only in where the fields sit and how a message names them.
 */
function azureGuess(
  publisher: string | undefined,
  offer: string | undefined,
  sku: string | undefined,
  paths: Record<UrnField, string[]>,
  describe: (field: UrnField) => string,
): ImageFamilyGuess | undefined {
  const parts = [offer, sku].filter((p): p is string => p !== undefined);
  const reading = readImageName(parts.join(' '));
  if (reading.kind === 'conflict' || reading.kind === 'unsupported') return undefined;
  if (reading.kind === 'family') {
    // Version details (e.g. Ubuntu release) may sit in the SKU while the family sits in the offer.
    const path = offer !== undefined && readImageName(offer).kind === 'family' ? paths.offer : paths.sku;
    const what = [offer !== undefined ? describe('offer') : undefined, sku !== undefined ? describe('sku') : undefined]
      .filter(Boolean)
      .join(' and ');
    const withPublisher = publisher !== undefined ? ` (${describe('publisher')})` : '';
    return makeGuess(reading.hit, `${what}${withPublisher}`, path);
  }
  if (publisher === undefined || literalText(publisher) !== publisher) return undefined;
  const family = ownValue(AZURE_PUBLISHERS, publisher.toLowerCase());
  if (!family || family === 'unsupported') return undefined;
  // OpenLogic published CentOS images; anything else from it is not CentOS.
  if (publisher.toLowerCase() === 'openlogic' && offer !== undefined && !/centos/i.test(offer)) return undefined;
  return makeGuess({ family }, describe('publisher'), paths.publisher);
}

export function detectAzure(builderType: string, config: Config): ImageFamilyGuess | undefined {
  const pub = stringAt(config, 'image_publisher');
  const offer = stringAt(config, 'image_offer');
  const sku = stringAt(config, 'image_sku');
  if (pub !== undefined || offer !== undefined || sku !== undefined) {
    const values: Record<UrnField, string | undefined> = { publisher: pub, offer, sku };
    const g = azureGuess(
      pub,
      offer,
      sku,
      { publisher: ['image_publisher'], offer: ['image_offer'], sku: ['image_sku'] },
      (f) => `image_${f} ${quote(values[f] ?? '')}`,
    );
    if (g) return g;
  }
  const source = stringAt(config, 'source');
  if (builderType === 'azure-chroot' && source !== undefined) {
    // publisher:offer:sku:version; a path (starting with /) is a managed disk or snapshot instead.
    const urn = source.split(':');
    if (urn.length === 4 && !source.startsWith('/')) {
      const [p, o, s] = urn;
      const g = azureGuess(
        p,
        o,
        s,
        { publisher: ['source'], offer: ['source'], sku: ['source'] },
        () => `source ${quote(source)}`,
      );
      if (g) return { ...g, evidence: `source ${quote(source)}` };
    }
  }
  const osType = stringAt(config, 'os_type');
  if (osType !== undefined && osType.toLowerCase() === 'windows' && pub === undefined && offer === undefined) {
    return makeGuess({ family: 'windows' }, `os_type ${quote(osType)}`, ['os_type']);
  }
  return undefined;
}
