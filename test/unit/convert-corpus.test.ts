/**
 * The converter on real templates: every legacy JSON template of the shared corpus that Debian's
 * packer 1.6.6 validates is converted, and the HCL2 file must (a) get no error from our language
 * service and (b) pass `packer validate` 1.6.6 (and `packer fmt -check`). Each check runs in a temp
 * copy of the template's folder, without the folder's own HCL2 files (the converted file stands
 * alone). The corpus keeps templates only: a file the template references (a script, an answer
 * file) that Packer reports missing is created there, empty, as the original project had it.
 * The templates nothing can convert for 1.6.6 are listed, with the reason, in convert-known.tsv.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../server/src/service/service';
import { messageText } from '../support/messageText';
import { PACKER, packerAvailable } from '../support/packerCli';
import { CORPUS } from '../support/corpusPath';

const KNOWN = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'convert-known.tsv');
/** Missing-file reports come one component at a time: a bound on the rounds of placeholders. */
const MAX_ROUNDS = 8;

const hasCorpus = fs.existsSync(path.join(CORPUS, 'INDEX.tsv'));
const hasPacker = packerAvailable();

/** Legacy JSON templates that packer 1.6.6 validates (exit 0), from INDEX.tsv. */
function validTemplates(): string[] {
  const [header = '', ...rows] = fs.readFileSync(path.join(CORPUS, 'INDEX.tsv'), 'utf8').split('\n');
  const columns = header.split('\t');
  const cell = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
  return rows
    .map((row) => row.split('\t'))
    .filter((cells) => cell(cells, 'format') === 'legacy-json' && cell(cells, 'packer166_validate_exit') === '0')
    .map((cells) => cell(cells, 'path'));
}

function knownFailures(): Map<string, string> {
  const rows = fs.readFileSync(KNOWN, 'utf8').split('\n').slice(1);
  return new Map(rows.filter((r) => r.trim() !== '').map((r) => [r.split('\t')[0] ?? '', r.split('\t')[1] ?? '']));
}

const diskReader = {
  readText: (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined),
  listDirectory: (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : undefined),
};

/** What `packer version` prints, as `1.6.6`. */
const packerVersion = hasPacker ? /Packer v(\d+\.\d+\.\d+)/.exec(packer(['version'], '.').output)?.[1] : undefined;

function packer(args: string[], cwd: string): { ok: boolean; output: string } {
  const result = spawnSync(PACKER, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, HOME: cwd, PACKER_CONFIG_DIR: cwd, CHECKPOINT_DISABLE: '1' },
    timeout: 60_000,
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** The files Packer says are missing: `stat X: no such file`, `Bad script 'X'`, `template 'X' does not exist`. */
function missingFiles(output: string): string[] {
  const patterns = [
    /stat ([^:\n]+): no such file or directory/g,
    /Bad script '([^'\n]+)'/g,
    /'([^'\n]+)' does not exist/g,
  ];
  return [...new Set(patterns.flatMap((pattern) => [...output.matchAll(pattern)].map((m) => m[1] ?? '')))];
}

/** Validates `file` in `dir`, creating each missing referenced file (inside `dir` only) and retrying. */
function validateWithPlaceholders(file: string, dir: string): { ok: boolean; output: string } {
  let result = packer(['validate', file], dir);
  for (let round = 0; round < MAX_ROUNDS && !result.ok; round++) {
    const created = missingFiles(result.output)
      .map((missing) => path.resolve(dir, missing))
      .filter((target) => target.startsWith(dir + path.sep) && !fs.existsSync(target));
    if (created.length === 0) break;
    for (const target of created) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, '');
    }
    result = packer(['validate', file], dir);
  }
  return result;
}

interface Outcome {
  template: string;
  errors: string[];
  warnings: number;
  validate: { ok: boolean; output: string } | undefined;
  formatted: boolean | undefined;
}

