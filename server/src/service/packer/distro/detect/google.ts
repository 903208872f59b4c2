import type { DistroFamily, ImageFamilyGuess } from '../facts/families';
import { readImageName } from '../names/readImageName';
import { ownValue } from '../ownValue';
import { namedValues, quote, strings, type Config } from './config';
import { guessFrom, makeGuess, readAll } from './guess';

/** Public image projects; 'unsupported' ones hold systems without a package manager we model. */
const GCE_PROJECTS: Record<string, DistroFamily | 'unsupported'> = {
  'ubuntu-os-cloud': 'ubuntu',
  'ubuntu-os-pro-cloud': 'ubuntu',
  'debian-cloud': 'debian',
  'centos-cloud': 'centos',
  'rhel-cloud': 'rhel',
  'rhel-sap-cloud': 'rhel',
  'rocky-linux-cloud': 'rocky',
  'almalinux-cloud': 'alma',
  'oracle-linux-cloud': 'oracle',
  'windows-cloud': 'windows',
  'windows-sql-cloud': 'windows',
  'suse-cloud': 'suse',
  'suse-sap-cloud': 'suse',
  'opensuse-cloud': 'suse',
  'fedora-cloud': 'fedora',
  'cos-cloud': 'unsupported',
  'fedora-coreos-cloud': 'unsupported',
};

/** The image or image family first (it knows the release); the project only when they say nothing. */
export function detectGoogle(config: Config): ImageFamilyGuess | undefined {
  const byImage = guessFrom(readAll(namedValues(config, ['source_image_family', 'source_image']), readImageName));
  if (byImage !== undefined) return byImage ?? undefined;

  const projects = strings(config['source_image_project_id']);
  const families = new Set(projects.map((p) => ownValue(GCE_PROJECTS, p.value.toLowerCase())));
  const [family] = families;
  const [first] = projects;
  if (!first || families.size !== 1 || !family || family === 'unsupported') return undefined;
  const path =
    first.index === undefined || projects.length > 1
      ? ['source_image_project_id']
      : ['source_image_project_id', String(first.index)];
  return makeGuess({ family }, `source_image_project_id ${projects.map((x) => quote(x.value)).join(', ')}`, path);
}
