/**
 * The documentation page of a component on the Packer integrations site:
 * `https://developer.hashicorp.com/packer/integrations/<org>/<name>/latest/components/<kind>/<page>`,
 * where `<page>` is the component's folder under `.web-docs/components/<kind>/` in the plugin's
 * repository (the site is built from it), or else its registered name. A plugin the site does not
 * list (no integration identifier and no source address) links to its repository instead.
 */
import type { GitRepo } from './git';
import { type ComponentKind, DEFAULT_NAME } from './registrations';

export function docsLink(
  repo: GitRepo,
  tag: string,
  site: { org: string; name: string } | undefined,
  plugin: string,
  kind: ComponentKind,
  registeredAs: string,
  repository: string,
): string {
  // A plugin that is not on the integrations site is documented in its repository.
  if (!site) return `https://github.com/${repository}`;
  const registered = registeredAs === DEFAULT_NAME ? plugin : registeredAs;
  const candidates = [registered, `${plugin}-${registered}`];
  const folders = new Set(repo.list(tag, `.web-docs/components/${kind}`).map((e) => e.name));
  const page = candidates.find((c) => folders.has(c)) ?? registered;
  return `https://developer.hashicorp.com/packer/integrations/${site.org}/${site.name}/latest/components/${kind}/${page}`;
}

/** `<org>/<name>` on the integrations site: its identifier, or else the source address's. */
export function siteOf(integration: string | undefined, source: string): { org: string; name: string } | undefined {
  const fromIntegration = integration && /^packer\/([^/]+)\/([^/]+)$/.exec(integration);
  if (fromIntegration) return { org: fromIntegration[1]!, name: fromIntegration[2]! };
  const fromSource = /^github\.com\/([^/\s]+)\/([^/\s]+)$/.exec(source);
  if (fromSource) return { org: fromSource[1]!, name: fromSource[2]! };
  return undefined;
}
