/**
 * The corpus check: runs the language service over real templates that other people wrote and
 * reports every error-severity diagnostic on one whose intent is valid. A valid template that we
 * call wrong costs users' trust, so this exits non-zero on any.
 *
 *   npm run corpus -- <folder>     (default: ../shared/corpus; its INDEX.tsv gives each file's intent)
 *
 * Legacy JSON templates are checked one by one. HCL2 is checked folder by folder, as Packer reads
 * it: every `*.pkr.hcl` (and `*.pkrvars.hcl`) of a folder, the service reading the folder from disk.
 * A folder whose files have different intents is a folder of test fixtures that Packer's own tests
 * parse one file at a time, so each of its files is checked as a configuration of its own.
 *
 * A few "valid" files are not buildable templates on their own (parser fixtures, a fixture meant
 * for `validate -except`). They are listed in test/corpus/known-errors.tsv with what Debian's
 * packer says about the same file; each listed error must still occur exactly as often, so the
 * list cannot hide a new false positive in the same file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../server/src/service/service';
import { createBuildVariables } from '../server/src/service/varFiles/buildVariables';
import { ScriptDiscovery } from '../server/src/service/varFiles/discovery';
import { messageText } from '../test/support/messageText';

interface Entry {
  file: string;
  format: string;
  intent: string;
}

const folderArgument = process.argv.slice(2).find((a) => !a.startsWith('--'));
const folder = path.resolve(folderArgument ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus'));
const verbose = process.argv.includes('--verbose');
/** `--warnings`: also count warnings and information on valid templates, by rule; `--list=RULE` prints each one. */
const countWarnings = process.argv.includes('--warnings');
const listed = process.argv.find((a) => a.startsWith('--list='))?.slice('--list='.length);
/** `--with-scripts`: read the folder's build scripts for the variable files they pass, as the editor does. */
const withScripts = process.argv.includes('--with-scripts');
/** Without an INDEX.tsv: `--assume-valid` takes every template as valid (a project's own checkout). */
const assumedIntent = process.argv.includes('--assume-valid') ? 'valid' : 'unknown';

