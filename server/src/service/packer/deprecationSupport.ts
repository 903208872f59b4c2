/** What the deprecation fixers share: their context and outcome, the replacements, small helpers. */
import type { ComponentKind, KeyRewrite } from './deprecationTypes';

export interface Context {
  kind: ComponentKind;
  type: string;
  config: Record<string, unknown>;
  /** Rewrites shared by several keys, computed once per call. */
  groups: Map<string, KeyRewrite | undefined>;
}

export interface Outcome {
  message: string;
  replacement?: string;
  rewrite: KeyRewrite | undefined;
}

/** The replacement of each deprecated key, for messages; absent: the key is simply dropped. */
export const REPLACEMENT: Readonly<Record<string, string>> = {
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

export function componentName(ctx: Context): string {
  return `the ${ctx.type} ${ctx.kind}`;
}

/** Go's strconv.ParseBool, which `packer fix` uses for `ssh_private_ip`. */
export function parseBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

export function group(ctx: Context, name: string, compute: () => KeyRewrite | undefined): KeyRewrite | undefined {
  if (!ctx.groups.has(name)) ctx.groups.set(name, compute());
  return ctx.groups.get(name);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function has(object: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(object, key) && object[key] !== undefined;
}
