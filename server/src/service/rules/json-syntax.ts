import type { Rule } from './rule';

export const jsonSyntax: Rule = {
  meta: {
    id: 'json-syntax',
    description: 'JSON that Packer cannot read (one diagnostic per mistake; parsing goes on after it).',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    for (const recovery of document.recoveries) {
      if (recovery.kind !== 'syntax') continue;
      const fix = recovery.fix;
      report({
        range: recovery.range,
        message: recovery.message,
        ...(fix !== undefined && {
          fixes: [{ title: fix.title, isPreferred: true, edits: [{ range: fix.range, newText: fix.newText }] }],
        }),
      });
    }
  },
};
