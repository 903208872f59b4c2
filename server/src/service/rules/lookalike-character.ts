import type { Rule } from './rule';

export const lookalikeCharacter: Rule = {
  meta: {
    id: 'lookalike-character',
    description: 'A character that looks like a dash, space or punctuation mark but is another one (often pasted).',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    for (const recovery of document.recoveries) {
      if (recovery.kind !== 'lookalike-character') continue;
      const count = [...recovery.found].length;
      const what = count > 1 ? `${count} characters "${recovery.name}"` : `a ${recovery.name}`;
      const meant = recovery.replacement === '' ? 'nothing (it is invisible)' : `"${recovery.replacement[0]}"`;
      const where =
        recovery.context === 'key'
          ? 'This setting name holds'
          : recovery.context === 'type'
            ? 'This type name holds'
            : 'Here stands';
      const consequence =
        recovery.context === 'syntax' ? 'JSON does not accept it here' : 'Packer would not recognise the name';
      report({
        range: recovery.range,
        message: `${where} ${what}, which looks like ${meant} but is not: ${consequence}.`,
        fixes: [
          {
            title: recovery.replacement === '' ? `Remove the ${recovery.name}` : `Replace with "${recovery.replacement[0]}"`,
            isPreferred: true,
            edits: [{ range: recovery.range, newText: recovery.replacement }],
          },
        ],
      });
    }
  },
};
