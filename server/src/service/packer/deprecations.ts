/**
 * Configuration keys that Packer has deprecated, and the rewrite `packer fix` would make for each.
 *
 * Which keys are deprecated where comes from `deprecationTable.ts` (written from the facts file).
 * How each one is fixed is written here by hand: it is the behaviour of `packer fix`, checked
 * against the real `packer fix` of Packer 1.6.6 (see test/unit/deprecations.test.ts). Where that
 * fix does nothing useful, this module does better and says so in a comment (`Deviation:`);
 * fixers that concern no deprecated key (builder type renames, `.CreateTime`, PowerShell escapes,
 * QEMU `disk_size` as a string, VMware compaction, vagrant overrides) are not reproduced.
 *
 * Everything works on the decoded configuration of one component (a builder, a provisioner or a
 * post-processor): plain JSON values, whatever the template's format. A rewrite names top-level
 * keys to remove and to set, or one string to change; turning that into text edits is the rule's
 * job.
 */
import { ALL_BUILDERS, BUILDER_TYPE_ALIASES, DEPRECATION_TABLE, UNKNOWN_BUILDER_STRANDED } from './deprecationTable';

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

/** The deprecated keys and template functions of a component type (for other rules). */
export function deprecatedNames(
  kind: ComponentKind,
  type: string,
): { keys: readonly string[]; functions: readonly string[] } {
  const entry = lookup(kind, type);
  if (entry === undefined) return { keys: [], functions: [] };
  return { keys: entry.keys, functions: entry.functions };
}

export function findDeprecatedKeys(
  kind: ComponentKind,
  type: string,
  config: Record<string, unknown>,
): DeprecationFinding[] {
  const entry = lookup(kind, type);
  if (entry === undefined) return [];
  const ctx: Context = {
    kind,
    type: entry.type,
    config,
    groups: new Map(),
  };
  const findings: DeprecationFinding[] = [];

  for (const key of Object.keys(config)) {
    if (!entry.keys.includes(key) || config[key] === undefined) continue;
    const outcome = entry.stranded.includes(key) ? stranded(ctx, key) : fixKey(ctx, key);
    findings.push({
      key,
      path: [key],
      deprecated: key,
      subject: 'key',
      replacement: outcome.replacement,
      message: outcome.message,
      rewrite: outcome.rewrite,
    });
  }

  for (const [block, names] of Object.entries(entry.nested)) {
    const value = config[block];
    if (!isObject(value)) continue;
    for (const name of names) {
      if (!has(value, name)) continue;
      const outcome = fixNested(ctx, block, name);
      findings.push({
        key: block,
        path: [block, name],
        deprecated: name,
        subject: 'nested-key',
        replacement: outcome.replacement,
        message: outcome.message,
        rewrite: outcome.rewrite,
      });
    }
  }

  if (entry.functions.length > 0) {
    for (const key of Object.keys(config)) {
      if (key === 'type') continue;
      visitStrings(config[key], [], (text, path) => {
        for (const name of entry.functions) {
          const renamed = renameTemplateFunction(text, name, 'clean_resource_name');
          if (renamed === undefined) continue;
          findings.push({
            key,
            path: [key, ...path],
            deprecated: name,
            subject: 'function',
            replacement: 'clean_resource_name',
            message: `The template function \`${name}\` was renamed to \`clean_resource_name\``,
            rewrite: {
              replaceInString: {
                key,
                path,
                from: name,
                to: 'clean_resource_name',
                value: renamed,
              },
            },
          });
        }
      });
    }
  }
  return findings;
}

/**
 * The config after the findings' rewrites (each shared rewrite once; string changes first). This is
 * what `packer fix` would produce for the component, minus the fixes this module leaves alone.
 */
