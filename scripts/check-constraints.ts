/**
 * Checks the constraint overlays (schemas/constraints/) against real templates: no template that
 * Packer accepts may break one of them, because each broken constraint is an error in the editor.
 *
 *   node out/scripts/check-constraints.js [corpus folder]   (default: ../shared/corpus)
 *
 * A template counts as accepted when Debian's packer 1.6.6 validated it (INDEX.tsv), or, for
 * components 1.6.6 does not bundle, when its intent is "valid". Legacy JSON templates are read
 * one by one, HCL2 folder by folder (a build's `source` block may add settings to a source).
 * A folder without INDEX.tsv (say, a plugin's examples) is read whole, every template accepted.
 * Exits non-zero when an accepted template breaks a constraint.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCorpusUses } from './corpusComponents';
import { violations, type Constraints } from './constraints/evaluate';

const root = path.join(__dirname, '..', '..');
const corpus = path.resolve(
  process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'corpus'),
);

function readConstraints(): Map<string, Constraints> {
  const dir = path.join(root, 'schemas', 'constraints');
  const out = new Map<string, Constraints>();
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    out.set(name.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Constraints);
  }
  return out;
}

function main(): void {
  const constraints = readConstraints();
  const uses = readCorpusUses(corpus);

  let broken = 0;
  for (const [id, c] of constraints) {
    const mine = uses.filter((u) => u.id === id);
    const accepted = mine.filter((u) => u.accepted);
    let found = 0;
    for (const use of mine) {
      for (const v of violations(c, use.config)) {
        if (use.accepted) {
          found++;
          console.log(`  BROKEN ${id} ${use.file}: ${v.rule} ${v.detail}`);
        } else if (process.argv.includes('--verbose'))
          console.log(`  (rejected template) ${id} ${use.file}: ${v.rule} ${v.detail}`);
      }
    }
    broken += found;
    console.log(`${id}: ${mine.length} uses, ${accepted.length} in accepted templates, ${found} broken constraints`);
  }
  console.log(broken === 0 ? 'constraints: no accepted template breaks one' : `constraints: ${broken} broken`);
  process.exitCode = broken === 0 ? 0 : 1;
}

main();
