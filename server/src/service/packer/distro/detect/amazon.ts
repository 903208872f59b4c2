import type { DistroFamily, ImageFamilyGuess } from '../facts/families';
import { literalText } from '../names/literalText';
import { readImageName } from '../names/readImageName';
import { ownValue } from '../ownValue';
import { block, namedValues, quote, strings, type Config } from './config';
import { makeGuess, readAll } from './guess';

interface OwnerFact {
  family?: DistroFamily;
  name: string;
}

/** Publishers' AWS account ids. "amazon" publishes every system, so it names no family by itself. */
const AWS_OWNERS: Record<string, OwnerFact> = {
  amazon: { name: 'Amazon' },
  '137112412989': { name: 'Amazon (Amazon Linux)' },
  '801119661308': { name: 'Amazon (Windows)', family: 'windows' },
  '099720109477': { name: 'Canonical', family: 'ubuntu' },
  '136693071363': { name: 'Debian', family: 'debian' },
  '379101102735': { name: 'Debian (older releases)', family: 'debian' },
  '309956199498': { name: 'Red Hat', family: 'rhel' },
  '125523088429': { name: 'CentOS', family: 'centos' },
  '792107900819': { name: 'Rocky Linux', family: 'rocky' },
  '764336703387': { name: 'AlmaLinux', family: 'alma' },
  '131827586825': { name: 'Oracle', family: 'oracle' },
  '013907871322': { name: 'SUSE', family: 'suse' },
};

/** `source_ami_filter` of the amazon-* builders, or the top-level filter of the `amazon-ami` data source. */
export function detectAmazon(builderType: string, config: Config): ImageFamilyGuess | undefined {
  const isDataSource = builderType === 'amazon-ami';
  const filterBlock = isDataSource ? config : block(config['source_ami_filter']);
  if (!filterBlock) return undefined;
  const base = isDataSource ? [] : ['source_ami_filter'];
  const filters = block(filterBlock['filters']);
  const owners = strings(filterBlock['owners']);

  const fromName = readAll(filters ? namedValues(filters, ['name'], [...base, 'filters'], true) : [], readImageName);
  if (fromName === 'conflict' || fromName === 'unsupported') return undefined;

  // Owners: every owner must agree for them to mean a family.
  const literalOwners = owners.filter((o) => literalText(o.value) === o.value);
  const ownerFacts = literalOwners.map((o) => ({ id: o.value, fact: ownValue(AWS_OWNERS, o.value.toLowerCase()) }));
  const ownerFamilies = new Set(ownerFacts.map((o) => o.fact?.family));
  const ownerFamily =
    ownerFacts.length > 0 && ownerFamilies.size === 1 && literalOwners.length === owners.length
      ? ownerFacts[0]?.fact?.family
      : undefined;
  const ownerWords = literalOwners.map((o) => quote(o.value)).join(', ');
  const ownerPlural = literalOwners.length > 1 ? 'owners' : 'owner';
  const prefix = isDataSource ? 'amazon-ami filter' : 'source_ami_filter';

  if (fromName) {
    const withOwner = ownerWords ? ` and ${ownerPlural} ${ownerWords}` : '';
    return makeGuess(fromName.hit, `${prefix} ${fromName.what}${withOwner}`, fromName.path);
  }
  if (ownerFamily) {
    const ownerIndex = owners.length > 1 ? [] : owners[0]?.index !== undefined ? [String(owners[0]?.index)] : [];
    return makeGuess(
      { family: ownerFamily },
      `${prefix} ${ownerPlural} ${ownerWords} (${ownerFacts[0]?.fact?.name ?? ''})`,
      [...base, 'owners', ...ownerIndex],
    );
  }
  return undefined;
}
