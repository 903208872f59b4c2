/**
 * The schema of a key for a component type we have no schema of (hyperv-iso, vmware-iso, ...):
 * the key's schema in the other types of the same kind, when they all agree on its type. Many
 * keys are shared by every builder (`boot_command`, `floppy_files`, `ssh_username`), and knowing
 * that one is a list or a block is what HCL2 needs.
 */
import {
  getComponentSchema,
  listComponentTypes,
  type ComponentKind,
  type ComponentSchema,
  type PropertySchema,
} from '../schema/schemaStore';

export interface OwnedProperty {
  owner: ComponentSchema;
  property: PropertySchema;
}

const byKind = new Map<ComponentKind, Map<string, OwnedProperty | 'ambiguous'>>();

export function sharedProperty(kind: ComponentKind, key: string): OwnedProperty | undefined {
  let index = byKind.get(kind);
  if (index === undefined) {
    index = buildIndex(kind);
    byKind.set(kind, index);
  }
  const found = index.get(key);
  return found === 'ambiguous' ? undefined : found;
}

function buildIndex(kind: ComponentKind): Map<string, OwnedProperty | 'ambiguous'> {
  const index = new Map<string, OwnedProperty | 'ambiguous'>();
  for (const type of listComponentTypes(kind)) {
    const owner = getComponentSchema(kind, type);
    for (const [key, property] of Object.entries(owner?.properties ?? {})) {
      if (owner === undefined) continue;
      const known = index.get(key);
      if (known === undefined) index.set(key, { owner, property });
      else if (known !== 'ambiguous' && known.property['x-packer-type'] !== property['x-packer-type'])
        index.set(key, 'ambiguous');
    }
  }
  return index;
}
