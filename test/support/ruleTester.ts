/**
 * Valid/invalid tables for one rule, in the way of eslint's RuleTester: each invalid case names
 * the messages it expects and the text after its preferred fix.
 */
import * as assert from 'node:assert/strict';
import { it } from 'node:test';
import * as path from 'node:path';
import { analyseDocument } from '../../server/src/service/document';
import { FolderModel } from '../../server/src/service/model/hcl/folder';
import { findProblems } from '../../server/src/service/features/validation';
import { layoutHclFix } from '../../server/src/service/features/fixLayout';
import type { FileReader } from '../../server/src/service/rules/rule';
import type { PackerSituation } from '../../server/src/service/plugins/packerSituation';
import type { Finding, TextReplacement } from '../../server/src/service/types';

export interface InvalidCase {
  name?: string;
  code: string;
  /** One pattern per expected finding of the rule, in document order. */
  messages: RegExp[];
  /** The text after applying the preferred fix of every finding (undefined: no fix expected). */
  output?: string;
  /** The client command every preferred fix runs (`packer.init`), for fixes that are not edits. */
  command?: string;
  uri?: string;
  files?: Record<string, string>;
  /** The Packer in use and the installed plugins (default: both unknown). */
  packer?: PackerSituation;
}

export interface ValidCase {
  name?: string;
  code: string;
  uri?: string;
  files?: Record<string, string>;
  packer?: PackerSituation;
}

export function findingsOf(
  ruleId: string,
  code: string,
  uri = 'file:///test/template.json',
  files: Record<string, string> = {},
  packer?: PackerSituation,
): Finding[] {
  // `files` is a virtual disk: the scripts a provisioner names, or the other files of an HCL2 folder.
  const listDirectory = (dir: string) =>
    Object.keys(files)
      .filter((p) => path.dirname(p) === dir)
      .map((p) => path.basename(p));
  const reader: FileReader = { readText: (p) => files[p], listDirectory };
  const folders = new FolderModel({ listDirectory, readText: (p) => files[p], openText: () => undefined });
  const hcl = /\.pkr(vars)?\.hcl$/.test(uri);
  const document = analyseDocument(
    { uri, version: 1, languageId: hcl ? 'packer' : 'packer-json', text: code },
    folders,
  );
  return findProblems(document, reader, undefined, packer).filter((f) => f.ruleId === ruleId);
}

export function applyReplacements(text: string, edits: TextReplacement[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  return result;
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  for (const [index, valid] of cases.valid.entries()) {
    it(`valid ${index + 1}${valid.name !== undefined ? `: ${valid.name}` : ''}`, () => {
      const findings = findingsOf(ruleId, valid.code, valid.uri, valid.files, valid.packer);
      assert.deepEqual(
        findings.map((f) => f.message),
        [],
      );
    });
  }
  for (const [index, invalid] of cases.invalid.entries()) {
    it(`invalid ${index + 1}${invalid.name !== undefined ? `: ${invalid.name}` : ''}`, () => {
      const findings = findingsOf(ruleId, invalid.code, invalid.uri, invalid.files, invalid.packer);
      assert.equal(findings.length, invalid.messages.length, findings.map((f) => f.message).join('\n'));
      invalid.messages.forEach((pattern, i) => assert.match(findings[i]?.message ?? '', pattern));
      const preferred = findings.map((f) => f.fixes?.filter((x) => x.isPreferred === true) ?? []);
      if (invalid.command !== undefined) {
        for (const p of preferred)
          assert.deepEqual(
            p.map((x) => [x.command?.command, x.edits.length]),
            [[invalid.command, 0]],
          );
        return;
      }
      if (invalid.output === undefined) {
        assert.ok(
          preferred.every((p) => p.length === 0),
          'expected no preferred fix',
        );
        return;
      }
      for (const p of preferred) assert.equal(p.length, 1, 'each finding has exactly one preferred fix');
      // One declaration may serve several findings: applied once, as fix-all does.
      const fingerprints = new Set<string>();
      const raw = preferred
        .map((p) => p[0]?.edits ?? [])
        .filter((edits) => !fingerprints.has(JSON.stringify(edits)) && fingerprints.add(JSON.stringify(edits)))
        .flat();
      // Native HCL2 fixes are laid out as packer fmt would, as the code actions do.
      const edits = /\.pkr(vars)?\.hcl$/.test(invalid.uri ?? '') ? (layoutHclFix(invalid.code, raw) ?? raw) : raw;
      assert.equal(applyReplacements(invalid.code, edits), invalid.output);
    });
  }
}
