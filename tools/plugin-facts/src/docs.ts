/**
 * The documentation page of a component on the Packer integrations site:
 * `https://developer.hashicorp.com/packer/integrations/<org>/<name>/latest/components/<kind>/<page>`,
 * where `<page>` is the component's folder under `.web-docs/components/<kind>/` in the plugin's
 * repository at its newest release (the site is built from it). A plugin the site does not list (no
 * integration identifier and no source address) links to its repository instead.
 */
import type { GitRepo } from './git';
import { type ComponentKind, DEFAULT_NAME } from './registrations';

export interface DocsComponent {
  readonly kind: ComponentKind;
  readonly registeredAs: string;
  /** the spec file: two names for one config (an alias, an old name) share it, and their page */
  readonly spec: string;
}

export class DocsLinks {
  constructor(
    private readonly repo: GitRepo,
    private readonly tag: string,
    private readonly site: { org: string; name: string } | undefined,
    private readonly plugin: string,
    private readonly repository: string,
  ) {}

  /** The link of one component among all those of the plugin. */
  link(component: DocsComponent, all: readonly DocsComponent[]): string {
    if (!this.site) return `https://github.com/${this.repository}`;
    const twins = all.filter((c) => c !== component && c.kind === component.kind && c.spec === component.spec);
    const page =
      this.page(component) ??
      twins.map((c) => this.page(c)).find((p) => p !== undefined) ??
      this.registeredName(component.registeredAs);
    const { org, name } = this.site;
    return `https://developer.hashicorp.com/packer/integrations/${org}/${name}/latest/components/${component.kind}/${page}`;
  }

  /** The component's folder under `.web-docs/components/<kind>/`, when it has one. */
  private page(component: DocsComponent): string | undefined {
    const registered = this.registeredName(component.registeredAs);
    const folders = new Set(this.repo.list(this.tag, `.web-docs/components/${component.kind}`).map((e) => e.name));
    return [registered, `${this.plugin}-${registered}`].find((c) => folders.has(c));
  }

  private registeredName(registeredAs: string): string {
    return registeredAs === DEFAULT_NAME ? this.plugin : registeredAs;
  }
}

/** `<org>/<name>` on the integrations site: its identifier, or else the source address's. */
export function siteOf(integration: string | undefined, source: string): { org: string; name: string } | undefined {
  const fromIntegration = integration && /^packer\/([^/]+)\/([^/]+)$/.exec(integration);
  if (fromIntegration) return { org: fromIntegration[1]!, name: fromIntegration[2]! };
  const fromSource = /^github\.com\/([^/\s]+)\/([^/\s]+)$/.exec(source);
  if (fromSource) return { org: fromSource[1]!, name: fromSource[2]! };
  return undefined;
}
