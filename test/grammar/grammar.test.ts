// The TextMate grammars in syntaxes/: how they are contributed and packaged, the token types VS Code
// derives from them (which decide auto-closing and bracket matching), and the scope tests in
// test/grammar/cases (assertions) and test/grammar/snap (snapshots), run with vscode-tmgrammar-test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');
const HERE = path.join(ROOT, 'test', 'grammar');

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  tokenTypes?: Record<string, string>;
  embeddedLanguages?: Record<string, string>;
}

interface Rule {
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
  beginCaptures?: Record<string, Rule>;
  endCaptures?: Record<string, Rule>;
  repository?: Record<string, Rule>;
}

interface Grammar extends Rule {
  scopeName: string;
  repository: Record<string, Rule>;
}

const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { languages: { id: string }[]; grammars?: GrammarContribution[] };
};
const contributions = packageJson.contributes.grammars ?? [];

function readGrammar(file: string): Grammar {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Grammar;
}

/** Every `include` of a rule tree, with where it was found. */
function includes(rule: Rule, where: string, out: { include: string; where: string }[] = []) {
  if (rule.include !== undefined) out.push({ include: rule.include, where });
  rule.patterns?.forEach((r, i) => includes(r, `${where}/patterns/${i}`, out));
  for (const key of ['captures', 'beginCaptures', 'endCaptures', 'repository'] as const) {
    for (const [name, r] of Object.entries(rule[key] ?? {})) includes(r, `${where}/${key}/${name}`, out);
  }
  return out;
}

const TOKEN_TYPE: Record<string, number> = { other: 0, comment: 1, string: 2 };
const typeName = (t: number) => ['other', 'comment', 'string', 'regex'][t] ?? String(t);

describe('grammar contributions', () => {
  it('map each Packer language to its scope and an existing grammar file', () => {
    const expected: Record<string, string> = {
      packer: 'source.packer.hcl',
      'packer-vars': 'source.packer.hcl',
      'packer-json': 'source.packer.json',
    };
    for (const [language, scopeName] of Object.entries(expected)) {
      const entries = contributions.filter((g) => g.language === language);
      assert.equal(entries.length, 1, `one grammar for ${language}`);
      const [entry] = entries;
      assert.ok(entry);
      assert.equal(entry.scopeName, scopeName);
      assert.ok(existsSync(path.join(ROOT, entry.path)), entry.path);
      assert.equal(readGrammar(entry.path).scopeName, scopeName, `${entry.path} declares ${scopeName}`);
      assert.ok(
        packageJson.contributes.languages.some((l) => l.id === language),
        `${language} is a contributed language`,
      );
    }
  });

  it('give the same scope the same file and the same tokenTypes, and embed no other language', () => {
    const byScope = new Map<string, GrammarContribution>();
    for (const g of contributions) {
      assert.equal(g.embeddedLanguages, undefined, `${g.language}: nothing foreign is embedded`);
      for (const type of Object.values(g.tokenTypes ?? {})) assert.ok(type in TOKEN_TYPE, type);
      const seen = byScope.get(g.scopeName);
      if (seen) {
        // VS Code keeps one registration per scope: the entries must agree.
        assert.equal(g.path, seen.path);
        assert.deepEqual(g.tokenTypes, seen.tokenTypes);
      } else byScope.set(g.scopeName, g);
    }
  });

  it('are packaged: .vscodeignore lets syntaxes/*.json back in', () => {
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
    assert.ok(ignore.includes('!syntaxes/*.json'));
    for (const g of contributions) assert.match(g.path, /^\.\/syntaxes\/[^/]+\.json$/);
  });

  it('include only rules that exist', () => {
    for (const g of new Set(contributions.map((c) => c.path))) {
      const grammar = readGrammar(g);
      for (const { include, where } of includes(grammar, g)) {
        if (include === '$self' || include === '$base') continue;
        assert.ok(include.startsWith('#'), `${where}: ${include} (no other grammar is included)`);
        assert.ok(include.slice(1) in grammar.repository, `${where}: ${include} is not in the repository`);
      }
    }
  });
});

