/** The other keys whose value changes shape: VirtualBox's `guest_additions_attach`, docker-tag's `tag`. */
import { has, parseBool, type Context, type Outcome } from './deprecationSupport';

/**
 * `guest_additions_attach: true` becomes `guest_additions_mode: "attach"`, false "upload".
 * Deviation: `packer fix` does this only for the old type name `virtualbox`; it is offered for
 * every VirtualBox builder here.
 */
export function guestAdditionsAttach(config: Record<string, unknown>): Outcome {
  const flag = parseBool(config['guest_additions_attach']);
  return {
    message:
      '`guest_additions_attach` was replaced by `guest_additions_mode` (`true` is "attach", `false` is "upload")',
    replacement: 'guest_additions_mode',
    rewrite:
      flag === undefined
        ? undefined
        : {
            remove: ['guest_additions_attach'],
            set: [{ key: 'guest_additions_mode', value: flag ? 'attach' : 'upload' }],
          },
  };
}

/** A comma-separated string or a list of strings, as docker-tag reads `tag` and `tags`. */
function tagList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(',').map((tag) => tag.trim());
  if (Array.isArray(value) && value.every((tag) => typeof tag === 'string')) {
    return value;
  }
  return undefined;
}

/** docker-tag: `tag` (string or list) joins `tags`, duplicates dropped, as `packer fix` does. */
export function dockerTag(ctx: Context): Outcome {
  const { config } = ctx;
  const tag = tagList(config['tag']);
  const tags = has(config, 'tags') ? tagList(config['tags']) : [];
  return {
    message: '`tag` was renamed to `tags`, a list',
    replacement: 'tags',
    rewrite:
      tag === undefined || tags === undefined
        ? undefined
        : { remove: ['tag'], set: [{ key: 'tags', value: [...new Set([...tag, ...tags])] }] },
  };
}
