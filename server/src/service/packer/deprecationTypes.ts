/** The public shapes of the deprecation findings and their rewrites (see `deprecations.ts`). */
export type ComponentKind = 'builder' | 'provisioner' | 'post-processor';

/** Operations on the component's top-level keys. */
export interface KeyRewrite {
  /** Keys to delete. */
  remove: string[];
  /**
   * Keys to add, or to overwrite when present, with their new JSON value. For a rename the value
   * is the old key's value, unchanged. A block (`network_adapters`, `storage`) is a list of objects.
   */
  set: Array<{ key: string; value: unknown }>;
}

/** Change inside one string value: a template function renamed in its `{{ }}` actions. */
export interface StringRewrite {
  replaceInString: {
    /** The top-level key whose value holds the string. */
    key: string;
    /** Where the string sits inside that value (`[]`: the value is the string itself). */
    path: Array<string | number>;
    /** The function name to replace, and its new name; only whole names inside `{{ }}` change. */
    from: string;
    to: string;
    /** The whole string after the change. */
    value: string;
  };
}

export type DeprecationRewrite = KeyRewrite | StringRewrite;

export interface DeprecationFinding {
  /** The top-level key to mark: the deprecated key, or the key whose value holds it. */
  key: string;
  /** From the component's config to the deprecated thing: `[key]` for a top-level key. */
  path: Array<string | number>;
  /** The name Packer deprecated: a key, a nested key, or a template function. */
  deprecated: string;
  subject: 'key' | 'nested-key' | 'function';
  /** The name that replaces it, if any. */
  replacement: string | undefined;
  /** Plain words, e.g. "`ssh_wait_timeout` was renamed to `ssh_timeout`". */
  message: string;
  /**
   * The fix, or `undefined` where no mechanical fix is right. Findings fixed together (the ISO
   * checksum keys, the vSphere network and disk keys) share one rewrite object: apply it once.
   */
  rewrite: DeprecationRewrite | undefined;
}

export function isStringRewrite(rewrite: DeprecationRewrite): rewrite is StringRewrite {
  return 'replaceInString' in rewrite;
}