describe('token types (what auto-closing and bracket matching see)', () => {
  let registry: textmate.Registry;

  before(async () => {
    await oniguruma.loadWASM(
      new Uint8Array(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'))).buffer,
    );
    registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: (scopeName) => {
        const g = contributions.find((c) => c.scopeName === scopeName);
        const file = g && path.join(ROOT, g.path);
        return Promise.resolve(file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null);
      },
    });
  });

  /** The token type at the first `needle` (or its `nth` occurrence) on the last line of `text`. */
  async function typeAt(language: string, text: string, needle: string, nth = 1): Promise<string> {
    const g = contributions.find((c) => c.language === language);
    assert.ok(g);
    const tokenTypes: Record<string, number> = {};
    for (const [selector, type] of Object.entries(g.tokenTypes ?? {})) tokenTypes[selector] = TOKEN_TYPE[type] ?? -1;
    // Language id 1: vscode-textmate wants one other than 0. The registry keeps the first configuration
    // it sees for a scope; packer and packer-vars carry the same tokenTypes (checked above).
    const grammar = await registry.loadGrammarWithConfiguration(g.scopeName, 1, { tokenTypes });
    assert.ok(grammar);
    let state: textmate.StackElement = textmate.INITIAL;
    const lines = text.split('\n');
    let tokens: Uint32Array = new Uint32Array();
    for (const line of lines) ({ tokens, ruleStack: state } = grammar.tokenizeLine2(line, state));
    const last = lines[lines.length - 1] ?? '';
    let at = -1;
    for (let i = 0; i < nth; i++) at = last.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${needle} in ${last}`);
    let type = -1;
    for (let i = 0; i < tokens.length; i += 2) if ((tokens[i] ?? 0) <= at) type = ((tokens[i + 1] ?? 0) & 768) >>> 8;
    return typeName(type);
  }

  it('HCL: strings are strings, ${ } and %{ } are code, and their own strings and comments are themselves', async () => {
    const line = 'a = "x ${var.y} {{ .Z }}" # c';
    assert.equal(await typeAt('packer', line, 'a'), 'other');
    assert.equal(await typeAt('packer', line, 'x '), 'string');
    assert.equal(await typeAt('packer', line, '${'), 'other');
    assert.equal(await typeAt('packer', line, 'var'), 'other');
    assert.equal(await typeAt('packer', line, '}'), 'other');
    // A Go-template call stays part of the string Packer hands to the builder.
    assert.equal(await typeAt('packer', line, '{{'), 'string');
    assert.equal(await typeAt('packer', line, 'Z'), 'string');
    assert.equal(await typeAt('packer', line, '# c'), 'comment');
    const nested = 'a = "${lower("in")} ${ /* note */ b } %{ if c }d%{ endif }"';
    assert.equal(await typeAt('packer', nested, 'in'), 'string');
    assert.equal(await typeAt('packer', nested, 'note'), 'comment');
    assert.equal(await typeAt('packer', nested, 'if'), 'other');
    assert.equal(await typeAt('packer', nested, 'd%'), 'string');
    assert.equal(await typeAt('packer-vars', 'a = "${b}"', 'b'), 'other');
  });

  it('HCL: a heredoc is a string, with code in its interpolations', async () => {
    const text = 'a = <<EOT\nrun ${var.x}';
    assert.equal(await typeAt('packer', text, 'run'), 'string');
    assert.equal(await typeAt('packer', text, 'var'), 'other');
  });

  it('JSON: everything inside a string stays a string (quotes there are written \\")', async () => {
    const line = '{"a": "x ${var.y} {{ user `z` }}", "b": true}';
    assert.equal(await typeAt('packer-json', line, 'a'), 'string');
    assert.equal(await typeAt('packer-json', line, 'var'), 'string');
    assert.equal(await typeAt('packer-json', line, 'user'), 'string');
    assert.equal(await typeAt('packer-json', line, 'true'), 'other');
    assert.equal(await typeAt('packer-json', '{"a": 1} // c', 'c'), 'comment');
  });
});

describe('scope tests (vscode-tmgrammar-test)', () => {
  const run = (bin: 'unit' | 'snapshot', args: string[]) => {
    const result = spawnSync(process.execPath, [require.resolve(`vscode-tmgrammar-test/dist/${bin}.js`), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
  };

  it('the lab template copy is the fixture, byte for byte', () => {
    const fixture = readFileSync(path.join(ROOT, 'test', 'fixtures', 'lab', 'packer_configuration.json'));
    const copy = readFileSync(path.join(HERE, 'snap', 'lab-packer_configuration.json'));
    assert.ok(copy.equals(fixture), 'copy test/fixtures/lab/packer_configuration.json over and update its snapshot');
  });

  it('every snapshot input has its committed .snap', () => {
    const snap = path.join(HERE, 'snap');
    const inputs = readdirSync(snap).filter((f) => !f.endsWith('.snap'));
    assert.ok(inputs.length > 0);
    // The tool writes a missing snapshot and passes: make that a failure here.
    for (const f of inputs) assert.ok(existsSync(path.join(snap, `${f}.snap`)), `${f}.snap is missing`);
  });

  it('assertions in test/grammar/cases hold', () => {
    run('unit', ['test/grammar/cases/*.test.*']);
  });

  it('HCL snapshots in test/grammar/snap match', () => {
    run('snapshot', ['-s', 'source.packer.hcl', 'test/grammar/snap/*.hcl']);
  });

  it('JSON snapshots in test/grammar/snap match', () => {
    run('snapshot', ['-s', 'source.packer.json', 'test/grammar/snap/*.json']);
  });
});
