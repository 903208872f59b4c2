/**
 * The machine-readable reports checked by their consumers' rules: SARIF by Microsoft's SARIF
 * validator (`sarif-multitool validate`) on the lab and on the whole corpus, `github` against the
 * workflow-command syntax (and decoded back to the same findings), `junit` against a JUnit XML schema
 * with xmllint. The json report is the reference the others are compared with.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import { cleanup, copyLab, CORPUS, jsonReport, packerLint, ROOT, tempTree, type JsonFileResult } from './cliSupport';

const SARIF_MULTITOOL = path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool', 'bin.js');

interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri: string; defaultConfiguration: { level: string } }> } };
    results?: Array<{
      ruleId: string;
      level: string;
      locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }>;
      fixes?: unknown[];
    }>;
  }>;
}

/** The validator's own findings (errors and warnings) about a SARIF file, as its SARIF output lists them. */
function validateSarif(file: string): string[] {
  const output = `${file}.validation.sarif`;
  const run = spawnSync(
    process.execPath,
    [SARIF_MULTITOOL, 'validate', file, '--output', output, '--log', 'ForceOverwrite'],
    {
      encoding: 'utf8',
      timeout: 300_000,
      // The validator is a .NET program: no ICU on a minimal machine is fine for it.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    },
  );
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  const log = JSON.parse(fs.readFileSync(output, 'utf8')) as {
    runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { text?: string } }> }>;
  };
  return log.runs
    .flatMap((r) => r.results ?? [])
    .filter((r) => r.level !== 'note' && r.level !== 'none')
    .map((r) => `${r.ruleId}: ${r.message.text ?? ''}`);
}

describe('packer-lint --format sarif', () => {
  let lab: string;
  before(() => {
    lab = copyLab();
  });
  after(() => cleanup(lab));

  it('passes the SARIF validator on the lab, with rules, regions and fixes', () => {
    const run = packerLint(['-f', 'sarif', '-o', 'lab.sarif', '--check-format', 'lab', 'lab-hcl'], lab);
    assert.equal(run.status, 1);
    const file = path.join(lab, 'lab.sarif');
    assert.deepEqual(validateSarif(file), []);
    const log = JSON.parse(fs.readFileSync(file, 'utf8')) as SarifLog;
    const [sarifRun] = log.runs;
    const rules = sarifRun?.tool.driver.rules ?? [];
    assert.ok(rules.some((r) => r.id === 'smart-quotes' && /docs\/rules\/smart-quotes\.md$/.test(r.helpUri)));
    assert.equal(rules.find((r) => r.id === 'package-manager-mismatch')?.defaultConfiguration.level, 'warning');
    const results = sarifRun?.results ?? [];
    const json = jsonReport(packerLint(['-f', 'json', '--check-format', 'lab', 'lab-hcl'], lab));
    assert.equal(
      results.length,
      json.reduce((n, r) => n + r.messages.length, 0),
    );
    const trailing = results.find((r) => r.ruleId === 'trailing-comma');
    assert.deepEqual(trailing?.locations[0]?.physicalLocation.region.startLine, 1);
    assert.equal(trailing?.locations[0]?.physicalLocation.region.startColumn, 271);
    assert.ok(results.filter((r) => r.ruleId !== 'legacy-json-template').every((r) => (r.fixes?.length ?? 0) === 1));
  });

  it("names a file outside the run's folder by its absolute URI", () => {
    const run = packerLint(['-f', 'sarif', '-o', 'outside.sarif', '.', '../lab-hcl'], path.join(lab, 'lab'));
    assert.equal(run.status, 1);
    const file = path.join(lab, 'lab', 'outside.sarif');
    assert.deepEqual(validateSarif(file), []);
    const log = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      runs: Array<{ artifacts: Array<{ location: { uri: string; uriBaseId?: string } }> }>;
    };
    assert.deepEqual(
      log.runs[0]?.artifacts.map((a) => a.location),
      [
        { uri: 'packer_configuration.json', uriBaseId: 'SRCROOT' },
        { uri: pathToFileURL(path.join(lab, 'lab-hcl', 'packer.pkr.hcl')).href },
      ],
    );
  });

  it('passes the SARIF validator on the whole corpus', { skip: !fs.existsSync(CORPUS) && 'no corpus' }, () => {
    const dir = tempTree();
    try {
      const file = path.join(dir, 'corpus.sarif');
      const run = packerLint(['-f', 'sarif', '-o', file, '.'], CORPUS);
      assert.equal(run.status, 1, run.stderr);
      const log = JSON.parse(fs.readFileSync(file, 'utf8')) as SarifLog;
      assert.ok((log.runs[0]?.results?.length ?? 0) > 1000);
      assert.deepEqual(validateSarif(file), []);
    } finally {
      cleanup(dir);
    }
  });
});

