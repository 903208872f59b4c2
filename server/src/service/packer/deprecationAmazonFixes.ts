/** The Amazon builders' keys whose value changes shape: `ssh_private_ip`, the security group CIDR. */
import { has, parseBool, type Outcome } from './deprecationSupport';

/**
 * `"ssh_private_ip": true` becomes `"ssh_interface": "private_ip"`, false "public_ip".
 * Deviation: when `ssh_interface` is already set, `packer fix` leaves both keys (and Packer then
 * fails on the old one); here the old key is removed.
 */
export function sshPrivateIp(config: Record<string, unknown>): Outcome {
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
export function securityGroupCidr(config: Record<string, unknown>): Outcome {
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
