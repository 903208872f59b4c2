/** The ISO checksum keys, fixed together into `iso_checksum`. */
import { group, has, type Context, type Outcome } from './deprecationSupport';

const ISO_KEYS = ['iso_md5', 'iso_checksum_type', 'iso_checksum_url'];

/**
 * `iso_md5`, `iso_checksum_type` and `iso_checksum_url` all end up in `iso_checksum`, which takes
 * "type:value" or "file:url". Fixed together: `iso_md5` first (as type md5), then the URL wins
 * over the type, as in `packer fix`. Deviations: `iso_checksum_type: "none"` gives
 * `iso_checksum: "none"` (Packer leaves no checksum, or writes "none:<value>"), and a checksum that
 * already has the type as its prefix is not prefixed twice.
 */
export function isoChecksum(ctx: Context, key: string): Outcome {
  const { config } = ctx;
  const rewrite = group(ctx, 'iso', () => {
    const present = ISO_KEYS.filter((k) => has(config, k));
    if (present.some((k) => typeof config[k] !== 'string')) return undefined;
    const md5 = config['iso_md5'] as string | undefined;
    const url = (config['iso_checksum_url'] as string | undefined) ?? '';
    let type = (config['iso_checksum_type'] as string | undefined) ?? '';
    const current = config['iso_checksum'];
    let checksum = typeof current === 'string' ? current : '';
    if (md5 !== undefined) {
      checksum = md5;
      type = 'md5';
    }
    let next: string | undefined;
    if (url !== '') next = `file:${url}`;
    else if (type.toLowerCase() === 'none') next = 'none';
    else if (type !== '' && checksum !== '') {
      next = checksum.toLowerCase().startsWith(`${type.toLowerCase()}:`) ? checksum : `${type}:${checksum}`;
    }
    const set = next === undefined || next === current ? [] : [{ key: 'iso_checksum', value: next }];
    return { remove: present, set };
  });
  const message =
    key === 'iso_md5'
      ? '`iso_md5` was removed: put the checksum in `iso_checksum` as "md5:<value>"'
      : key === 'iso_checksum_url'
        ? '`iso_checksum_url` was removed: write `iso_checksum` as "file:<url>"'
        : '`iso_checksum_type` was removed: `iso_checksum` now starts with the type, as in ' +
          '"sha256:<value>" ("none" to skip the check)';
  return { message, replacement: 'iso_checksum', rewrite };
}
