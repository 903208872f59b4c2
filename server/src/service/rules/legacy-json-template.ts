import { findProperty } from '../parsing/tree';
import type { Rule } from './rule';

export const legacyJsonTemplate: Rule = {
  meta: {
    id: 'legacy-json-template',
    description: 'A note that Packer now prefers HCL2 templates to legacy JSON ones.',
    defaultSeverity: 'information',
    fixable: false,
  },
  check({ document, report }) {
    const template = document.template;
    if (template === undefined) return;
    const builders = findProperty(template.root, 'builders');
    report({
      range: builders?.keyRange ?? { start: template.root.range.start, end: template.root.range.start + 1 },
      message:
        'This is a legacy JSON template. Packer still reads it, but new features (plugins with `packer init`, data sources, locals) need HCL2: the command "Packer: Convert Template to HCL2" (or `packer hcl2_upgrade`) converts it.',
    });
  },
};
