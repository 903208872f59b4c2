/**
 * Components that Packer removed outright, with nothing to install in their place: the release
 * that removed each and what to use instead. Read from hashicorp/packer's history: the commit
 * "Complete Atlas deprecation" (ddf23a2, first in v1.3.0) deleted `post-processor/atlas` with the
 * `push` command, since HashiCorp Atlas was shut down. Every other builder, provisioner and
 * post-processor deleted from Packer's tree moved to a plugin (CHANGELOG 1.7 to 1.10: "Extract ...",
 * "Remove ... as vendored plugins"); those are `unknown-component-type` information findings
 * that say to install the plugin.
 */
import type { ComponentKind } from './deprecationTypes';

export interface RemovedComponent {
  release: string;
  /** What replaces it, in a sentence fragment. */
  instead: string;
}

const REMOVED: Readonly<Record<string, RemovedComponent>> = {
  'post-processor/atlas': {
    release: '1.3.0',
    instead:
      'the Atlas service it uploaded to is gone; publish Vagrant boxes with the "vagrant-cloud" post-processor, ' +
      'and keep track of images with HCP Packer (an hcp_packer_registry block)',
  },
};

export function removedComponent(kind: ComponentKind, type: string): RemovedComponent | undefined {
  return Object.prototype.hasOwnProperty.call(REMOVED, `${kind}/${type}`) ? REMOVED[`${kind}/${type}`] : undefined;
}
