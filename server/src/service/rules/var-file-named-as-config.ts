/**
 * A `.pkr.hcl` that holds only variable values, in a folder with no source or build: projects pass
 * it with `-var-file`, which works, but its name tells Packer (and anyone running `packer build`
 * on its folder) that it is configuration. One information finding suggests the `.pkrvars.hcl`
 * name, with a fix that renames the file and the references to it in the build scripts we found.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Fix } from '../types';
import type { Rule } from './rule';

export const varFileNamedAsConfig: Rule = {
  meta: {
    id: 'var-file-named-as-config',
    description: 'A .pkr.hcl file that holds only variable values: a variable file with a configuration name.',
    defaultSeverity: 'information',
    fixable: true,
  },
  check({ document, report, build }) {
    const file = document.hcl?.file;
    if (file?.namedAsConfig !== true) return;
    const first = file.body.items[0];
    if (first === undefined) return;
    const newName = file.name.replace(/\.pkr\.hcl$/i, '.pkrvars.hcl');
    const fixes: Fix[] = [];
    if (document.uri.startsWith('file:')) {
      const oldPath = fileURLToPath(document.uri);
      const newPath = path.join(path.dirname(oldPath), newName);
      const references = build?.scriptReferences(oldPath) ?? [];
      fixes.push({
        title:
          references.length > 0
            ? `Rename to ${newName} (and in ${[...new Set(references.map((r) => path.basename(r.script)))].join(', ')})`
            : `Rename to ${newName}`,
        isPreferred: true,
        edits: [],
        files: {
          rename: { from: document.uri, to: pathToFileURL(newPath).href },
          edits: references.map((r) => ({
            uri: pathToFileURL(r.script).href,
            line: r.line,
            character: r.character,
            length: r.length,
            newText: newName,
          })),
        },
      });
    }
    report({
      range: first.kind === 'attribute' ? first.nameRange : first.range,
      message:
        `"${file.name}" holds only variable values and its folder has no source or build, so it is read as a variable file ` +
        `(Packer reads it so when it is passed with -var-file). Named "${newName}", it is one for Packer and editors alike; ` +
        `"packer build" on this folder would reject it as configuration.`,
      fixes,
    });
  },
};
