/**
 * The top-level keys of a legacy JSON template (facts: `json_template.root_keys`). Keys that start
 * with "_" are comments.
 */
export const ROOT_KEYS = [
  'builders',
  'description',
  'error-cleanup-provisioner',
  'min_packer_version',
  'post-processors',
  'provisioners',
  'push',
  'sensitive-variables',
  'variables',
] as const;

export function isCommentKey(key: string): boolean {
  return key.startsWith('_');
}
