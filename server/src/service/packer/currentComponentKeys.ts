/**
 * What the current version of a component accepts, for checking `packer fix` rewrites and for
 * telling a deprecated key Packer still takes (a warning) from one it rejects (an error: the
 * SDK's decoder fails with "Deprecated configuration key ... Please call `packer fix`" for a
 * listed key that the component's config no longer has; packer-plugin-sdk
 * template/config/config.go, `Decode`). The component's schema is the source: every plugin
 * component has one, made from the plugin's own sources (schemas/facts/).
 */
import { getComponentSchema } from '../schema/schemaStore';
import type { ComponentKind } from './deprecationTypes';

export interface CurrentKeys {
  has(key: string): boolean;
  /** Accepted but deprecated or undocumented: kept for old templates. */
  isLegacy(key: string): boolean;
  isRequired(key: string): boolean;
}

/** Undefined when nothing is known of the component (a plugin we have no facts for). */
export function currentKeys(kind: ComponentKind, type: string): CurrentKeys | undefined {
  const schema = getComponentSchema(kind, type);
  if (schema !== undefined) {
    const required = new Set<string>();
    for (const entry of schema.allOf ?? []) {
      const constraint = entry['x-packer-constraint'];
      if (constraint.kind === 'required') constraint.keys.forEach((k) => required.add(k));
    }
    const property = (key: string) =>
      Object.prototype.hasOwnProperty.call(schema.properties, key) ? schema.properties[key] : undefined;
    return {
      has: (key) => property(key) !== undefined,
      isLegacy: (key) => {
        const found = property(key);
        return found?.['x-packer-deprecated'] === true || found?.['x-packer-undocumented'] === true;
      },
      isRequired: (key) => required.has(key),
    };
  }
  return undefined;
}

export type DeprecationStatus = 'rejected' | 'accepted' | 'current' | 'unknown';

/**
 * `rejected`: gone from the component, so Packer fails on it; `accepted`: still taken (deprecated
 * or undocumented); `current`: a setting of today's component under the same name (the
 * deprecation no longer applies); `unknown`: no facts.
 */
export function deprecationStatus(kind: ComponentKind, type: string, key: string): DeprecationStatus {
  const keys = currentKeys(kind, type);
  if (keys === undefined) return kind === 'builder' ? sdkStatus(key) : 'unknown';
  if (!keys.has(key)) return 'rejected';
  return keys.isLegacy(key) ? 'accepted' : 'current';
}

/**
 * For a builder we know nothing else of: what the SDK that every plugin builds on says. Its shared
 * configs no longer have the ISO checksum keys nor `ssh_key_path` and `ssh_disable_agent`, and its
 * decoder rejects any key of the `*` pattern of `deprecated_options` that is left unused (every
 * schema's `removedKeys` lists them; Packer 1.6.6 already stops on `iso_checksum_type`), while the
 * communicator still reads `ssh_wait_timeout`.
 */
const SDK_REMOVED = ['iso_checksum_type', 'iso_checksum_url', 'iso_md5', 'ssh_key_path', 'ssh_disable_agent'];

function sdkStatus(key: string): DeprecationStatus {
  if (SDK_REMOVED.includes(key)) return 'rejected';
  return key === 'ssh_wait_timeout' ? 'accepted' : 'unknown';
}
