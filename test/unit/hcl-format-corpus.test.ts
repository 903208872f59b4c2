/**
 * Our HCL2 formatter against `packer fmt` (Debian's packer 1.6.6) on every `.pkr.hcl` and
 * `.pkrvars.hcl` of the shared corpus, read in place. Packer 1.6.6 has no `fmt -` (stdin), so each
 * file is copied under its own name into a fresh folder and formatted there; its result must equal
 * ours byte for byte. The files packer cannot format are listed, with the reason, in
 * `test/corpus/fmt-unformattable.tsv`; we must decline exactly those.
 *
 * Run alone for the figure: `node --test out/test/unit/hcl-format-corpus.test.js` prints
 * "N of M identical".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { formatHcl } from '../../server/src/service/format/hcl/index';
import { sameTokens } from '../../server/src/service/format/hcl/tokenCheck';
import { PACKER, packerAvailable } from '../support/packerCli';
import { CORPUS } from '../support/corpusPath';

const UNFORMATTABLE = join(__dirname, '..', '..', '..', 'test', 'corpus', 'fmt-unformattable.tsv');
const run = promisify(execFile);

function hclFiles(folder: string, found: string[] = []): string[] {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) hclFiles(path, found);
    else if (entry.isFile() && /\.(pkr|pkrvars)\.hcl$/.test(entry.name)) found.push(relative(CORPUS, path));
  }
  return found.sort();
}

type PackerResult = { formatted: Buffer } | { failed: string };

async function packerFmt(file: string): Promise<PackerResult> {
  const dir = mkdtempSync(join(tmpdir(), 'packer-fmt-'));
  const copy = join(dir, basename(file));
  try {
    writeFileSync(copy, readFileSync(join(CORPUS, file)));
    try {
      await run(PACKER, ['fmt', copy], {
        cwd: dir,
        env: { ...process.env, HOME: dir, PACKER_CONFIG_DIR: dir, CHECKPOINT_DISABLE: '1' },
        timeout: 60_000,
      });
    } catch (error) {
      const output = (error as { stdout?: string }).stdout ?? String(error);
      // "failed to parse HCL <path>": the temp folder's name would make the line differ each run.
      const reason = output.split('\n').find((line) => line.startsWith('failed')) ?? output.trim();
      return { failed: reason.replace(dir + '/', '') };
    }
    return { formatted: readFileSync(copy) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `work` over the items, `width` at a time (the machine has two CPUs). */
async function pool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

const hasCorpus = existsSync(join(CORPUS, 'INDEX.tsv'));
const files = hasCorpus ? hclFiles(CORPUS) : [];
const noCorpus = hasCorpus ? false : `the shared corpus is not at ${CORPUS}`;

test(`corpus: formatting keeps every token and is idempotent (${files.length} files)`, { skip: noCorpus }, () => {
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const once = formatHcl(text);
    if (typeof once !== 'string') continue; // broken files: the next test checks those
    if (!sameTokens(text, once)) problems.push(`${file}: tokens changed`);
    if (formatHcl(once) !== once) problems.push(`${file}: a second format changes the text`);
  }
  assert.deepEqual(problems, []);
});

test(
  'corpus: byte for byte what `packer fmt` writes; declined where packer cannot format',
  { skip: noCorpus || (packerAvailable() ? false : `${PACKER} is not installed`) },
  async (t) => {
    const results = await pool(files, 2, packerFmt);
    const mismatches: string[] = [];
    const unformattable: string[] = [];
    let formattable = 0;
    files.forEach((file, i) => {
      const result = results[i]!;
      const ours = formatHcl(readFileSync(join(CORPUS, file), 'utf8'));
      if ('failed' in result) {
        const why =
          typeof ours === 'string'
            ? 'we format it'
            : (/\((line \d+: .*)\)\.$/.exec(ours.declined)?.[1] ?? ours.declined);
        unformattable.push(`${file}\t${result.failed}\t${why}`);
        return;
      }
      formattable++;
      if (typeof ours !== 'string') mismatches.push(`${file}: we decline: ${ours.declined}`);
      else if (!Buffer.from(ours, 'utf8').equals(result.formatted)) mismatches.push(`${file}: differs`);
    });
    t.diagnostic(`${formattable - mismatches.length} of ${formattable} identical`);
    t.diagnostic(`packer cannot format ${unformattable.length} of ${files.length} files`);
    assert.deepEqual(mismatches, []);
    const listed = readFileSync(UNFORMATTABLE, 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line !== '');
    assert.deepEqual(unformattable, listed, `update ${UNFORMATTABLE}`);
  },
);
