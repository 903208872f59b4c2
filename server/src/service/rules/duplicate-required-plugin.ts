import { packerRequirements } from '../plugins/requirements';
import type { Rule } from './rule';

/**
 * A `required_plugins` name declared twice in the folder. Packer (hcl2template `PluginRequirements`)
 * stops with `Duplicate required_plugin."NAME" block`: the name is the prefix of the plugin's
 * components, so it must point at one plugin. Within one file it is an error; across files a
 * warning, since such files are usually templates of their own.
 */
export const duplicateRequiredPlugin: Rule = {
  meta: {
    id: 'duplicate-required-plugin',
    description: 'A plugin name declared twice in required_plugins across the folder, which Packer refuses.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    const hcl = document.hcl;
    if (hcl === undefined) return;
    for (const { requirement, first } of packerRequirements(hcl.configuration).duplicates) {
      if (requirement.file !== hcl.file) continue;
      const where = first.file === hcl.file ? 'above' : `in ${first.file.name}`;
      if (first.file !== hcl.file) {
        // Files that each declare their plugins are nearly always templates built (or initialised)
        // one at a time, `packer build FILE`, side by side in a folder: only building the folder fails.
        report({
          range: requirement.nameRange,
          severity: 'warning',
          message: `This file and ${first.file.name} both declare the plugin "${requirement.name}": Packer cannot build this folder as one configuration (\`Duplicate required_plugin."${requirement.name}" block\`). If the files are templates of their own, build each alone (\`packer build FILE\`); otherwise keep one declaration.`,
        });
        continue;
      }
      const same =
        requirement.source?.value.toLowerCase() === first.source?.value.toLowerCase() &&
        requirement.version?.value === first.version?.value;
      report({
        range: requirement.nameRange,
        message: `The plugin name "${requirement.name}" is already declared ${where}: Packer stops with \`Duplicate required_plugin."${requirement.name}" block\`. Each name in required_plugins must be declared once.`,
        // The same declaration twice: removing the copy changes nothing. Two different ones need a choice.
        ...(same &&
          hcl.file.json === undefined && {
            fixes: [
              {
                title: `Remove the second declaration of "${requirement.name}"`,
                isPreferred: true,
                edits: [{ range: lineRange(hcl.file.text, requirement.attribute.range), newText: '' }],
              },
            ],
          }),
      });
    }
  },
};

/** The attribute with its whole lines, so that removing it leaves no blank line behind. */
function lineRange(text: string, range: { start: number; end: number }): { start: number; end: number } {
  let start = range.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = range.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { start, end };
}
