import { knownComponentTypes } from '../packer/componentTypes';
import { removedComponent } from '../packer/removedComponents';
import { accessorFor, pluginAt } from '../plugins/componentPlugins';
import { packerRequirements } from '../plugins/requirements';
import { didYouMean } from '../util/didYouMean';
import type { Rule } from './rule';

export const unknownComponentType: Rule = {
  meta: {
    id: 'unknown-component-type',
    description: 'A builder, provisioner or post-processor type that Packer does not know, with the closest known one.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    const requirements = document.hcl && packerRequirements(document.hcl.configuration);
    for (const component of document.components) {
      const typeNode = component.typeNode;
      const type = component.type;
      if (typeNode === undefined || type === undefined || type.includes('{{')) continue;
      const known = knownComponentTypes(component.kind);
      // A component Packer removed outright is removed-component's finding.
      if (known.has(type) || (component.kind !== 'data-source' && removedComponent(component.kind, type))) continue;
      // A `required_plugins` accessor of a plugin we know names it (`aws-ebs`): wrong-plugin-source judges it.
      const accessor = requirements && accessorFor(type, requirements);
      if (accessor?.source !== undefined && pluginAt(accessor.source.value) !== undefined) continue;
      const suggestion = didYouMean(type, known);
      if (suggestion === undefined) {
        // Plugins add types we cannot know: say what that means instead of calling it an error.
        report({
          range: typeNode.range,
          severity: 'information',
          message: `"${type}" is not a ${component.kind} type that Packer ships; if it comes from a plugin, install it with \`packer init\` or \`packer plugins install\`. Its settings are not checked here.`,
        });
        continue;
      }
      report({
        range: typeNode.range,
        message: `Unknown ${component.kind} type "${type}" (${component.label}). Did you mean "${suggestion}"?`,
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
