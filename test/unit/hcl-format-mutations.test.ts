/**
 * The formatter against `packer fmt` on text that needs formatting. The corpus is mostly formatted
 * already, so here its files are scrambled first (seeded): gaps between tokens widened with spaces
 * and tabs, spaces put around punctuation, lines indented at random. Our scanner checks that a
 * scrambled text still holds the same tokens; then our format must equal packer's byte for byte.
 * The typing mistakes of `test/support/mutations.ts` go through too: whatever they break, we
 * either decline or keep every token, never throw, and format to a fixed point.
 *
 * More samples: HCL_FORMAT_SAMPLES=400 node --test out/test/unit/hcl-format-mutations.test.js
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatHcl } from '../../server/src/service/format/hcl/index';
import { lexForFormat } from '../../server/src/service/format/hcl/lexer';
import { sameTokens } from '../../server/src/service/format/hcl/tokenCheck';
import { K, type FormatTokens } from '../../server/src/service/format/hcl/tokens';
import { mutateOnceOrTwice, Random } from '../support/mutations';
import { PACKER, packerAvailable } from '../support/packerCli';
import { CORPUS } from '../support/corpusPath';

const SAMPLES = Number(process.env['HCL_FORMAT_SAMPLES'] ?? 60);

function hclFiles(folder: string, found: string[] = []): string[] {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) hclFiles(path, found);
    else if (entry.isFile() && /\.(pkr|pkrvars)\.hcl$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

/** Punctuation that may take spaces on either side without changing a token. */
const LOOSE = new Set<K>([
  K.Comma,
  K.OBrack,
  K.CBrack,
  K.OParen,
  K.CParen,
  K.Equal,
  K.Colon,
  K.Question,
  K.Plus,
  K.Star,
  K.EqualOp,
  K.NotEqual,
  K.And,
  K.Or,
  K.FatArrow,
]);

/** Only gaps of code (not template text) change: a template's text is its value. */
function inCode(tokens: FormatTokens, i: number): boolean {
  const before = tokens.kindAt(i - 1);
  const token = tokens.kindAt(i)!;
  const text = [K.OQuote, K.QuotedLit, K.StringLit, K.OHeredoc];
  const closers = [K.CQuote, K.QuotedLit, K.StringLit, K.CHeredoc, K.TemplateInterp, K.TemplateControl];
  return before !== undefined && !text.includes(before) && !closers.includes(token);
}

function scramble(text: string, random: Random): string {
  const tokens = lexForFormat(text);
  const parts: string[] = [];
  let previousEnd = 0;
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kindAt(i)!;
    const start = tokens.starts[i]!;
    let gap = text.slice(previousEnd, start);
    const before = tokens.kindAt(i - 1);
    if (before === K.Newline && kind !== K.Newline && random.next() < 0.3) {
      gap = ' '.repeat(random.int(9));
    } else if (inCode(tokens, i) && kind !== K.Newline && kind !== K.EOF && random.next() < 0.3) {
      const loose = LOOSE.has(kind) || (before !== undefined && LOOSE.has(before));
      if (gap !== '' || loose) gap = random.pick([' ', '  ', '\t', '   ', ' \t ']);
    } else if (kind === K.Newline && random.next() < 0.1) {
      gap += '  ';
    }
    previousEnd = tokens.ends[i]!;
    parts.push(gap, text.slice(start, previousEnd));
  }
  return parts.join('');
}

function packerFmt(dir: string, name: string, text: string): Buffer | undefined {
  const file = join(dir, name);
  writeFileSync(file, text);
  const run = spawnSync(PACKER, ['fmt', file], { env: { ...process.env, CHECKPOINT_DISABLE: '1' }, timeout: 60_000 });
  return run.status === 0 ? readFileSync(file) : undefined;
}

const hasCorpus = existsSync(join(CORPUS, 'INDEX.tsv'));
const files = hasCorpus ? hclFiles(CORPUS) : [];
const noCorpus = hasCorpus ? false : `the shared corpus is not at ${CORPUS}`;

test(
  `scrambled corpus files: byte for byte what packer fmt writes (${SAMPLES} samples)`,
  { skip: noCorpus || (packerAvailable() ? false : `${PACKER} is not installed`) },
  (t) => {
    const random = new Random(20_240_611);
    const dir = mkdtempSync(join(tmpdir(), 'packer-fmt-scrambled-'));
    const mismatches: string[] = [];
    let compared = 0;
    try {
      for (const file of random.sample(files, SAMPLES)) {
        const original = readFileSync(file, 'utf8');
        const scrambled = scramble(original, random);
        if (!sameTokens(original, scrambled)) continue; // the scrambler went too far: not a fair input
        const theirs = packerFmt(dir, file.endsWith('.pkrvars.hcl') ? 'x.pkrvars.hcl' : 'x.pkr.hcl', scrambled);
        if (theirs === undefined) continue;
        compared++;
        const ours = formatHcl(scrambled);
        if (typeof ours !== 'string') mismatches.push(`${file}: declined: ${ours.declined}`);
        else if (!Buffer.from(ours).equals(theirs)) {
          mismatches.push(`${file}: differs; scrambled text: ${JSON.stringify(scrambled)}`);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    t.diagnostic(`${compared - mismatches.length} of ${compared} scrambled files identical`);
    assert.ok(compared >= SAMPLES / 2, `only ${compared} samples compared`);
    assert.deepEqual(mismatches, []);
  },
);

test('typing mistakes: declined or formatted keeping every token, never thrown', { skip: noCorpus }, () => {
  const random = new Random(7);
  let formatted = 0;
  let declined = 0;
  for (const file of random.sample(files, SAMPLES)) {
    const original = readFileSync(file, 'utf8');
    for (let n = 0; n < 5; n++) {
      const { name, text } = mutateOnceOrTwice(original, random);
      const once = formatHcl(text);
      if (typeof once !== 'string') {
        declined++;
        continue;
      }
      formatted++;
      assert.ok(sameTokens(text, once), `${file} (${name}): tokens changed`);
      assert.equal(formatHcl(once), once, `${file} (${name}): not a fixed point`);
    }
  }
  assert.ok(formatted > 0 && declined > 0, `formatted ${formatted}, declined ${declined}`);
});
