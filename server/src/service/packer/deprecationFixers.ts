/**
 * The fix of each deprecated key: the dispatch, and the fixers every component type shares (renames,
 * keys simply dropped, keys the component cannot use, a misspelt nested key). The fixers of one family
 * sit in their own files.
 */
import { sshPrivateIp, securityGroupCidr } from './deprecationAmazonFixes';
import { isoChecksum } from './deprecationIsoFixes';
import { dockerTag, guestAdditionsAttach } from './deprecationOtherFixes';
import { componentName, has, REPLACEMENT, type Context, type Outcome } from './deprecationSupport';
import { vsphereDisk, vsphereNetwork } from './deprecationVsphereFixes';

/** A deprecated key whose replacement this component does not have. */
export function stranded(ctx: Context, key: string): Outcome {
  const replacement = REPLACEMENT[key];
  const message =
    replacement === undefined
      ? `\`${key}\` is deprecated and ${componentName(ctx)} does not use it: remove it`
      : `\`${key}\` is deprecated (its successor is \`${replacement}\`), but ${componentName(ctx)} ` +
        `has no such setting: remove it`;
  return { message, replacement, rewrite: undefined };
}

export function fixKey(ctx: Context, key: string): Outcome {
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

/** azure-chroot: `shared_image_destination.exlude_from_latest`, a misspelling. */
export function fixNested(ctx: Context, block: string, name: string): Outcome {
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
