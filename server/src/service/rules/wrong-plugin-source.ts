import { allComponentTypes, classifyComponent } from '../plugins/componentPlugins';
import { packerRequirements } from '../plugins/requirements';
import { didYouMean } from '../util/didYouMean';
import type { Fix } from '../types';
import type { Rule } from './rule';

/**
 * A component whose accessor in `required_plugins` points at a plugin that does not have it: the
 * source is another plugin's (a tutorial once declared `github.com/hashicorp/vsphere` for an
 * `amazon-ebs` build), or the type is not one the declared plugin brings. Packer names a declared
 * plugin's components `<accessor>-<component>`, so it stops with "Unknown source type".
 */
export const wrongPluginSource: Rule = {
  meta: {
    id: 'wrong-plugin-source',
    description:
      'A component that the plugin required_plugins declares under its name does not bring: wrong source or wrong type.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, packer, report }) {
    const hcl = document.hcl;
    if (hcl === undefined) return;
    const requirements = packerRequirements(hcl.configuration);
    for (const component of document.components) {
      const { type, typeNode, kind } = component;
      if (type === undefined || typeNode === undefined) continue;
      const found = classifyComponent({ kind, type }, requirements, packer);
      if (found.status !== 'wrong-source') continue;
      const { requirement, declared, expected } = found;
      const source = requirement.source;
      if (source === undefined) continue;
      if (expected !== undefined && expected !== declared) {
        const inThisFile = requirement.file === hcl.file && hcl.file.json === undefined;
        const fixes: Fix[] = inThisFile
          ? [
              {
                title: `Change the source of "${requirement.name}" to "${expected.source}"`,
                isPreferred: true,
                edits: [{ range: source.range, newText: JSON.stringify(expected.source) }],
              },
            ]
          : [];
        report({
          range: typeNode.range,
          message: `${kind} "${type}" comes from ${expected.source}, but required_plugins declares "${requirement.name}" with source ${source.value}, which has no such ${kind}: Packer stops with "Unknown ${kind === 'builder' ? 'source' : kind} type ${type}".`,
          ...(fixes.length > 0 && { fixes }),
        });
        continue;
      }
      const ownTypes = declared.components.filter((c) => c.kind === kind).map((c) => c.type);
      const renamed = ownTypes.map((t) =>
        t.startsWith(declared.name) ? requirement.name + t.slice(declared.name.length) : t,
      );
      // The facts may miss a component of a plugin: say something only when a close name shows a typo.
      const suggestion = didYouMean(type, renamed) ?? didYouMean(type, allComponentTypes(kind));
      if (suggestion === undefined) continue;
      const list = renamed.length > 0 ? ` It brings: ${renamed.join(', ')}.` : '';
      report({
        range: typeNode.range,
        message: `The ${declared.name} plugin (${source.value}), declared as "${requirement.name}", has no ${kind} "${type}". Did you mean "${suggestion}"?${list}`,
        fixes: [
          {
            title: `Change the type to "${suggestion}"`,
            isPreferred: true,
            edits: [{ range: typeNode.range, newText: JSON.stringify(suggestion) }],
          },
        ],
      });
    }
  },
};
