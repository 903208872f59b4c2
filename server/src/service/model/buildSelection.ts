import type { TemplateComponent } from './legacyTemplate';

/** Whether a provisioner or post-processor runs for the build of that name (`only`/`except`). */
export function appliesTo(component: TemplateComponent, buildName: string | undefined): boolean {
  if (buildName === undefined) return true;
  if (component.only.length > 0) return component.only.some((n) => n.value === buildName);
  return !component.except.some((n) => n.value === buildName);
}
