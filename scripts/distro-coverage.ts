/**
 * How often the image's distribution is read from the builders of the plugin components, over a
 * folder of templates (default: ../shared/corpus): per builder type, how many uses get a family,
 * and which family from which evidence. A figure to watch when the name readers change.
 *
 *   node out/scripts/distro-coverage.js [folder] [--all]   (--all: every builder type)
 */
import * as path from 'node:path';
import { detectImageFamily } from '../server/src/service/packer/distro/imageFamily';
import { readCorpusUses } from './corpusComponents';

const PLUGIN_BUILDERS = new Set([
  'proxmox',
  'proxmox-iso',
  'proxmox-clone',
  'vmware-iso',
  'vmware-vmx',
  'parallels-iso',
  'parallels-pvm',
  'hyperv-iso',
  'hyperv-vmcx',
  'digitalocean',
  'hcloud',
  'openstack',
  'oracle-oci',
  'tart-cli',
  'utm-iso',
  'utm-utm',
]);

const folder = path.resolve(
  process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus'),
);
const all = process.argv.includes('--all');

const byType = new Map<string, { uses: number; read: number; evidence: string[] }>();
for (const use of readCorpusUses(folder)) {
  const type = use.id.replace(/^builder\./, '');
  if (!use.id.startsWith('builder.') || (!all && !PLUGIN_BUILDERS.has(type))) continue;
  const entry = byType.get(type) ?? { uses: 0, read: 0, evidence: [] };
  entry.uses++;
  const guess = detectImageFamily(type, use.config);
  if (guess !== undefined) {
    entry.read++;
    entry.evidence.push(`${guess.label} <- ${guess.evidence} (${use.file})`);
  }
  byType.set(type, entry);
}
let uses = 0;
let read = 0;
for (const [type, e] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
  uses += e.uses;
  read += e.read;
  console.log(`${type}: ${e.read}/${e.uses}`);
  if (process.argv.includes('--verbose')) for (const line of e.evidence) console.log(`  ${line}`);
}
console.log(`total: ${read}/${uses} builder uses get a distribution`);
