/**
 * What the blocks around the cursor mean to Packer: the top level, one of Packer's own blocks
 * (`build`, `variable`, ...), or a component (a source, a data source, a provisioner, a
 * post-processor, or one of their nested blocks), with the component's schema.
 */
import { getComponentSchema, type ComponentKind } from '../../schema/schemaStore';
import { nestedSettingPath } from '../context/hclComponent';
import type { BlockHeader } from './hclCursor';
import type { SettingsTarget } from './settingItems';

export type HclScope =
  | { kind: 'structure'; name: string }
  | {
      kind: 'component';
      component: ComponentKind;
      type: string;
      /** The settings target; undefined for a type we have no schema for. */
      target: SettingsTarget | undefined;
      /** Where it stands: decides the meta settings and the contextual variables it may use. */
      role: 'source' | 'data' | 'build-source' | 'provisioner' | 'post-processor';
    }
  | { kind: 'unknown' };

/** A `source "source.amazon-ebs.x" {}` label inside build (the `source.` prefix may be left out). */
function builderTypeOfReference(label: string): string | undefined {
  const parts = label.split('.');
  if (parts[0] === 'source') parts.shift();
  return parts.length >= 2 && parts[0] !== '' ? parts[0] : undefined;
}

export function scopeOf(blocks: readonly BlockHeader[]): HclScope {
  const [first, second] = blocks;
  if (first === undefined) return { kind: 'structure', name: '' };
  switch (first.type) {
    case 'source':
      return component('builder', first.labels[0], 'source', blocks.slice(1));
    case 'data':
      return component('data-source', first.labels[0], 'data', blocks.slice(1));
    case 'variable':
      return blocks.length === 1
        ? structure('variable')
        : second?.type === 'validation'
          ? structure('validation')
          : unknown();
    case 'packer':
      return blocks.length === 1
        ? structure('packer')
        : second?.type === 'required_plugins'
          ? structure('required_plugins')
          : unknown();
    case 'local':
      return blocks.length === 1 ? structure('local') : unknown();
    case 'build':
      return second === undefined ? structure('build') : insideBuild(blocks.slice(1));
    default:
      return unknown();
  }
}

function insideBuild(blocks: readonly BlockHeader[]): HclScope {
  const [first, second] = blocks;
  switch (first?.type) {
    case 'source':
      return component('builder', builderTypeOfReference(first.labels[0] ?? ''), 'build-source', blocks.slice(1));
    case 'provisioner':
    case 'error-cleanup-provisioner':
      return component('provisioner', first.labels[0], 'provisioner', blocks.slice(1));
    case 'post-processor':
      return component('post-processor', first.labels[0], 'post-processor', blocks.slice(1));
    case 'post-processors':
      if (second === undefined) return structure('post-processors');
      return second.type === 'post-processor'
        ? component('post-processor', second.labels[0], 'post-processor', blocks.slice(2))
        : unknown();
    case 'hcp_packer_registry':
      return blocks.length === 1 ? structure('hcp_packer_registry') : unknown();
    default:
      return unknown();
  }
}

function component(
  kind: ComponentKind,
  type: string | undefined,
  role: 'source' | 'data' | 'build-source' | 'provisioner' | 'post-processor',
  nested: readonly BlockHeader[],
): HclScope {
  if (type === undefined) return unknown();
  // The body of `dynamic "x" { }` holds for_each, iterator, labels and content, whatever x is.
  if (nested[nested.length - 1]?.type === 'dynamic') return structure('dynamic');
  const schema = getComponentSchema(kind, type);
  const path = nestedSettingPath(nested, (b) => b.labels[0]);
  return { kind: 'component', component: kind, type, role, target: schema && { schema, path } };
}

const structure = (name: string): HclScope => ({ kind: 'structure', name });
const unknown = (): HclScope => ({ kind: 'unknown' });