export function applyRewrites(
  config: Record<string, unknown>,
  findings: readonly DeprecationFinding[],
): Record<string, unknown> {
  const seen = new Set<DeprecationRewrite>();
  const strings: StringRewrite[] = [];
  const keys: KeyRewrite[] = [];
  for (const finding of findings) {
    const rewrite = finding.rewrite;
    if (rewrite === undefined || seen.has(rewrite)) continue;
    seen.add(rewrite);
    if (isStringRewrite(rewrite)) strings.push(rewrite);
    else keys.push(rewrite);
  }
  let result: Record<string, unknown> = { ...config };
  for (const rewrite of strings) result = applyStringRewrite(result, rewrite);
  for (const rewrite of keys) result = applyKeyRewrite(result, rewrite);
  return result;
}

export function applyKeyRewrite(config: Record<string, unknown>, rewrite: KeyRewrite): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (!rewrite.remove.includes(key)) result[key] = value;
  }
  for (const { key, value } of rewrite.set) result[key] = value;
  return result;
}

export function applyStringRewrite(config: Record<string, unknown>, rewrite: StringRewrite): Record<string, unknown> {
  const { key, path, value } = rewrite.replaceInString;
  return { ...config, [key]: setAt(config[key], path, value) };
}

// ---------------------------------------------------------------------------------------------
// Lookup

interface ResolvedEntry {
  type: string;
  keys: readonly string[];
  functions: readonly string[];
  stranded: readonly string[];
  nested: Readonly<Record<string, readonly string[]>>;
}

function lookup(kind: ComponentKind, rawType: string): ResolvedEntry | undefined {
  const type = kind === 'builder' ? (BUILDER_TYPE_ALIASES[rawType] ?? rawType) : rawType;
  const entry = DEPRECATION_TABLE[`${kind}/${type}`];
  if (kind !== 'builder') {
    if (entry === undefined) return undefined;
    return {
      type,
      keys: entry.keys,
      functions: entry.functions ?? [],
      stranded: entry.stranded ?? [],
      nested: entry.nested ?? {},
    };
  }
  return {
    type,
    keys: [...ALL_BUILDERS, ...(entry?.keys ?? [])],
    functions: entry?.functions ?? [],
    stranded: entry === undefined ? UNKNOWN_BUILDER_STRANDED : (entry.stranded ?? []),
    nested: entry?.nested ?? {},
  };
}

// ---------------------------------------------------------------------------------------------
// The fixers

interface Context {
  kind: ComponentKind;
  type: string;
  config: Record<string, unknown>;
  /** Rewrites shared by several keys, computed once per call. */
  groups: Map<string, KeyRewrite | undefined>;
}

interface Outcome {
  message: string;
  replacement?: string;
  rewrite: KeyRewrite | undefined;
}

/** The replacement of each deprecated key, for messages; absent: the key is simply dropped. */
const REPLACEMENT: Readonly<Record<string, string>> = {
  iso_md5: 'iso_checksum',
  iso_checksum_type: 'iso_checksum',
  iso_checksum_url: 'iso_checksum',
  ssh_key_path: 'ssh_private_key_file',
  ssh_disable_agent: 'ssh_disable_agent_forwarding',
  ssh_host_port_min: 'host_port_min',
  ssh_host_port_max: 'host_port_max',
  ssh_skip_nat_mapping: 'skip_nat_mapping',
  ssh_wait_timeout: 'ssh_timeout',
  shutdown_behaviour: 'shutdown_behavior',
  enhanced_networking: 'ena_support',
  ssh_private_ip: 'ssh_interface',
  temporary_security_group_source_cidr: 'temporary_security_group_source_cidrs',
  exlude_from_latest: 'exclude_from_latest',
  guest_additions_attach: 'guest_additions_mode',
  tag: 'tags',
  filename: 'output',
  galaxycommand: 'galaxy_command',
  network: 'network_adapters',
  networkCard: 'network_adapters',
  network_card: 'network_adapters',
  disk_size: 'storage',
  disk_thin_provisioned: 'storage',
  disk_eagerly_scrub: 'storage',
  access_key: 'organization_id',
  cpu: 'cpus',
  ram_size: 'memory',
  clone_from_vmxc_path: 'clone_from_vmcx_path',
  guest_os_distribution: 'guest_os_type',
};

function componentName(ctx: Context): string {
  return `the ${ctx.type} ${ctx.kind}`;
}

