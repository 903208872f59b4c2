/**
 * JUnit XML, as GitLab's and Azure Pipelines' test reports read it: one test suite per file, one
 * failing test case per finding (a file without findings is one passing case, so that it shows up),
 * and an unreadable file as an error.
 */
import type { FileResult } from '../lintRun';
import type { FormatContext } from './index';
import { reportPath } from './relativePath';

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 cannot hold at all (controls other than tab and line breaks, lone surrogates).
      .replace(
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        '\ufffd',
      )
  );
}

export function formatJunit(results: FileResult[], context: FormatContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const result of results) {
    const name = escapeXml(reportPath(result.file, context.cwd));
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (result.readError !== undefined) {
      suiteErrors++;
      cases.push(
        `    <testcase classname="${name}" name="read">\n      <error message="${escapeXml(result.readError)}" type="read-error"/>\n    </testcase>`,
      );
    }
    for (const m of result.messages) {
      suiteFailures++;
      const where = `${m.line}:${m.column}`;
      const title = `${m.severity}: ${m.message}`;
      cases.push(
        `    <testcase classname="${name}" name="${escapeXml(`${where} ${m.ruleId}`)}">\n` +
          `      <failure message="${escapeXml(m.message)}" type="${escapeXml(m.ruleId)}">${escapeXml(`${reportPath(result.file, context.cwd)}:${where} ${title} (${m.ruleId})`)}</failure>\n` +
          `    </testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="packer-lint"/>`);
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="packer-lint" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    (suites.length > 0 ? `${suites.join('\n')}\n` : '') +
    `</testsuites>\n`
  );
}
