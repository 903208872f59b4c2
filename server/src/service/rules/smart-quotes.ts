import { hclParseDiagnostics, parseFinding } from '../model/hcl/parseFindings';
import type { Rule } from './rule';

export const smartQuotes: Rule = {
  meta: {
    id: 'smart-quotes',
    description: 'Typographic (curly) quotes used as string quotes, usually pasted from a web page or a document.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    for (const diagnostic of hclParseDiagnostics(document, (code) => code === 'smart-quotes')) {
      report(parseFinding(document, diagnostic, 'Use straight quotes'));
    }
    for (const recovery of document.recoveries) {
      if (recovery.kind !== 'smart-quotes') continue;
      const found = recovery.quotes.map((q) => q.char).join(' ');
      report({
        range: recovery.range,
        message: `Curly quotes (${found}) are not quotes to JSON: this string must be written between straight double quotes (").`,
        fixes: [
          {
            title: 'Use straight quotes',
            isPreferred: true,
            edits: recovery.quotes.map((q) => ({ range: { start: q.offset, end: q.offset + 1 }, newText: q.straight })),
          },
        ],
      });
    }
  },
};
