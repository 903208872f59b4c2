/**
 * HCL2 quick fixes and fix-all laid out as `packer fmt` would, in the blocks they touch only: the
 * added or renamed argument lines up with its neighbours, the rest of the file stays as written,
 * line endings are kept, and the tokens are exactly those of the raw fix.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { fixAll } from '../../server/src/service/features/codeActions';
import { layoutHclFix } from '../../server/src/service/features/fixLayout';
import type { DiagnosticData } from '../../server/src/service/features/validation';
import { formatHcl } from '../../server/src/service/format/hcl';
import { sameTokens } from '../../server/src/service/format/hcl/tokenCheck';
import { createLanguageService } from '../../server/src/service/service';
import { applyReplacements } from '../support/ruleTester';

const URI = 'file:///w/main.pkr.hcl';
const service = createLanguageService({ readText: () => undefined, listDirectory: () => ['main.pkr.hcl'] });
const input = (text: string, uri = URI) => ({
  uri,
  languageId: uri.endsWith('.json') ? 'packer-json' : 'packer',
  version: 1,
  text,
});
const apply = (text: string, edits: TextEdit[]) =>
  TextDocument.applyEdits(TextDocument.create(URI, 'x', 1, text), edits);

const BUILD = 'build {\n  sources = ["source.amazon-ebs.x"]\n}\n';
const ebs = (body: string) => `source "amazon-ebs" "x" {\n${body}}\n\n${BUILD}`;

/** The preferred quick fix of the first diagnostic of `code`, raw (from the diagnostic) and as offered. */
function preferredFix(text: string, code: string, uri = URI): { raw: string; laidOut: string; action: CodeAction } {
  const diagnostics = service.validate(input(text, uri));
  const diagnostic = diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `no ${code} in ${diagnostics.map((d) => String(d.code)).join(', ')}`);
  const data = diagnostic.data as DiagnosticData;
  const raw = data.fixes.find((f) => f.isPreferred);
  const action = service.codeActions(input(text, uri), [diagnostic], ['quickfix']).find((a) => a.isPreferred);
  assert.ok(raw && action);
  const laidOut = apply(text, action.edit?.changes?.[uri] ?? []);
  const rawText = apply(text, raw.edits);
  assert.ok(sameTokens(rawText, laidOut), `tokens differ:\n${rawText}\n---\n${laidOut}`);
  return { raw: rawText, laidOut, action };
}