function readIndex(root: string): Entry[] {
  const index = path.join(root, 'INDEX.tsv');
  if (!fs.existsSync(index)) {
    // No index: every template under the folder, intent unknown.
    const files: Entry[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.pkr.hcl'))
          files.push({ file: path.relative(root, full), format: 'hcl2', intent: assumedIntent });
        else if (entry.name.endsWith('.pkrvars.hcl'))
          files.push({ file: path.relative(root, full), format: 'pkrvars-hcl', intent: assumedIntent });
        else if (entry.name.endsWith('.json') && /"builders"\s*:\s*\[/.test(fs.readFileSync(full, 'utf8')))
          files.push({ file: path.relative(root, full), format: 'legacy-json', intent: assumedIntent });
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

/** `path<TAB>rule` to the number of errors Packer itself confirms. */
function readKnownErrors(): Map<string, number> {
  const file = path.join(__dirname, '..', '..', 'test', 'corpus', 'known-errors.tsv');
  const expected = new Map<string, number>();
  if (fs.existsSync(file)) {
    for (const row of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [where, rule, count] = row.split('\t');
      if (where !== undefined && rule !== undefined && count !== undefined)
        expected.set(`${where}\t${rule}`, Number(count));
    }
  }
  return expected;
}

/** What one part of the check (JSON or HCL2) counts, per intent and per rule. */
class Tally {
  readonly byIntent: Record<string, { units: number; files: number; withErrors: number; errors: number }> = {};
  readonly byRule: Record<string, number> = {};
  /** Warnings and information on valid templates, by severity and rule. */
  readonly quieter: Record<string, number> = {};

  constructor(
    private readonly known: Map<string, number>,
    private readonly seenKnown: Map<string, number>,
    private readonly falseErrors: string[],
  ) {}

  /** One configuration (a JSON template, an HCL2 folder): its files' errors under one intent. */
  add(intent: string, files: Array<{ file: string; diagnostics: Diagnostic[] }>): void {
    const t = (this.byIntent[intent] ??= { units: 0, files: 0, withErrors: 0, errors: 0 });
    t.units++;
    t.files += files.length;
    let unitErrors = 0;
    for (const { file, diagnostics } of files) {
      if (intent === 'valid' && countWarnings) this.countQuieter(file, diagnostics);
      const errors = diagnostics.filter((d) => d.severity === 1);
      unitErrors += errors.length;
      for (const e of errors) {
        const ruleKey = `${intent} ${String(e.code)}`;
        this.byRule[ruleKey] = (this.byRule[ruleKey] ?? 0) + 1;
        const knownKey = `${file}\t${String(e.code)}`;
        if (intent === 'valid' && this.known.has(knownKey)) {
          this.seenKnown.set(knownKey, (this.seenKnown.get(knownKey) ?? 0) + 1);
          continue;
        }
        if (intent !== 'valid' && !verbose) continue;
        const line = `${intent}\t${file}:${e.range.start.line + 1}:${e.range.start.character + 1}\t${String(e.code)}\t${messageText(e)}`;
        if (intent === 'valid') this.falseErrors.push(line);
        else console.log(line);
      }
    }
    t.errors += unitErrors;
    if (unitErrors > 0) t.withErrors++;
  }

  private countQuieter(file: string, diagnostics: Diagnostic[]): void {
    for (const d of diagnostics) {
      if (d.severity !== 2 && d.severity !== 3) continue;
      const key = `${d.severity === 2 ? 'warning' : 'information'} ${String(d.code)}`;
      this.quieter[key] = (this.quieter[key] ?? 0) + 1;
      if (listed === String(d.code)) console.log(`${file}:${d.range.start.line + 1}\t${messageText(d)}`);
    }
  }

  print(title: string, unit: string, ms: number): void {
    const count = Object.values(this.byIntent).reduce((sum, t) => sum + t.units, 0);
    console.log(`\n${title}: ${count} in ${ms.toFixed(0)} ms`);
    for (const [intent, t] of Object.entries(this.byIntent).sort()) {
      const files = unit === 'files' ? '' : ` (${t.files} files)`;
      console.log(`  intent ${intent}: ${t.units} ${unit}${files}, ${t.withErrors} with errors, ${t.errors} errors`);
    }
    for (const [key, n] of Object.entries(this.byRule).sort()) console.log(`    ${key}: ${n}`);
    if (countWarnings) {
      console.log('  on valid templates:');
      for (const [key, n] of Object.entries(this.quieter).sort()) console.log(`    ${key}: ${n}`);
    }
  }
}

/** Reads the disk; for a folder of independent fixtures, shows only the file being checked. */
class CorpusReader {
  alone: string | undefined;

  readText(file: string): string | undefined {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }

  listDirectory(dir: string): string[] | undefined {
    if (this.alone !== undefined) return path.dirname(this.alone) === dir ? [path.basename(this.alone)] : [];
    try {
      return fs.readdirSync(dir);
    } catch {
      return undefined;
    }
  }
}

function checkJson(service: LanguageService, entries: Entry[], tally: Tally): void {
  for (const entry of entries) {
    const file = path.join(folder, entry.file);
    const diagnostics = service.validate({
      uri: pathToFileURL(file).href,
      version: 1,
      languageId: 'packer-json',
      text: fs.readFileSync(file, 'utf8'),
    });
    tally.add(entry.intent, [{ file: entry.file, diagnostics }]);
  }
}

const isConfig = (e: Entry) => e.format === 'hcl2';
const isVars = (e: Entry) => e.format === 'pkrvars-hcl' && e.file.endsWith('.pkrvars.hcl');

/**
 * Every folder with `*.pkr.hcl` files, checked as Packer reads it. Its intent: the one all its
 * files share. Variable files are checked with the folder they belong to; a folder of variable
 * files alone (passed with `-var-file` to a configuration elsewhere) has nothing to check them against.
 */
interface HclCounts {
  fixtureFolders: number;
  variableFiles: number;
  variableFilesAlone: number;
}

function checkHcl(service: LanguageService, reader: CorpusReader, entries: Entry[], tally: Tally): HclCounts {
  const byFolder = new Map<string, Entry[]>();
  for (const entry of entries.filter((e) => isConfig(e) || isVars(e))) {
    const dir = path.dirname(entry.file);
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), entry]);
  }
  const counts: HclCounts = { fixtureFolders: 0, variableFiles: 0, variableFilesAlone: 0 };
  const validate = (entry: Entry) => {
    const file = path.join(folder, entry.file);
    const diagnostics = service.validate({
      uri: pathToFileURL(file).href,
      version: 1,
      languageId: isVars(entry) ? 'packer-vars' : 'packer',
      text: fs.readFileSync(file, 'utf8'),
    });
    return { file: entry.file, diagnostics };
  };
  for (const members of [...byFolder.values()]) {
    const configs = members.filter(isConfig);
    if (configs.length === 0) {
      counts.variableFilesAlone += members.length;
      continue;
    }
    const intents = new Set(members.map((e) => e.intent));
    const [intent] = intents;
    if (intents.size === 1 && intent !== undefined) {
      reader.alone = undefined;
      counts.variableFiles += members.filter(isVars).length;
      tally.add(intent, members.map(validate));
      continue;
    }
    counts.fixtureFolders++;
    for (const entry of configs) {
      reader.alone = path.join(folder, entry.file);
      tally.add(entry.intent, [validate(entry)]);
    }
  }
  reader.alone = undefined;
  return counts;
}

function main(): number {
  if (!fs.existsSync(folder)) {
    console.log(`No corpus at ${folder}: nothing to check.`);
    return 0;
  }
  const reader = new CorpusReader();
  const build = withScripts
    ? createBuildVariables(reader, () => [], new ScriptDiscovery(new CorpusReader(), () => [folder]))
    : undefined;
  const service = createLanguageService(reader, undefined, build);
  const entries = readIndex(folder);
  const known = readKnownErrors();
  const seenKnown = new Map<string, number>();
  const falseErrors: string[] = [];

  const json = new Tally(known, seenKnown, falseErrors);
  let started = process.hrtime.bigint();
  checkJson(
    service,
    entries.filter((e) => e.format.startsWith('legacy-json')),
    json,
  );
  const jsonMs = Number(process.hrtime.bigint() - started) / 1e6;

  const hcl = new Tally(known, seenKnown, falseErrors);
  started = process.hrtime.bigint();
  const counts = checkHcl(service, reader, entries, hcl);
  const hclMs = Number(process.hrtime.bigint() - started) / 1e6;

  for (const line of falseErrors) console.log(line);
  json.print('Legacy JSON templates checked', 'files', jsonMs);
  hcl.print('HCL2 configurations checked', 'configurations', hclMs);
  console.log(
    `  (${counts.fixtureFolders} folders of independent fixtures, each file a configuration of its own; ` +
      `${counts.variableFiles} variable files checked with their folder, ${counts.variableFilesAlone} in folders without configuration files left out)`,
  );
  for (const [key, count] of known) {
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
