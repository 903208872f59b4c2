/**
 * `--fix` on every corpus template (a copy): no file parses worse after its fixes (by our syntax
 * rules, and for JSON also by `JSON.parse`, a parser that is not ours), and a second `--fix` changes
 * nothing.
 */
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cleanup, CORPUS, jsonReport, packerLint, tempTree, type JsonFileResult } from './cliSupport';

const SYNTAX_RULES = new Set(['json-syntax', 'hcl-syntax', 'trailing-comma', 'smart-quotes']);

function syntaxCounts(results: JsonFileResult[]): Map<string, number> {
  return new Map(results.map((r) => [r.filePath, r.messages.filter((m) => SYNTAX_RULES.has(m.ruleId)).length]));
}

function parsesAsJson(file: string): boolean {
  try {
    JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

function hashes(files: string[]): Map<string, string> {
  return new Map(files.map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex')]));
}

describe('packer-lint --fix on the corpus', { skip: !fs.existsSync(CORPUS) && 'no corpus' }, () => {
  it('makes no file parse worse, and a second --fix changes nothing', () => {
    const dir = tempTree();
    try {
      fs.cpSync(CORPUS, path.join(dir, 'corpus'), { recursive: true });
      const root = path.join(dir, 'corpus');
      // The rules that report syntax keep their default severities, whatever a configuration says.
      const before = jsonReport(packerLint(['-f', 'json', '.'], root));
      const files = before.map((r) => r.filePath);
      assert.ok(files.length > 700, `${files.length} templates`);
      const jsonBefore = new Map(files.filter((f) => f.endsWith('.json')).map((f) => [f, parsesAsJson(f)]));
      const original = hashes(files);

      const fixed = jsonReport(packerLint(['--fix', '-f', 'json', '.'], root));
      const changed = files.filter((f) => hashes([f]).get(f) !== original.get(f));
      assert.ok(changed.length > 50, `${changed.length} files fixed`);
      const refused = fixed.filter((r) => r.notFixed !== undefined);

      const after = syntaxCounts(jsonReport(packerLint(['-f', 'json', '.'], root)));
      const worse: string[] = [];
      for (const [file, count] of syntaxCounts(before)) {
        if ((after.get(file) ?? 0) > count) worse.push(`${file}: ${count} -> ${after.get(file)} syntax errors`);
        if (jsonBefore.get(file) === true && !parsesAsJson(file))
          worse.push(`${file}: JSON.parse fails after the fixes`);
      }
      assert.deepEqual(worse, []);
      // Refused files are untouched.
      for (const r of refused) assert.equal(hashes([r.filePath]).get(r.filePath), original.get(r.filePath));

      const once = hashes(files);
      packerLint(['--fix', '.'], root);
      const twice = hashes(files);
      const changedAgain = files.filter((f) => once.get(f) !== twice.get(f)).map((f) => path.relative(root, f));
      assert.deepEqual(changedAgain, []);
    } finally {
      cleanup(dir);
    }
  });
});
