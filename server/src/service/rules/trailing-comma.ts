import type { Rule } from './rule';

export const trailingComma: Rule = {
  meta: {
    id: 'trailing-comma',
    description: 'A comma after the last item of a JSON object or array, which Packer rejects.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    for (const recovery of document.recoveries) {
      if (recovery.kind !== 'trailing-comma') continue;
      const what = recovery.container === 'object' ? 'setting of an object' : 'item of a list';
      report({
        range: recovery.range,
        message: `Trailing comma: JSON allows no comma after the last ${what}, and Packer refuses to read the template.`,
        fixes: [
          { title: 'Remove the trailing comma', isPreferred: true, edits: [{ range: recovery.range, newText: '' }] },
        ],
      });
    }
  },
};
