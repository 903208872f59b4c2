import type { ValueNode } from '../parsing/tree';
import { hclParseDiagnostics, parseFinding } from '../model/hcl/parseFindings';
import type { Rule } from './rule';

export const duplicateSetting: Rule = {
  meta: {
    id: 'duplicate-setting',
    description: 'The same key twice in one object, which Packer rejects.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ document, report }) {
    for (const diagnostic of hclParseDiagnostics(document, (code) => code === 'duplicate-argument')) {
      report(parseFinding(document, diagnostic, 'Remove this setting'));
    }
    if (document.template === undefined) return;
    const visit = (node: ValueNode): void => {
      if (node.type === 'object') {
        const seen = new Map<string, number>();
        for (const property of node.properties) {
          const count = (seen.get(property.key) ?? 0) + 1;
          seen.set(property.key, count);
          if (count === 2) {
            report({
              range: property.keyRange,
              message: `"${property.key}" is set twice in this object: Packer rejects duplicate keys. Keep one of them.`,
            });
          }
          if (property.value !== undefined) visit(property.value);
        }
      } else if (node.type === 'array') {
        node.items.forEach(visit);
      }
    };
    visit(document.template.root);
  },
};