describe('HCL2 quick fixes laid out as packer fmt would', () => {
  it('lines up an added setting with the run it joins, and the run with it', () => {
    const text = ebs(
      '  region     = "us-east-1"\n  source_ami = "ami-1"\n  ssh_username = "u"\n  communicator = "ssh"\n',
    );
    const { laidOut } = preferredFix(text, 'missing-required-setting');
    assert.notEqual(laidOut, text);
    // ssh_username is the longest key of the run: every `=` stands one space after it.
    assert.match(laidOut, /\n {2}region {7}= "us-east-1"\n/);
    assert.match(laidOut, /\n {2}source_ami {3}= "ami-1"\n/);
    assert.match(laidOut, /\n {2}ami_name {5}= "packer-/);
    for (const line of laidOut.split('\n').slice(1, 6)) assert.equal(line.indexOf('='), 15, line);
  });

  it('realigns a run when a rename makes a key longer', () => {
    const text = ebs(
      '  region        = "us-east-1"\n  instance_type = "t3.micro"\n  ami_name      = "a"\n  source_ami    = "ami-1"\n  ssh_usrname   = "u"\n',
    );
    const { laidOut } = preferredFix(text, 'unknown-setting');
    assert.match(laidOut, /\n {2}ssh_username {2}= "u"\n/);
    assert.match(laidOut, /\n {2}region {8}= "us-east-1"\n/);
  });

  it('leaves the other blocks as written, unaligned ones included', () => {
    const other = 'source "null" "y" {\n  communicator = "none"\n  a_very_long_key_here = 1\n}\n';
    const text = `${other}\n${ebs('  region = "us-east-1"\n  source_ami = "ami-1"\n  ssh_username = "u"\n')}`;
    const { laidOut } = preferredFix(text, 'missing-required-setting');
    assert.ok(laidOut.startsWith(other), laidOut);
    assert.ok(laidOut.endsWith(BUILD));
  });

  it('keeps CR LF line endings', () => {
    const text = ebs('  region = "us-east-1"\n  source_ami = "ami-1"\n  ssh_username = "u"\n').replace(/\n/g, '\r\n');
    const { laidOut } = preferredFix(text, 'missing-required-setting');
    assert.doesNotMatch(laidOut.replace(/\r\n/g, ''), /[\r\n]/);
    assert.match(laidOut, /\r\n {2}region {7}= "us-east-1"\r\n/);
  });

  it('lays out the block it fixes while another block still has a syntax error', () => {
    const text = `${ebs('  region = "us-east-1"\n  source_ami = "ami-1"\n  ssh_username = "u"\n')}locals {\n  a = “x”\n}\n`;
    const { raw, laidOut } = preferredFix(text, 'missing-required-setting');
    assert.notEqual(laidOut, raw);
    assert.match(laidOut, /\n {2}region {7}= "us-east-1"\n/);
  });

  it('keeps the raw edits when the fixed block does not parse', () => {
    const text = 'source "amazon-ebs" "x" {\n  region = "a"\n}\n';
    const edits = [{ range: { start: text.indexOf('\n'), end: text.indexOf('\n') }, newText: '\n  tags = {' }];
    assert.equal(layoutHclFix(text, edits), undefined);
  });

  it('keeps the line break that ends an inserted block when another fix is laid out beside it', () => {
    const text = '# header\n\nsource "a" "x" {\n  region = "r"\n}\n';
    const at = text.indexOf('source');
    const inside = text.indexOf('{') + 1;
    const edits = [
      { range: { start: at, end: at }, newText: 'packer {\n  required_version = ">= 1.7.0"\n}\n\n' },
      { range: { start: inside, end: inside }, newText: '\n  ab = 2' },
    ];
    const laidOut = layoutHclFix(text, edits);
    assert.ok(laidOut !== undefined);
    assert.equal(
      applyReplacements(text, laidOut),
      '# header\n\npacker {\n  required_version = ">= 1.7.0"\n}\n\nsource "a" "x" {\n  ab     = 2\n  region = "r"\n}\n',
    );
  });

  it('keeps the raw edits when what they wrote is laid out already', () => {
    const text = 'source "amazon-ebs" "x" {\n  region = "a"\n}\n';
    const edits = [{ range: { start: text.indexOf('\n'), end: text.indexOf('\n') }, newText: '\n  region = "b"' }];
    assert.equal(layoutHclFix(text, edits), undefined);
  });

  it('realigns the run a deleted line leaves behind', () => {
    const text = 'locals {\n  a         = 1\n  very_long = 2\n}\n';
    const start = text.indexOf('  very_long');
    const edits = [{ range: { start, end: text.indexOf('}') }, newText: '' }];
    const laidOut = layoutHclFix(text, edits);
    assert.ok(laidOut);
    assert.equal(applyReplacements(text, laidOut), 'locals {\n  a = 1\n}\n');
  });

  it('aligns the run of a variable file around a changed top-level line, and nothing past a blank line', () => {
    const text = 'region = "a"\nx = 1\n\nfar_away_key = 2\nb = 3\n';
    const edits = [{ range: { start: text.indexOf('x'), end: text.indexOf('x') + 1 }, newText: 'instance' }];
    const laidOut = layoutHclFix(text, edits);
    assert.ok(laidOut);
    assert.equal(applyReplacements(text, laidOut), 'region   = "a"\ninstance = 1\n\nfar_away_key = 2\nb = 3\n');
  });

  it('does not touch a heredoc inside the block it lays out', () => {
    const text = 'locals {\n  a = <<EOF\n   keep   this =  as is\nEOF\n  b = 1\n}\n';
    const edits = [{ range: { start: text.indexOf('b = 1'), end: text.indexOf('b = 1') + 1 }, newText: 'longer' }];
    const laidOut = layoutHclFix(text, edits);
    const after = applyReplacements(text, laidOut ?? edits);
    assert.match(after, /\n {3}keep {3}this = {2}as is\nEOF\n/);
    assert.match(after, /\n {2}longer = 1\n/);
  });

  it('leaves JSON fixes as they are', () => {
    const json = '{\n  "source": {\n    "amazon-ebs": {\n      "x": {\n        "region": "a"\n      }\n    }\n  }\n}\n';
    const uri = 'file:///w/main.pkr.json';
    for (const d of service.validate(input(json, uri))) {
      const data = d.data as DiagnosticData;
      const actions = service.codeActions(input(json, uri), [d], ['quickfix']);
      assert.deepEqual(
        actions.map((a) => a.edit?.changes?.[uri]),
        data.fixes.map((f) => f.edits),
      );
    }
  });

  it('leaves the fixes of diagnostics from another version raw', () => {
    const text = ebs('  region = "us-east-1"\n  source_ami = "ami-1"\n  ssh_username = "u"\n');
    const [diagnostic] = service.validate(input(text)).filter((d) => d.code === 'missing-required-setting');
    assert.ok(diagnostic);
    const stale = { ...diagnostic, data: { ...(diagnostic.data as DiagnosticData), version: 0 } };
    const [action] = service.codeActions(input(text), [stale], ['quickfix']);
    assert.deepEqual(action?.edit?.changes?.[URI], stale.data.fixes[0]?.edits);
  });
});

describe('source.fixAll.packer in HCL2', () => {
  it('applies every fix in one block and lays the block out once', () => {
    // A source_ami has no fix of its own (no sensible default), so the template names one.
    const text = ebs('  region = "us-east-1"\n  ssh_usrname = "u"\n  communicator = "ssh"\n  source_ami = "ami-1"\n');
    const diagnostics = service.validate(input(text));
    const raw = fixAll(URI, diagnostics);
    const [all] = service.codeActions(input(text), diagnostics, ['source.fixAll.packer']);
    assert.ok(raw && all);
    const rawText = apply(text, raw.edit?.changes?.[URI] ?? []);
    const fixed = apply(text, all.edit?.changes?.[URI] ?? []);
    assert.ok(sameTokens(rawText, fixed));
    // Both missing settings and the rename: none dropped for lying in the same block.
    assert.match(fixed, /\n {2}instance_type = "t3\.micro"\n/);
    assert.match(fixed, /\n {2}ssh_username {2}= "u"\n/);
    assert.match(fixed, /\n {2}ami_name {6}= /);
    // The rest of the file was formatted already, so the whole file now is: our formatter, equal
    // to packer fmt, has nothing left to change.
    assert.equal(formatHcl(fixed), fixed);
    assert.deepEqual(
      service
        .validate({ ...input(fixed), version: 2 })
        .filter((d) => d.severity === 1)
        .map((d) => d.message),
      [],
    );
  });
});
