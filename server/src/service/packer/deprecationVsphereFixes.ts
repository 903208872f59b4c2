/** vsphere-iso: the network and disk keys, moved into `network_adapters` and `storage` blocks. */
import { group, has, type Context, type Outcome } from './deprecationSupport';

/**
 * vsphere-iso: `network` and `network_card` (or the older `networkCard`) become the first entry of
 * `network_adapters`, before any adapters already there.
 */
export function vsphereNetwork(ctx: Context, key: string): Outcome {
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
export function vsphereDisk(ctx: Context, key: string): Outcome {
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
