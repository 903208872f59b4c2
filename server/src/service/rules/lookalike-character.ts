import { hclParseDiagnostics, parseFinding } from '../model/hcl/parseFindings';
import { lookalike } from '../parsing/characters';
import type { Rule } from './rule';

export const lookalikeCharacter: Rule = {
  meta: {
    id: 'lookalike-character',
    description: 'A character that looks like a dash, space or punctuation mark but is another one (often pasted).',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    const parsed = document.hcl?.file.diagnostics ?? [];
    for (const diagnostic of hclParseDiagnostics(document, (code) => code === 'lookalike-character')) {
      const finding = parseFinding(document, diagnostic, 'Replace with what it looks like');
      // Read as what it looks like, the text is still wrong right there (a dash where an argument
      // should start): the replacement would cure nothing, so it is not offered.
      const stillWrong = parsed.some(
        (d) => d.code !== 'lookalike-character' && d.range.start === diagnostic.range.start,
      );
      report(stillWrong ? { ...finding, fixes: [] } : finding);
    }
    // HCL2 strings may hold any character, but a component type label names a plugin component.
    for (const component of document.hcl === undefined ? [] : document.components) {
      const label = component.typeNode;
      if (label === undefined || component.type === undefined || label.value === component.type) continue;
      report({
        range: label.range,
        message: `The type "${label.value}" holds a character that only looks like ASCII (${describeLookalikes(label.value)}): Packer would not recognise "${component.type}".`,
        fixes: [
          {
            title: `Replace with "${component.type}"`,
            isPreferred: true,
            edits: [{ range: label.range, newText: JSON.stringify(component.type) }],
          },
        ],
      });
    }
    for (const recovery of document.recoveries) {
      if (recovery.kind !== 'lookalike-character') continue;
      const count = [...recovery.found].length;
      const what = count > 1 ? `${count} × ${recovery.name}` : recovery.name;
      const invisible = recovery.replacement === '';
      const meant = recovery.replacement[0] ?? '';
      const resemblance = invisible ? 'an invisible character' : `looks like "${meant}" but is not`;
      const where =
        recovery.context === 'key'
          ? 'in this setting name: Packer would not recognise the name'
          : recovery.context === 'type'
            ? 'in this type name: Packer would not recognise the type'
            : 'where JSON expects plain ASCII: Packer cannot read the template';
      report({
        range: recovery.range,
        message: `${capitalize(what)} (${resemblance}) ${where}.`,
        fixes: [
          {
            title: invisible ? `Remove the ${recovery.name}` : `Replace with "${meant}"`,
            isPreferred: true,
            edits: [{ range: recovery.range, newText: recovery.replacement }],
          },
        ],
      });
    }
  },
};

function describeLookalikes(value: string): string {
  const names = [...value].map((char) => lookalike(char)?.name).filter((name): name is string => name !== undefined);
  return [...new Set(names)].join(', ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
