/**
 * The corpus check: runs the language service over real templates that other people wrote and
 * reports every error-severity diagnostic on one whose intent is valid. A valid template that we
 * call wrong costs users' trust, so this exits non-zero on any.
 *
 *   npm run corpus -- <folder>     (default: ../shared/corpus; its INDEX.tsv gives each file's intent)
 *
 * A few "valid" files are not buildable templates on their own (parser fixtures, a fixture meant
 * for `validate -except`). They are listed in test/corpus/known-errors.tsv with what Debian's
 * packer says about the same file; each listed error must still occur exactly as often, so the
 * list cannot hide a new false positive in the same file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../server/src/service/service';
import { messageText } from '../test/support/messageText';

interface Entry {
  file: string;
  format: string;
  intent: string;
}

const folder = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus'));
const verbose = process.argv.includes('--verbose');

function readIndex(root: string): Entry[] {
  const index = path.join(root, 'INDEX.tsv');
  if (!fs.existsSync(index)) {
    // No index: every .json under the folder, intent unknown.
    const files: Entry[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.json'))
          files.push({ file: path.relative(root, full), format: 'legacy-json', intent: 'unknown' });
      }
    };
    walk(root);
    return files;
  }
  const [header, ...rows] = fs
    .readFileSync(index, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const columns = (header ?? '').split('\t');
  const at = (name: string) => columns.indexOf(name);
  return rows.map((row) => {
    const cells = row.split('\t');
    return { file: cells[at('path')] ?? '', format: cells[at('format')] ?? '', intent: cells[at('intent')] ?? '' };
  });
}

interface KnownErrors {
  /** `path<TAB>rule` to the number of errors Packer itself confirms. */
  expected: Map<string, number>;
}

function readKnownErrors(): KnownErrors {
  const file = path.join(__dirname, '..', '..', 'test', 'corpus', 'known-errors.tsv');
  const expected = new Map<string, number>();
  if (fs.existsSync(file)) {
    for (const row of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [where, rule, count] = row.split('\t');
      if (where !== undefined && rule !== undefined && count !== undefined)
        expected.set(`${where}\t${rule}`, Number(count));
    }
  }
  return { expected };
}

const reader = {
  readText(file: string): string | undefined {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};

function main(): number {
  if (!fs.existsSync(folder)) {
    console.log(`No corpus at ${folder}: nothing to check.`);
    return 0;
  }
  const service = createLanguageService(reader);
  const entries = readIndex(folder).filter((e) => e.format.startsWith('legacy-json'));
  const tally: Record<string, { files: number; withErrors: number; errors: number }> = {};
  const byRule: Record<string, number> = {};
  const falseErrors: string[] = [];
  const known = readKnownErrors();
  const seenKnown = new Map<string, number>();
  const started = process.hrtime.bigint();
  for (const entry of entries) {
    const file = path.join(folder, entry.file);
    const text = fs.readFileSync(file, 'utf8');
    const diagnostics = service.validate({
      uri: pathToFileURL(file).href,
      version: 1,
      languageId: 'packer-json',
      text,
    });
    const errors = diagnostics.filter((d) => d.severity === 1);
    const t = (tally[entry.intent] ??= { files: 0, withErrors: 0, errors: 0 });
    t.files++;
    t.errors += errors.length;
    if (errors.length > 0) t.withErrors++;
    for (const e of errors)
      byRule[`${entry.intent} ${String(e.code)}`] = (byRule[`${entry.intent} ${String(e.code)}`] ?? 0) + 1;
    if (entry.intent === 'valid' || verbose) {
      for (const e of errors) {
        const knownKey = `${entry.file}\t${String(e.code)}`;
        if (entry.intent === 'valid' && known.expected.has(knownKey)) {
          seenKnown.set(knownKey, (seenKnown.get(knownKey) ?? 0) + 1);
          continue;
        }
        const line = `${entry.intent}\t${entry.file}:${e.range.start.line + 1}:${e.range.start.character + 1}\t${String(e.code)}\t${messageText(e)}`;
        if (entry.intent === 'valid') falseErrors.push(line);
        else console.log(line);
      }
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  for (const line of falseErrors) console.log(line);
  console.log(`\nLegacy JSON templates checked: ${entries.length} in ${ms.toFixed(0)} ms`);
  for (const [intent, t] of Object.entries(tally)) {
    console.log(`  intent ${intent}: ${t.files} files, ${t.withErrors} with errors, ${t.errors} errors`);
  }
  for (const [key, count] of Object.entries(byRule).sort()) console.log(`    ${key}: ${count}`);
  for (const [key, count] of known.expected) {
    const seen = seenKnown.get(key) ?? 0;
    console.log(`  known (Packer rejects it too): ${key.replace('\t', ' ')} x${seen}`);
    if (seen !== count)
      falseErrors.push(`known-errors.tsv expects ${count} for ${key.replace('\t', ' ')}, found ${seen}`);
  }
  const failed = falseErrors.length;
  console.log(`corpus: ${failed === 0 ? 'no' : failed} error${failed === 1 ? '' : 's'} on valid-intent templates`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
