/**
 * SARIF 2.1.0, which GitHub code scanning and other dashboards import: the tool's rules with their
 * documentation links and default levels, each finding with its region (1-based, columns in UTF-16
 * code units, SARIF's default), and the preferred fix as a SARIF fix of replacements. Paths are
 * relative to `%SRCROOT%`, the folder the run started in.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Severity } from '../../service/types';
import { ruleDocsUrl } from '../../service/rules/rule';
import { FORMAT_DOCS_URL, FORMAT_RULE_ID } from '../formatFinding';
import type { FileResult } from '../lintRun';
import type { FormatContext } from './index';
import { reportPath } from './relativePath';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

const ENCODING_NAMES: Record<string, string> = {
  utf8: 'utf-8',
  'utf8-bom': 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

const INFORMATION_URI = 'https://github.com/packer-vscode/packer-vscode';

export function formatSarif(results: FileResult[], context: FormatContext): string {
  const rules = [
    ...context.rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.description },
      helpUri: ruleDocsUrl(r.id),
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
      properties: { fixable: r.fixable },
    })),
    {
      id: FORMAT_RULE_ID,
      shortDescription: { text: 'A file that packer fmt would change (--check-format).' },
      helpUri: FORMAT_DOCS_URL,
      defaultConfiguration: { level: 'error' as const },
      properties: { fixable: true },
    },
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  // Every file checked, findings or not: the record of what the run covered.
  const artifacts: Array<{ location: { uri: string; uriBaseId?: string }; roles: string[]; encoding?: string }> = [];
  const sarifResults = [];
  const notifications = [];
  for (const result of results) {
    const shown = reportPath(result.file, context.cwd);
    // A file outside the run's folder has no path relative to SRCROOT: it gets its absolute URI.
    const location = path.isAbsolute(shown)
      ? { uri: pathToFileURL(result.file).href }
      : { uri: encodeURI(shown), uriBaseId: 'SRCROOT' };
    const encoding = result.stored === undefined ? undefined : ENCODING_NAMES[result.stored.encoding];
    const artifactIndex =
      artifacts.push({ location, roles: ['analysisTarget'], ...(encoding ? { encoding } : {}) }) - 1;
    const artifactLocation = { ...location, index: artifactIndex };
    for (const note of [result.readError, result.notFixed]) {
      if (note !== undefined)
        notifications.push({
          level: 'error' as const,
          message: { text: `${reportPath(result.file, context.cwd)}: ${note}` },
          locations: [{ physicalLocation: { artifactLocation } }],
        });
    }
    for (const m of result.messages) {
      const index = ruleIndex.get(m.ruleId);
      sarifResults.push({
        ruleId: m.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
        ...(m.fix !== undefined
          ? {
              fixes: [
                {
                  description: { text: m.fix.title },
                  artifactChanges: [{ artifactLocation, replacements: m.fix.edits.map(replacement) }],
                },
              ],
            }
          : {}),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'packer-lint',
            informationUri: INFORMATION_URI,
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            rules,
          },
        },
        originalUriBaseIds: {
          SRCROOT: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href },
        },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        invocations: [
          {
            executionSuccessful: results.every((r) => r.readError === undefined),
            toolExecutionNotifications: notifications,
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function replacement(edit: TextEdit) {
  const { start, end } = edit.range;
  return {
    deletedRegion: {
      startLine: start.line + 1,
      startColumn: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
    },
    insertedContent: { text: edit.newText },
  };
}
