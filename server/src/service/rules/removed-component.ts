/**
 * A builder, provisioner or post-processor that Packer removed, with no plugin to install in its
 * place (`atlas`): Packer stops with "Unknown post-processor atlas" (1.6.6 and later), so it is an
 * error that says which release removed it and what to use instead.
 */
import { removedComponent } from '../packer/removedComponents';
import type { Rule } from './rule';

export const removedComponentRule: Rule = {
  meta: {
    id: 'removed-component',
    description: 'A builder, provisioner or post-processor that Packer removed, with the release and its replacement.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ document, report }) {
    for (const component of document.components) {
      const type = component.type;
      const typeNode = component.typeNode;
      if (type === undefined || typeNode === undefined || component.kind === 'data-source') continue;
      const removed = removedComponent(component.kind, type);
      if (removed === undefined) continue;
      report({
        range: typeNode.range,
        message:
          `The "${type}" ${component.kind} was removed in Packer ${removed.release}, and Packer stops with ` +
          `"Unknown ${component.kind} ${type}": ${removed.instead}.`,
      });
    }
  },
};