/** A workflow command as the Actions runner parses it: `::name k=v,k=v::data`, values escaped. */
const WORKFLOW_COMMAND =
  /^::(error|warning|notice)(?: ((?:[a-zA-Z]+=[^,:\r\n]*)(?:,[a-zA-Z]+=[^,:\r\n]*)*))?::([^\r\n]*)$/;
const ESCAPED_ONLY = /^(?:[^%]|%25|%0D|%0A|%3A|%2C)*$/;
const PROPERTIES = new Set(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);

function unescape(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

describe('packer-lint --format github', () => {
  it('prints one well-formed workflow command per finding, which decodes to the same finding', () => {
    const dir = copyLab();
    try {
      // A message with the characters that need escaping: a file name with a comma and a colon.
      fs.cpSync(path.join(dir, 'lab'), path.join(dir, 'odd, name: 100%'), { recursive: true });
      const github = packerLint(['-f', 'github', '.'], dir);
      assert.equal(github.status, 1);
      const json = jsonReport(packerLint(['-f', 'json', '.'], dir));
      const expected = json.flatMap((r: JsonFileResult) =>
        r.messages.map((m) => `${path.relative(dir, r.filePath)}|${m.line}|${m.column}|${m.ruleId}|${m.message}`),
      );
      const lines = github.stdout.trimEnd().split('\n');
      const decoded = lines.map((line) => {
        const match = WORKFLOW_COMMAND.exec(line);
        assert.ok(match, line);
        const properties = new Map<string, string>();
        for (const pair of (match[2] ?? '').split(',')) {
          const [key, value] = pair.split('=') as [string, string];
          assert.ok(PROPERTIES.has(key), key);
          assert.match(value, ESCAPED_ONLY);
          properties.set(key, unescape(value));
        }
        assert.match(match[3] ?? '', ESCAPED_ONLY);
        const rule = /^(.+) \(packer-lint\)$/.exec(properties.get('title') ?? '')?.[1];
        return `${properties.get('file')}|${properties.get('line')}|${properties.get('col')}|${rule}|${unescape(match[3] ?? '')}`;
      });
      assert.deepEqual(decoded, expected);
      assert.ok(decoded.some((d) => d.startsWith('odd, name: 100%/')));
      assert.ok(lines.some((l) => l.startsWith('::notice ')) && lines.some((l) => l.startsWith('::warning ')));
    } finally {
      cleanup(dir);
    }
  });
});

describe('packer-lint --format junit', () => {
  it('is valid JUnit XML (schema-checked with xmllint), one failing case per finding', async () => {
    const dir = copyLab();
    try {
      fs.writeFileSync(
        path.join(dir, 'clean.pkr.hcl'),
        'source "null" "a" {\n  communicator = "none"\n}\n\nbuild {\n  sources = ["source.null.a"]\n}\n',
      );
      fs.writeFileSync(path.join(dir, 'lab', 'x<&"y>.pkr.hcl'), 'variable "a" {\n  default = "\u0007"\n}\n');
      const run = packerLint(['-f', 'junit', '.'], dir);
      assert.equal(run.status, 1);
      const schema = fs.readFileSync(path.join(ROOT, 'test', 'cli', 'schemas', 'junit.xsd'), 'utf8');
      const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: run.stdout }], schema: [schema] });
      assert.deepEqual(result.errors, []);
      assert.equal(result.valid, true);
      const json = jsonReport(packerLint(['-f', 'json', '.'], dir));
      const findings = json.reduce((n, r) => n + r.messages.length, 0);
      assert.equal((run.stdout.match(/<failure /g) ?? []).length, findings);
      assert.match(run.stdout, /<testsuites name="packer-lint" tests="\d+" failures="\d+" errors="0">/);
      assert.match(run.stdout, /<testcase classname="clean\.pkr\.hcl" name="packer-lint"\/>/);
    } finally {
      cleanup(dir);
    }
  });
});