/** A deprecated key whose replacement this component does not have. */
function stranded(ctx: Context, key: string): Outcome {
  const replacement = REPLACEMENT[key];
  const message =
    replacement === undefined
      ? `\`${key}\` is deprecated and ${componentName(ctx)} does not use it: remove it`
      : `\`${key}\` is deprecated (its successor is \`${replacement}\`), but ${componentName(ctx)} ` +
        `has no such setting: remove it`;
  return { message, replacement, rewrite: undefined };
}

function fixKey(ctx: Context, key: string): Outcome {
  const { config } = ctx;
  switch (key) {
    case 'iso_md5':
    case 'iso_checksum_type':
    case 'iso_checksum_url':
      return isoChecksum(ctx, key);
    case 'ssh_key_path':
    case 'ssh_disable_agent':
    case 'ssh_wait_timeout':
    case 'ssh_skip_nat_mapping':
    case 'galaxycommand':
    case 'access_key':
      return rename(ctx, key, 'keep-existing');
    case 'ssh_host_port_min':
    case 'ssh_host_port_max':
      // QEMU's fixer overwrites `host_port_*`; VirtualBox's keeps the one already set.
      return rename(ctx, key, ctx.type === 'qemu' ? 'overwrite' : 'keep-existing');
    case 'shutdown_behaviour':
    case 'enhanced_networking':
    case 'filename':
    case 'cpu':
    case 'ram_size':
    case 'clone_from_vmxc_path':
    case 'guest_os_distribution':
      return rename(ctx, key, 'overwrite');
    case 'spot_price_auto_product':
    case 'login_email':
    case 'vhd_temp_path':
    case 'parallels_tools_host_path':
    case 'headless':
      return drop(ctx, key);
    case 'ssh_private_ip':
      return sshPrivateIp(config);
    case 'temporary_security_group_source_cidr':
      return securityGroupCidr(config);
    case 'guest_additions_attach':
      return guestAdditionsAttach(config);
    case 'tag':
      return dockerTag(ctx);
    case 'network':
    case 'networkCard':
    case 'network_card':
      return vsphereNetwork(ctx, key);
    case 'disk_size':
    case 'disk_thin_provisioned':
    case 'disk_eagerly_scrub':
      return vsphereDisk(ctx, key);
    default:
      return { message: `\`${key}\` is deprecated`, rewrite: undefined };
  }
}

/**
 * A renamed key; the value is carried over as it is. `packer fix` only moves some of these when
 * the value has the expected JSON type (`ssh_wait_timeout` a string, `ssh_disable_agent` a
 * boolean...). Deviation: a rename is right whatever the value (a `{{user}}` string, a number of
 * nanoseconds for a duration), so it is offered for any value.
 */
function rename(ctx: Context, key: string, policy: 'keep-existing' | 'overwrite'): Outcome {
  const target = REPLACEMENT[key] ?? key;
  const base = `\`${key}\` was renamed to \`${target}\``;
  if (!has(ctx.config, target)) {
    return {
      message: base,
      replacement: target,
      rewrite: { remove: [key], set: [{ key: target, value: ctx.config[key] }] },
    };
  }
  if (policy === 'keep-existing') {
    return {
      message: `${base}, which is also set here: remove the old key`,
      replacement: target,
      rewrite: { remove: [key], set: [] },
    };
  }
  return {
    message: `${base}; both are set here, and the fix keeps the value of \`${key}\` as \`packer fix\` does`,
    replacement: target,
    rewrite: { remove: [key], set: [{ key: target, value: ctx.config[key] }] },
  };
}

const DROP_REASON: Readonly<Record<string, string>> = {
  spot_price_auto_product: 'is no longer used',
  login_email: 'is no longer used (Docker dropped e-mail logins)',
  vhd_temp_path: 'is no longer used',
  parallels_tools_host_path: 'is no longer used',
  headless: 'has no effect in Parallels builders',
};

function drop(_ctx: Context, key: string): Outcome {
  const reason = DROP_REASON[key] ?? 'is no longer used';
  return { message: `\`${key}\` ${reason}: remove it`, rewrite: { remove: [key], set: [] } };
}

