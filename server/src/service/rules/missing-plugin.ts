import { requirementVersions } from '../plugins/componentPlugins';
import { CONSTRUCTS_SINCE, isAtLeast } from '../plugins/packerReleases';
import { packerRequirements } from '../plugins/requirements';
import type { Rule } from './rule';

/** The client command that runs `packer init` on the folder of the document given (as a task, trusted only). */
export const INIT_COMMAND = 'packer.init';

/**
 * A `required_plugins` entry that no installed binary satisfies. Packer (hcl2template
 * `DetectPluginBinaries`) stops every build and validate with "Missing plugins ... Did you run
 * packer init for this project ?". Said only when the host could read the plugin folder.
 */
export const missingPlugin: Rule = {
  meta: {
    id: 'missing-plugin',
    description: 'A plugin required_plugins declares that no installed version satisfies: run packer init.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, packer, report }) {
    const hcl = document.hcl;
    const installed = packer.installed;
    if (hcl === undefined || installed === undefined) return;
    // Packer before 1.7 reads no required_plugins: another rule says so.
    if (packer.packerVersion !== undefined && !isAtLeast(packer.packerVersion, CONSTRUCTS_SINCE.requiredPlugins))
      return;
    for (const requirement of packerRequirements(hcl.configuration).plugins) {
      if (requirement.file !== hcl.file) continue;
      const resolved = requirementVersions(requirement, installed);
      if (resolved === undefined || resolved.versions.satisfying.length > 0) continue;
      const { source, versions } = resolved;
      const constraint = requirement.version?.value ?? '';
      const have =
        versions.installed.length === 0
          ? `none is installed in ${installed.folder}`
          : `the installed ${versions.installed.map((i) => i.version.text).join(', ')} ${versions.installed.length === 1 ? 'does' : 'do'} not satisfy it`;
      const next =
        versions.inUse?.origin === 'release' ? `; packer init would install ${versions.inUse.version.text}` : '';
      report({
        range: requirement.nameRange,
        message: `Missing plugin ${source}${constraint === '' ? '' : ` ${constraint}`}: ${have}${next}. Packer stops with "Missing plugins"; run Packer: Init.`,
        fixes: [
          {
            title: 'Run packer init in this folder',
            isPreferred: true,
            edits: [],
            command: { command: INIT_COMMAND, arguments: [document.uri] },
          },
        ],
      });
    }
  },
};
