import type { HclDiagnosticCode } from '../parsing/hcl/diagnostics';
import { CLASSES_WITH_OWN_RULE, hclParseDiagnostics, parseFinding } from '../model/hcl/parseFindings';
import type { Rule } from './rule';

const fixTitles: Partial<Record<HclDiagnosticCode, string>> = {
  'single-quotes': 'Use double quotes',
  'comma-after-argument': 'Remove the comma',
  'block-equals': 'Remove the "="',
  'missing-equals': 'Insert "="',
  'heredoc-marker': 'Remove the spaces after the heredoc marker',
};

export const hclSyntax: Rule = {
  meta: {
    id: 'hcl-syntax',
    description: 'HCL2 that Packer cannot read (one diagnostic per mistake; parsing goes on after it).',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    for (const diagnostic of hclParseDiagnostics(document, (code) => !CLASSES_WITH_OWN_RULE.has(code))) {
      report(parseFinding(document, diagnostic, fixTitles[diagnostic.code] ?? 'Fix the syntax'));
    }
  },
};