const ISO_KEYS = ['iso_md5', 'iso_checksum_type', 'iso_checksum_url'];

/**
 * `iso_md5`, `iso_checksum_type` and `iso_checksum_url` all end up in `iso_checksum`, which takes
 * "type:value" or "file:url". Fixed together: `iso_md5` first (as type md5), then the URL wins
 * over the type, as in `packer fix`. Deviations: `iso_checksum_type: "none"` gives
 * `iso_checksum: "none"` (Packer leaves no checksum, or writes "none:<value>"), and a checksum that
 * already has the type as its prefix is not prefixed twice.
 */
function isoChecksum(ctx: Context, key: string): Outcome {
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

/** Go's strconv.ParseBool, which `packer fix` uses for `ssh_private_ip`. */
function parseBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/**
 * `"ssh_private_ip": true` becomes `"ssh_interface": "private_ip"`, false "public_ip".
 * Deviation: when `ssh_interface` is already set, `packer fix` leaves both keys (and Packer then
 * fails on the old one); here the old key is removed.
 */
function sshPrivateIp(config: Record<string, unknown>): Outcome {
  const message = '`ssh_private_ip` was replaced by `ssh_interface` (`true` is "private_ip", `false` is "public_ip")';
  if (has(config, 'ssh_interface')) {
    return {
      message: '`ssh_private_ip` was replaced by `ssh_interface`, which is also set here: remove the old key',
      replacement: 'ssh_interface',
      rewrite: { remove: ['ssh_private_ip'], set: [] },
    };
  }
  const flag = parseBool(config['ssh_private_ip']);
  return {
    message,
    replacement: 'ssh_interface',
    rewrite:
      flag === undefined
        ? undefined
        : {
            remove: ['ssh_private_ip'],
            set: [{ key: 'ssh_interface', value: flag ? 'private_ip' : 'public_ip' }],
          },
  };
}

/**
 * A single CIDR string becomes a one-element list under the plural key. Deviation: a list already
 * (which `packer fix` leaves in place) is carried over as it is.
 */
function securityGroupCidr(config: Record<string, unknown>): Outcome {
  const value = config['temporary_security_group_source_cidr'];
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  return {
    message: '`temporary_security_group_source_cidr` was replaced by `temporary_security_group_source_cidrs`, a list',
    replacement: 'temporary_security_group_source_cidrs',
    rewrite:
      list === undefined
        ? undefined
        : {
            remove: ['temporary_security_group_source_cidr'],
            set: [{ key: 'temporary_security_group_source_cidrs', value: list }],
          },
  };
}

/**
 * `guest_additions_attach: true` becomes `guest_additions_mode: "attach"`, false "upload".
 * Deviation: `packer fix` does this only for the old type name `virtualbox`; it is offered for
 * every VirtualBox builder here.
 */
function guestAdditionsAttach(config: Record<string, unknown>): Outcome {
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
function dockerTag(ctx: Context): Outcome {
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

/**
 * vsphere-iso: `network` and `network_card` (or the older `networkCard`) become the first entry of
 * `network_adapters`, before any adapters already there.
 */
function vsphereNetwork(ctx: Context, key: string): Outcome {
  const { config } = ctx;
  const rewrite = group(ctx, 'vsphere-network', () => {
    const existing: unknown = config['network_adapters'];
    if (existing !== undefined && !Array.isArray(existing)) return undefined;
    const nic: Record<string, unknown> = {};
    const remove: string[] = [];
    if (has(config, 'network')) {
      nic['network'] = config['network'];
      remove.push('network');
    }
    for (const old of ['networkCard', 'network_card']) {
      if (!has(config, old)) continue;
      nic['network_card'] = config[old];
      remove.push(old);
    }
    return { remove, set: [{ key: 'network_adapters', value: [nic, ...((existing as unknown[] | undefined) ?? [])] }] };
  });
  const inner = key === 'network' ? '' : ' as `network_card`';
  return {
    message: `\`${key}\` moved into a \`network_adapters\` block${inner}`,
    replacement: 'network_adapters',
    rewrite,
  };
}

/** vsphere-iso: the disk keys become the first entry of `storage`. */
function vsphereDisk(ctx: Context, key: string): Outcome {
  const { config } = ctx;
  const rewrite = group(ctx, 'vsphere-disk', () => {
    const existing: unknown = config['storage'];
    if (existing !== undefined && !Array.isArray(existing)) return undefined;
    const disk: Record<string, unknown> = {};
    const remove: string[] = [];
    for (const old of ['disk_size', 'disk_thin_provisioned', 'disk_eagerly_scrub']) {
      if (!has(config, old)) continue;
      disk[old] = config[old];
      remove.push(old);
    }
    return { remove, set: [{ key: 'storage', value: [disk, ...((existing as unknown[] | undefined) ?? [])] }] };
  });
  return { message: `\`${key}\` moved into a \`storage\` block`, replacement: 'storage', rewrite };
}

/** azure-chroot: `shared_image_destination.exlude_from_latest`, a misspelling. */
function fixNested(ctx: Context, block: string, name: string): Outcome {
  const value = ctx.config[block] as Record<string, unknown>;
  const target = REPLACEMENT[name] ?? name;
  const next: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === name) {
      if (!has(value, target)) next[target] = inner;
    } else next[key] = key === target ? value[name] : inner;
  }
  return {
    message: `\`${name}\` is a misspelling kept for old templates: it is now \`${target}\``,
    replacement: target,
    rewrite: { remove: [], set: [{ key: block, value: next }] },
  };
}

function group(ctx: Context, name: string, compute: () => KeyRewrite | undefined): KeyRewrite | undefined {
  if (!ctx.groups.has(name)) ctx.groups.set(name, compute());
  return ctx.groups.get(name);
}

// ---------------------------------------------------------------------------------------------
// Template functions inside strings

/**
 * Renames calls of a template function inside the `{{ }}` actions of a string; `undefined` when
 * there is none. Text outside the actions, string literals and `.Fields` are left alone.
 * Deviation: `packer fix` replaces the name anywhere in the string, even in plain text.
 */
export function renameTemplateFunction(text: string, from: string, to: string): string | undefined {
  let out = '';
  let last = 0;
  let changed = false;
  let from_ = 0;
  for (;;) {
    const open = text.indexOf('{{', from_);
    if (open === -1) break;
    const close = text.indexOf('}}', open + 2);
    if (close === -1) break;
    let i = open + 2;
    while (i < close) {
      const ch = text[i] ?? '';
      if (ch === '"' || ch === "'") {
        i++;
        while (i < close && text[i] !== ch) i += text[i] === '\\' ? 2 : 1;
        i++;
      } else if (ch === '`') {
        const end = text.indexOf('`', i + 1);
        i = end === -1 || end > close ? close : end + 1;
      } else if (/[A-Za-z_]/.test(ch)) {
        let j = i + 1;
        while (j < close && /[A-Za-z0-9_]/.test(text[j] ?? '')) j++;
        const before = text[i - 1] ?? '';
        if (text.slice(i, j) === from && before !== '.' && before !== '$') {
          out += text.slice(last, i) + to;
          last = j;
          changed = true;
        }
        i = j;
      } else i++;
    }
    from_ = close + 2;
  }
  return changed ? out + text.slice(last) : undefined;
}

function visitStrings(
  value: unknown,
  path: Array<string | number>,
  visit: (text: string, path: Array<string | number>) => void,
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => visitStrings(item, [...path, i], visit));
  else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) visitStrings(inner, [...path, key], visit);
  }
}

function setAt(value: unknown, path: ReadonlyArray<string | number>, next: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy: unknown[] = [...(value as unknown[])];
    copy[head] = setAt(value[head], rest, next);
    return copy;
  }
  if (isObject(value) && typeof head === 'string') {
    return { ...value, [head]: setAt(value[head], rest, next) };
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(object: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(object, key) && object[key] !== undefined;
}