function convertOne(template: string, work: string): Outcome {
  const source = path.join(CORPUS, template);
  const dir = fs.mkdtempSync(path.join(work, 'template-'));
  fs.cpSync(path.dirname(source), dir, { recursive: true });
  for (const name of fs.readdirSync(dir))
    if (/\.pkr\.(hcl|json)$|\.auto\.pkrvars\.hcl$/.test(name)) fs.rmSync(path.join(dir, name));
  const jsonName = path.basename(template);
  const hclName = jsonName.replace(/\.json$/, '.pkr.hcl');
  const service = createLanguageService(diskReader);
  const text = fs.readFileSync(source, 'utf8');
  // The Packer that validates the result: 1.6.6 reads no required_plugins, so none is written for it.
  const settings = { severity: {}, ...(packerVersion !== undefined && { packerVersion }) };
  const converted = service.convertToHcl(
    { uri: pathToFileURL(path.join(dir, jsonName)).href, version: 1, languageId: 'packer-json', text },
    settings,
  );
  if ('error' in converted)
    return { template, errors: [converted.error], warnings: 0, validate: undefined, formatted: undefined };
  const hclFile = path.join(dir, hclName);
  fs.writeFileSync(hclFile, converted.text);
  const diagnostics = service.validate(
    { uri: pathToFileURL(hclFile).href, version: 1, languageId: 'packer', text: converted.text },
    settings,
  );
  const errors = diagnostics
    .filter((d) => d.severity === 1)
    .map((d) => `${d.range.start.line + 1}: ${String(d.code)}: ${messageText(d)}`);
  const warnings = diagnostics.length - errors.length;
  if (!hasPacker) return { template, errors, warnings, validate: undefined, formatted: undefined };
  // The JSON first: the references it makes are the ones its own folder had.
  validateWithPlaceholders(jsonName, dir);
  const validate = validateWithPlaceholders(hclName, dir);
  const formatted = packer(['fmt', '-check', hclName], dir).ok;
  return { template, errors, warnings, validate, formatted };
}

test(
  'corpus: converted legacy templates get no error from us and pass packer validate 1.6.6',
  { skip: hasCorpus ? false : `no corpus at ${CORPUS}`, timeout: 10 * 60_000 },
  (t) => {
    const templates = validTemplates();
    const known = knownFailures();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'convert-corpus-'));
    try {
      const outcomes = templates.map((template) => convertOne(template, work));
      const withErrors = outcomes.filter((o) => o.errors.length > 0);
      const validated = outcomes.filter((o) => o.validate?.ok === true);
      const failing = outcomes.filter((o) => o.validate !== undefined && !o.validate.ok);
      const warnings = outcomes.reduce((sum, o) => sum + o.warnings, 0);
      t.diagnostic(
        `${templates.length} templates; ${templates.length - withErrors.length} with 0 errors from us (${warnings} warnings in all); ` +
          (hasPacker ? `${validated.length} pass packer validate 1.6.6` : 'packer not installed, validate skipped'),
      );
      for (const o of failing)
        t.diagnostic(`packer validate fails: ${o.template}: ${known.get(o.template) ?? 'not in convert-known.tsv'}`);

      assert.deepEqual(
        withErrors.map((o) => `${o.template}: ${o.errors.join('; ')}`),
        [],
      );
      if (!hasPacker) return;
      const unexpected = failing.filter((o) => !known.has(o.template));
      assert.deepEqual(
        unexpected.map((o) => `${o.template}: ${firstError(o.validate?.output ?? '')}`),
        [],
      );
      // The list stays honest: a known failure that now passes must leave it.
      const stale = [...known.keys()].filter((template) => validated.some((o) => o.template === template));
      assert.deepEqual(stale, []);
      assert.deepEqual(
        outcomes.filter((o) => o.formatted === false).map((o) => o.template),
        [],
        'packer fmt -check',
      );
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  },
);

function firstError(output: string): string {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 6)
    .join(' | ');
}
