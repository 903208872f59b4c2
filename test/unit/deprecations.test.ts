import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  applyRewrites,
  deprecatedNames,
  findDeprecatedKeys,
  isStringRewrite,
  renameTemplateFunction,
  type ComponentKind,
  type DeprecationFinding,
  type DeprecationRewrite,
} from '../../server/src/service/packer/deprecations';
import { ALL_BUILDERS, DEPRECATION_TABLE } from '../../server/src/service/packer/deprecationTable';
import { SHARED } from '../support/corpusPath';

type Config = Record<string, unknown>;

function find(kind: ComponentKind, type: string, config: Config): DeprecationFinding[] {
  return findDeprecatedKeys(kind, type, { type, ...config });
}

/** key -> rewrite, for compact expectations. */
function rewrites(findings: DeprecationFinding[]): Record<string, DeprecationRewrite | undefined> {
  const out: Record<string, DeprecationRewrite | undefined> = {};
  for (const f of findings) out[f.path.join('.')] = f.rewrite;
  return out;
}

function rename(from: string, to: string, value: unknown): DeprecationRewrite {
  return { remove: [from], set: [{ key: to, value }] };
}

// -------------------------------------------------------------------------------------------------
// One test per fixer: input config, expected rewrite.

interface Case {
  name: string;
  kind: ComponentKind;
  type: string;
  config: Config;
  expected: Record<string, DeprecationRewrite | undefined>;
}

const cases: Case[] = [
  {
    name: 'iso_md5 -> iso_checksum "md5:..."',
    kind: 'builder',
    type: 'qemu',
    config: { iso_md5: 'abc' },
    expected: {
      iso_md5: { remove: ['iso_md5'], set: [{ key: 'iso_checksum', value: 'md5:abc' }] },
    },
  },
  {
    name: 'iso_checksum_type + iso_checksum -> one "type:value"',
    kind: 'builder',
    type: 'virtualbox-iso',
    config: { iso_checksum: 'ff00', iso_checksum_type: 'sha256' },
    expected: {
      iso_checksum_type: {
        remove: ['iso_checksum_type'],
        set: [{ key: 'iso_checksum', value: 'sha256:ff00' }],
      },
    },
  },
  {
    name: 'iso_checksum_url -> "file:URL" (and the type goes)',
    kind: 'builder',
    type: 'qemu',
    config: { iso_checksum_url: 'http://x/SHA256SUMS', iso_checksum_type: 'sha256' },
    expected: {
      iso_checksum_url: {
        remove: ['iso_checksum_type', 'iso_checksum_url'],
        set: [{ key: 'iso_checksum', value: 'file:http://x/SHA256SUMS' }],
      },
      iso_checksum_type: {
        remove: ['iso_checksum_type', 'iso_checksum_url'],
        set: [{ key: 'iso_checksum', value: 'file:http://x/SHA256SUMS' }],
      },
    },
  },
  {
    name: 'iso_checksum_type "none" -> iso_checksum "none" (deviation)',
    kind: 'builder',
    type: 'qemu',
    config: { iso_checksum_type: 'none' },
    expected: {
      iso_checksum_type: {
        remove: ['iso_checksum_type'],
        set: [{ key: 'iso_checksum', value: 'none' }],
      },
    },
  },
  {
    name: 'iso_checksum that already has the prefix is not prefixed twice (deviation)',
    kind: 'builder',
    type: 'qemu',
    config: { iso_checksum_type: 'sha256', iso_checksum: 'sha256:ff' },
    expected: { iso_checksum_type: { remove: ['iso_checksum_type'], set: [] } },
  },
  {
    name: 'iso keys with user variables combine as text',
    kind: 'builder',
    type: 'virtualbox-iso',
    config: { iso_checksum_type: '{{user `t`}}', iso_checksum: '{{user `c`}}' },
    expected: {
      iso_checksum_type: {
        remove: ['iso_checksum_type'],
        set: [{ key: 'iso_checksum', value: '{{user `t`}}:{{user `c`}}' }],
      },
    },
  },
  {
    name: 'ssh_key_path -> ssh_private_key_file',
    kind: 'builder',
    type: 'amazon-ebs',
    config: { ssh_key_path: 'k.pem' },
    expected: { ssh_key_path: rename('ssh_key_path', 'ssh_private_key_file', 'k.pem') },
  },
  {
    name: 'ssh_key_path when ssh_private_key_file is set: only removed',
    kind: 'builder',
    type: 'null',
    config: { ssh_key_path: 'k.pem', ssh_private_key_file: 'z.pem' },
    expected: { ssh_key_path: { remove: ['ssh_key_path'], set: [] } },
  },
  {
    name: 'ssh_disable_agent -> ssh_disable_agent_forwarding',
    kind: 'builder',
    type: 'googlecompute',
    config: { ssh_disable_agent: true },
    expected: {
      ssh_disable_agent: rename('ssh_disable_agent', 'ssh_disable_agent_forwarding', true),
    },
  },
  {
    name: 'ssh_host_port_min/max, ssh_skip_nat_mapping -> host_port_*, skip_nat_mapping (VirtualBox)',
    kind: 'builder',
    type: 'virtualbox-ovf',
    config: { ssh_host_port_min: 2000, ssh_host_port_max: 3000, ssh_skip_nat_mapping: true },
    expected: {
      ssh_host_port_min: rename('ssh_host_port_min', 'host_port_min', 2000),
      ssh_host_port_max: rename('ssh_host_port_max', 'host_port_max', 3000),
      ssh_skip_nat_mapping: rename('ssh_skip_nat_mapping', 'skip_nat_mapping', true),
    },
  },
  {
    name: 'VirtualBox keeps a host_port_min already set',
    kind: 'builder',
    type: 'virtualbox-iso',
    config: { ssh_host_port_min: 2000, host_port_min: 2222 },
    expected: { ssh_host_port_min: { remove: ['ssh_host_port_min'], set: [] } },
  },
  {
    name: 'QEMU overwrites host_port_min',
    kind: 'builder',
    type: 'qemu',
    config: { ssh_host_port_min: 2000, host_port_min: 2222 },
    expected: { ssh_host_port_min: rename('ssh_host_port_min', 'host_port_min', 2000) },
  },
  {
    name: 'ssh_host_port_min in a builder without port forwarding: no rewrite',
    kind: 'builder',
    type: 'amazon-ebs',
    config: { ssh_host_port_min: 2000 },
    expected: { ssh_host_port_min: undefined },
  },
  {
    name: 'ssh_wait_timeout -> ssh_timeout',
    kind: 'builder',
    type: 'vagrant',
    config: { ssh_wait_timeout: '10m' },
    expected: { ssh_wait_timeout: rename('ssh_wait_timeout', 'ssh_timeout', '10m') },
  },
  {
    name: 'ssh_wait_timeout when ssh_timeout is set: only removed',
    kind: 'builder',
    type: 'docker',
    config: { ssh_wait_timeout: '10m', ssh_timeout: '1m' },
    expected: { ssh_wait_timeout: { remove: ['ssh_wait_timeout'], set: [] } },
  },
  {
    name: 'enhanced_networking -> ena_support',
    kind: 'builder',
    type: 'amazon-ebs',
    config: { enhanced_networking: true },
    expected: { enhanced_networking: rename('enhanced_networking', 'ena_support', true) },
  },
  {
    name: 'shutdown_behaviour -> shutdown_behavior',
    kind: 'builder',
    type: 'amazon-ebssurrogate',
    config: { shutdown_behaviour: 'terminate' },
    expected: {
      shutdown_behaviour: rename('shutdown_behaviour', 'shutdown_behavior', 'terminate'),
    },
  },
  {
    name: 'ssh_private_ip true -> ssh_interface "private_ip"',
    kind: 'builder',
    type: 'amazon-ebs',
    config: { ssh_private_ip: true },
    expected: {
      ssh_private_ip: {
        remove: ['ssh_private_ip'],
        set: [{ key: 'ssh_interface', value: 'private_ip' }],
      },
    },
  },
  {
    name: 'ssh_private_ip "false" -> ssh_interface "public_ip"',
    kind: 'builder',
    type: 'amazon-instance',
    config: { ssh_private_ip: 'false' },
    expected: {
      ssh_private_ip: {
        remove: ['ssh_private_ip'],
        set: [{ key: 'ssh_interface', value: 'public_ip' }],
      },
    },
  },
  {
    name: 'ssh_private_ip with ssh_interface set: removed (deviation)',
    kind: 'builder',
    type: 'amazon-ebs',
    config: { ssh_private_ip: true, ssh_interface: 'session_manager' },
    expected: { ssh_private_ip: { remove: ['ssh_private_ip'], set: [] } },
  },
  {
    name: 'ssh_private_ip from a user variable: no mechanical fix',
    kind: 'builder',
    type: 'amazon-ebs',
    config: { ssh_private_ip: '{{user `private`}}' },
    expected: { ssh_private_ip: undefined },
  },
  {
    name: 'temporary_security_group_source_cidr -> ..._cidrs, a list',
    kind: 'builder',
    type: 'amazon-ebs',
    config: { temporary_security_group_source_cidr: '10.0.0.0/8' },
    expected: {
      temporary_security_group_source_cidr: {
        remove: ['temporary_security_group_source_cidr'],
        set: [{ key: 'temporary_security_group_source_cidrs', value: ['10.0.0.0/8'] }],
      },
    },
  },
  {
    name: 'spot_price_auto_product is removed',
    kind: 'builder',
    type: 'amazon-ebsvolume',
    config: { spot_price_auto_product: 'Linux/UNIX' },
    expected: { spot_price_auto_product: { remove: ['spot_price_auto_product'], set: [] } },
  },
  {
    name: 'amazon keys in amazon-chroot, which lacks the replacements: no rewrite',
    kind: 'builder',
    type: 'amazon-chroot',
    config: { ssh_private_ip: true, enhanced_networking: true },
    expected: {
      ssh_private_ip: undefined,
      enhanced_networking: rename('enhanced_networking', 'ena_support', true),
    },
  },
  {
    name: 'guest_additions_attach -> guest_additions_mode',
    kind: 'builder',
    type: 'virtualbox-iso',
    config: { guest_additions_attach: true },
    expected: {
      guest_additions_attach: {
        remove: ['guest_additions_attach'],
        set: [{ key: 'guest_additions_mode', value: 'attach' }],
      },
    },
  },
  {
    name: 'guest_additions_attach false -> "upload", old type name virtualbox',
    kind: 'builder',
    type: 'virtualbox',
    config: { guest_additions_attach: false },
    expected: {
      guest_additions_attach: {
        remove: ['guest_additions_attach'],
        set: [{ key: 'guest_additions_mode', value: 'upload' }],
      },
    },
  },
  {
    name: 'login_email is removed from the docker builder',
    kind: 'builder',
    type: 'docker',
    config: { login_email: 'me@example.com' },
    expected: { login_email: { remove: ['login_email'], set: [] } },
  },
  {
    name: 'login_email is removed from docker-import',
    kind: 'post-processor',
    type: 'docker-import',
    config: { login_email: 'me@example.com' },
    expected: { login_email: { remove: ['login_email'], set: [] } },
  },
  {
    name: 'manifest filename -> output',
    kind: 'post-processor',
    type: 'manifest',
    config: { filename: 'manifest.json' },
    expected: { filename: rename('filename', 'output', 'manifest.json') },
  },
  {
    name: 'docker-tag tag -> tags, merged and deduplicated',
    kind: 'post-processor',
    type: 'docker-tag',
    config: { tag: 'a, b', tags: ['b', 'c'] },
    expected: { tag: { remove: ['tag'], set: [{ key: 'tags', value: ['a', 'b', 'c'] }] } },
  },
  {
    name: 'galaxycommand -> galaxy_command (ansible)',
    kind: 'provisioner',
    type: 'ansible',
    config: { galaxycommand: 'ansible-galaxy' },
    expected: { galaxycommand: rename('galaxycommand', 'galaxy_command', 'ansible-galaxy') },
  },
  {
    name: 'galaxycommand when galaxy_command is set (ansible-local): only removed',
    kind: 'provisioner',
    type: 'ansible-local',
    config: { galaxycommand: 'a', galaxy_command: 'b' },
    expected: { galaxycommand: { remove: ['galaxycommand'], set: [] } },
  },
  {
    name: 'vsphere-iso network/network_card -> network_adapters, disk_* -> storage',
    kind: 'builder',
    type: 'vsphere-iso',
    config: {
      network: 'VM Network',
      network_card: 'vmxnet3',
      disk_size: 32768,
      disk_thin_provisioned: true,
      storage: [{ disk_size: 1024 }],
    },
    expected: {
      network: {
        remove: ['network', 'network_card'],
        set: [{ key: 'network_adapters', value: [{ network: 'VM Network', network_card: 'vmxnet3' }] }],
      },
      network_card: {
        remove: ['network', 'network_card'],
        set: [{ key: 'network_adapters', value: [{ network: 'VM Network', network_card: 'vmxnet3' }] }],
      },
      disk_size: {
        remove: ['disk_size', 'disk_thin_provisioned'],
        set: [
          {
            key: 'storage',
            value: [{ disk_size: 32768, disk_thin_provisioned: true }, { disk_size: 1024 }],
          },
        ],
      },
      disk_thin_provisioned: {
        remove: ['disk_size', 'disk_thin_provisioned'],
        set: [
          {
            key: 'storage',
            value: [{ disk_size: 32768, disk_thin_provisioned: true }, { disk_size: 1024 }],
          },
        ],
      },
    },
  },
  {
    name: 'vsphere-clone: network and disk_size are current settings',
    kind: 'builder',
    type: 'vsphere-clone',
    config: { network: 'VM Network', disk_size: 32768, network_card: 'vmxnet3' },
    expected: { network_card: undefined },
  },
  {
    name: 'parallels: headless and parallels_tools_host_path go, guest_os_distribution -> guest_os_type',
    kind: 'builder',
    type: 'parallels-iso',
    config: { headless: true, parallels_tools_host_path: '/x', guest_os_distribution: 'ubuntu' },
    expected: {
      headless: { remove: ['headless'], set: [] },
      parallels_tools_host_path: { remove: ['parallels_tools_host_path'], set: [] },
      guest_os_distribution: rename('guest_os_distribution', 'guest_os_type', 'ubuntu'),
    },
  },
  {
    name: 'hyperv: vhd_temp_path goes, cpu -> cpus, ram_size -> memory, clone_from_vmxc_path typo',
    kind: 'builder',
    type: 'hyperv-vmcx',
    config: { vhd_temp_path: 'D:\\tmp', cpu: 2, ram_size: 2048, clone_from_vmxc_path: 'C:\\vm' },
    expected: {
      vhd_temp_path: { remove: ['vhd_temp_path'], set: [] },
      cpu: rename('cpu', 'cpus', 2),
      ram_size: rename('ram_size', 'memory', 2048),
      clone_from_vmxc_path: rename('clone_from_vmxc_path', 'clone_from_vmcx_path', 'C:\\vm'),
    },
  },
  {
    name: 'scaleway access_key -> organization_id',
    kind: 'builder',
    type: 'scaleway',
    config: { access_key: 'abc' },
    expected: { access_key: rename('access_key', 'organization_id', 'abc') },
  },
  {
    name: 'azure-chroot shared_image_destination.exlude_from_latest -> exclude_from_latest',
    kind: 'builder',
    type: 'azure-chroot',
    config: { shared_image_destination: { gallery_name: 'g', exlude_from_latest: true } },
    expected: {
      'shared_image_destination.exlude_from_latest': {
        remove: [],
        set: [
          {
            key: 'shared_image_destination',
            value: { gallery_name: 'g', exclude_from_latest: true },
          },
        ],
      },
    },
  },
  {
    name: 'a builder the table does not know still gets the `*` keys',
    kind: 'builder',
    type: 'vmware-iso',
    config: { ssh_wait_timeout: '5m', ssh_host_port_min: 1 },
    expected: {
      ssh_wait_timeout: rename('ssh_wait_timeout', 'ssh_timeout', '5m'),
      ssh_host_port_min: undefined,
    },
  },
];

for (const c of cases) {
  test(`deprecated-setting fixer: ${c.name}`, () => {
    assert.deepEqual(rewrites(find(c.kind, c.type, c.config)), c.expected);
  });
}

test('clean_ami_name is renamed inside {{ }} calls, in nested maps too', () => {
  const findings = find('builder', 'amazon-ebs', {
    ami_name: 'web {{timestamp | clean_ami_name}}',
    tags: { Name: '{{ clean_ami_name `x y` }}', Other: 'clean_ami_name' },
  });
  assert.deepEqual(
    findings.map((f) => [f.key, f.path, f.subject, f.rewrite]),
    [
      [
        'ami_name',
        ['ami_name'],
        'function',
        {
          replaceInString: {
            key: 'ami_name',
            path: [],
            from: 'clean_ami_name',
            to: 'clean_resource_name',
            value: 'web {{timestamp | clean_resource_name}}',
          },
        },
      ],
      [
        'tags',
        ['tags', 'Name'],
        'function',
        {
          replaceInString: {
            key: 'tags',
            path: ['Name'],
            from: 'clean_ami_name',
            to: 'clean_resource_name',
            value: '{{ clean_resource_name `x y` }}',
          },
        },
      ],
    ],
  );
});

test('clean_image_name is renamed for googlecompute, not clean_ami_name', () => {
  const findings = find('builder', 'googlecompute', {
    image_name: '{{clean_image_name `a`}}-{{clean_ami_name `b`}}',
  });
  assert.equal(findings.length, 1);
  const rewrite = findings[0]?.rewrite;
  assert.ok(rewrite !== undefined && isStringRewrite(rewrite));
  assert.equal(rewrite.replaceInString.value, '{{clean_resource_name `a`}}-{{clean_ami_name `b`}}');
});

test('renameTemplateFunction leaves literals, fields and plain text alone', () => {
  assert.equal(renameTemplateFunction('clean_ami_name', 'clean_ami_name', 'x'), undefined);
  assert.equal(renameTemplateFunction('{{ .clean_ami_name }}', 'clean_ami_name', 'x'), undefined);
  assert.equal(renameTemplateFunction('{{ "clean_ami_name" }}', 'clean_ami_name', 'x'), undefined);
  assert.equal(renameTemplateFunction('{{ clean_ami_names }}', 'clean_ami_name', 'x'), undefined);
  assert.equal(renameTemplateFunction('{{- clean_ami_name "a" -}}', 'clean_ami_name', 'x'), '{{- x "a" -}}');
});

test('messages are plain words and name the replacement', () => {
  const [finding] = find('builder', 'amazon-ebs', { ssh_wait_timeout: '5m' });
  assert.equal(finding?.message, '`ssh_wait_timeout` was renamed to `ssh_timeout`');
  assert.equal(finding?.replacement, 'ssh_timeout');
  const [stranded] = find('builder', 'amazon-chroot', { ssh_key_path: 'k' });
  assert.match(stranded?.message ?? '', /amazon-chroot builder has no such setting/);
});

test('no findings for current keys, unknown provisioners or post-processors', () => {
  assert.deepEqual(find('builder', 'amazon-ebs', { ssh_timeout: '5m', ami_name: 'x' }), []);
  assert.deepEqual(find('provisioner', 'shell', { ssh_wait_timeout: '5m' }), []);
  assert.deepEqual(find('post-processor', 'docker-import', { tag: 'x' }), []);
  assert.deepEqual(find('post-processor', 'whatever', { filename: 'x' }), []);
});

test('findings fixed together share one rewrite object', () => {
  const findings = find('builder', 'qemu', { iso_md5: 'a', iso_checksum_type: 'md5' });
  assert.equal(findings.length, 2);
  assert.equal(findings[0]?.rewrite, findings[1]?.rewrite);
  assert.deepEqual(applyRewrites({ type: 'qemu', iso_md5: 'a', iso_checksum_type: 'md5' }, findings), {
    type: 'qemu',
    iso_checksum: 'md5:a',
  });
});

test('deprecatedNames lists keys and functions', () => {
  const names = deprecatedNames('builder', 'amazon-ebs');
  assert.ok(names.keys.includes('ssh_wait_timeout') && names.keys.includes('enhanced_networking'));
  assert.deepEqual(names.functions, ['clean_ami_name']);
});

// -------------------------------------------------------------------------------------------------
// The table against the facts file it was written from (skipped when the file is absent).

const FACTS = join(SHARED, 'packer', 'components.json');

test('the table agrees with components.json', { skip: !existsSync(FACTS) && `${FACTS} is absent` }, () => {
  const facts = JSON.parse(readFileSync(FACTS, 'utf8')) as Record<
    string,
    Record<
      string,
      {
        builder_id?: string;
        deprecated_removed_keys?: string[];
        keys: Record<string, { deprecated?: boolean }>;
      }
    >
  >;
  const kinds: Array<[string, ComponentKind]> = [
    ['builders', 'builder'],
    ['provisioners', 'provisioner'],
    ['post-processors', 'post-processor'],
  ];
  let checked = 0;
  for (const [section, kind] of kinds) {
    for (const [type, component] of Object.entries(facts[section] ?? {})) {
      const listed = new Set([
        ...(component.deprecated_removed_keys ?? []),
        ...Object.entries(component.keys)
          .filter(([, key]) => key.deprecated === true)
          .map(([name]) => name),
      ]);
      const hasId = kind !== 'builder' || component.builder_id !== undefined;
      if (!hasId) continue; // builders whose id the facts lack: see the table's comments
      const entry = DEPRECATION_TABLE[`${kind}/${type}`];
      const ours = new Set([
        ...(kind === 'builder' ? ALL_BUILDERS : []),
        ...(entry?.keys ?? []),
        ...(entry?.functions ?? []),
      ]);
      if (kind === 'provisioner' && type === 'ansible-local') {
        ours.delete('galaxycommand'); // added from `packer fix`, which renames it only here
      }
      if (kind === 'post-processor' && type === 'amazon-import') {
        listed.delete('clean_ami_name'); // a builder template function: no `{{ }}` rename here
      }
      assert.deepEqual([...ours].sort(), [...listed].sort(), `${kind}/${type}`);
      // A key is reported without a rewrite exactly when the component lacks its replacement.
      for (const key of entry?.keys ?? []) {
        const value = ['guest_additions_attach', 'ssh_private_ip'].includes(key) ? true : 'x';
        const [finding] = findDeprecatedKeys(kind, type, { type, [key]: value });
        const replacement = finding?.replacement;
        const accepted = replacement === undefined || replacement in component.keys;
        assert.equal(finding?.rewrite !== undefined, accepted, `${kind}/${type} ${key} -> ${replacement}`);
      }
      checked++;
    }
  }
  assert.ok(checked > 20);
});

// -------------------------------------------------------------------------------------------------
// The oracle: Debian's packer 1.6.6 `packer fix`, for every deprecated key it can fix.

const PACKER = '/usr/bin/packer';

interface OracleCase {
  kind: ComponentKind;
  config: Config;
  /** `packer fix` also renames this old builder type (a fix that concerns no key). */
  fixedType?: string;
}

const oracle: OracleCase[] = [
  { kind: 'builder', config: { type: 'qemu', iso_md5: 'abc' } },
  { kind: 'builder', config: { type: 'qemu', iso_checksum_type: 'sha256', iso_checksum: 'ff' } },
  { kind: 'builder', config: { type: 'qemu', iso_checksum_type: 'sha1', iso_checksum_url: 'u' } },
  {
    kind: 'builder',
    config: { type: 'qemu', iso_md5: 'a', iso_checksum: 'z', iso_checksum_type: 'sha1' },
  },
  {
    kind: 'builder',
    config: {
      type: 'virtualbox-iso',
      ssh_key_path: 'k',
      ssh_disable_agent: true,
      ssh_wait_timeout: '10m',
      ssh_host_port_min: 2000,
      ssh_host_port_max: 3000,
      ssh_skip_nat_mapping: true,
    },
  },
  {
    kind: 'builder',
    config: {
      type: 'virtualbox-ovf',
      ssh_host_port_min: 1,
      host_port_min: 2,
      ssh_skip_nat_mapping: false,
    },
  },
  {
    kind: 'builder',
    config: { type: 'virtualbox', guest_additions_attach: true },
    fixedType: 'virtualbox-iso',
  },
  {
    kind: 'builder',
    config: { type: 'virtualbox', guest_additions_attach: false },
    fixedType: 'virtualbox-iso',
  },
  {
    kind: 'builder',
    config: { type: 'qemu', ssh_host_port_min: 2000, ssh_host_port_max: 3000, host_port_max: 1 },
  },
  {
    kind: 'builder',
    config: {
      type: 'amazon-ebs',
      shutdown_behaviour: 'stop',
      enhanced_networking: true,
      ssh_private_ip: true,
      temporary_security_group_source_cidr: '1.2.3.4/32',
      spot_price_auto_product: 'Linux/UNIX',
      ami_name: 'x {{ clean_ami_name "a b" }}',
      tags: { Name: '{{clean_ami_name `a`}}', Plain: 'p' },
    },
  },
  { kind: 'builder', config: { type: 'amazon-instance', ssh_private_ip: 'false' } },
  {
    kind: 'builder',
    config: { type: 'amazon-ebs', ssh_disable_agent: true, ssh_disable_agent_forwarding: false },
  },
  {
    kind: 'builder',
    config: {
      type: 'googlecompute',
      image_name: '{{clean_image_name `x`}}',
      image_labels: { a: '{{ clean_image_name `y` }}' },
    },
  },
  {
    kind: 'builder',
    config: { type: 'azure-arm', managed_image_name: '{{clean_image_name `x`}}' },
  },
  {
    kind: 'builder',
    config: {
      type: 'azure-chroot',
      shared_image_destination: { exlude_from_latest: true, gallery_name: 'g' },
    },
  },
  {
    kind: 'builder',
    config: { type: 'docker', login_email: 'e', ssh_wait_timeout: '5m', ssh_timeout: '1m' },
  },
  {
    kind: 'builder',
    config: {
      type: 'vsphere-iso',
      network: 'VM Network',
      network_card: 'vmxnet3',
      disk_size: 1000,
      disk_thin_provisioned: true,
      disk_eagerly_scrub: false,
      storage: [{ disk_size: 5 }],
      network_adapters: [{ network: 'n2' }],
    },
  },
  { kind: 'builder', config: { type: 'vsphere-iso', networkCard: 'e1000' } },
  {
    kind: 'builder',
    config: {
      type: 'parallels-iso',
      headless: true,
      parallels_tools_host_path: 'p',
      guest_os_distribution: 'ubuntu',
    },
  },
  {
    kind: 'builder',
    config: { type: 'parallels-pvm', guest_os_distribution: 'ubuntu', guest_os_type: 'linux' },
  },
  { kind: 'builder', config: { type: 'hyperv-iso', vhd_temp_path: 'x', cpu: 2, ram_size: 1024 } },
  { kind: 'builder', config: { type: 'hyperv-vmcx', clone_from_vmxc_path: 'x', cpu: 2, cpus: 4 } },
  { kind: 'builder', config: { type: 'scaleway', access_key: 'ak' } },
  { kind: 'builder', config: { type: 'scaleway', access_key: 'ak', organization_id: 'o' } },
  { kind: 'builder', config: { type: 'null', ssh_key_path: 'k', ssh_private_key_file: 'z' } },
  { kind: 'post-processor', config: { type: 'manifest', filename: 'm.json' } },
  { kind: 'post-processor', config: { type: 'docker-tag', tag: 'a, b', tags: ['b', 'c'] } },
  { kind: 'post-processor', config: { type: 'docker-tag', tag: ['a', 'a'] } },
  { kind: 'post-processor', config: { type: 'docker-import', login_email: 'e' } },
  {
    kind: 'provisioner',
    config: { type: 'ansible-local', galaxycommand: 'g', playbook_file: 'p' },
  },
  {
    kind: 'provisioner',
    config: { type: 'ansible-local', galaxycommand: 'g', galaxy_command: 'h', playbook_file: 'p' },
  },
];

const packerAbsent = !existsSync(PACKER) && `${PACKER} is absent: the packer fix comparison is skipped`;

const SECTIONS: Record<ComponentKind, string> = {
  builder: 'builders',
  provisioner: 'provisioners',
  'post-processor': 'post-processors',
};

/**
 * Puts each config in a legacy JSON template, runs `packer fix -validate=false` on it and returns,
 * for each config, what Packer made of it.
 */
function packerFix(items: ReadonlyArray<{ kind: ComponentKind; config: Config }>): Array<Config | undefined> {
  const template: Record<string, Config[]> = {
    builders: [],
    provisioners: [],
    'post-processors': [],
  };
  const index = items.map(({ kind, config }) => {
    const list = template[SECTIONS[kind]] ?? [];
    list.push(config);
    return list.length - 1;
  });
  const dir = mkdtempSync(join(tmpdir(), 'packer-fix-'));
  try {
    const file = join(dir, 'template.json');
    writeFileSync(file, JSON.stringify(template));
    const out = execFileSync(PACKER, ['fix', '-validate=false', file], {
      encoding: 'utf8',
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    });
    const fixed = JSON.parse(out) as Record<string, Config[]>;
    return items.map(({ kind }, i) => fixed[SECTIONS[kind]]?.[index[i] ?? -1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('our rewrites give the same keys and values as the real `packer fix`', { skip: packerAbsent }, () => {
  const fixed = packerFix(oracle);
  oracle.forEach((c, i) => {
    const type = String(c.config['type']);
    const findings = findDeprecatedKeys(c.kind, type, c.config);
    assert.ok(findings.length > 0, `${type}: has findings`);
    assert.ok(
      findings.every((f) => f.rewrite !== undefined),
      `${type}: all fixable`,
    );
    const ours = applyRewrites(c.config, findings);
    if (c.fixedType !== undefined) ours['type'] = c.fixedType;
    assert.deepEqual(ours, fixed[i], `${c.kind} ${type}: ${JSON.stringify(c.config)}`);
  });
});

/** Where we part from `packer fix` on purpose: what Packer 1.6.6 does, and what we do instead. */
const deviations: Array<{
  why: string;
  kind: ComponentKind;
  config: Config;
  packer: Config;
  ours: Config;
}> = [
  {
    why: 'type "none" means no check: Packer drops it and leaves no checksum',
    kind: 'builder',
    config: { type: 'qemu', iso_checksum_type: 'none' },
    packer: { type: 'qemu' },
    ours: { type: 'qemu', iso_checksum: 'none' },
  },
  {
    why: 'Packer prefixes a checksum that already has its type',
    kind: 'builder',
    config: { type: 'qemu', iso_checksum_type: 'sha256', iso_checksum: 'sha256:ff' },
    packer: { type: 'qemu', iso_checksum: 'sha256:sha256:ff' },
    ours: { type: 'qemu', iso_checksum: 'sha256:ff' },
  },
  {
    why: 'with ssh_interface set, Packer leaves ssh_private_ip (which then fails)',
    kind: 'builder',
    config: { type: 'amazon-ebs', ssh_private_ip: true, ssh_interface: 'public_dns' },
    packer: { type: 'amazon-ebs', ssh_private_ip: true, ssh_interface: 'public_dns' },
    ours: { type: 'amazon-ebs', ssh_interface: 'public_dns' },
  },
  {
    why: 'Packer converts guest_additions_attach only for the old type name "virtualbox"',
    kind: 'builder',
    config: { type: 'virtualbox-ovf', guest_additions_attach: true },
    packer: { type: 'virtualbox-ovf', guest_additions_attach: true },
    ours: { type: 'virtualbox-ovf', guest_additions_mode: 'attach' },
  },
  {
    why: 'Packer renames galaxycommand in ansible-local only, though the SDK deprecates it in ansible',
    kind: 'provisioner',
    config: { type: 'ansible', galaxycommand: 'g', playbook_file: 'p' },
    packer: { type: 'ansible', galaxycommand: 'g', playbook_file: 'p' },
    ours: { type: 'ansible', galaxy_command: 'g', playbook_file: 'p' },
  },
  {
    why: 'Packer drops vhd_temp_path from hyperv-iso only; hyperv-vmcx shares the plugin id',
    kind: 'builder',
    config: { type: 'hyperv-vmcx', vhd_temp_path: 'x' },
    packer: { type: 'hyperv-vmcx', vhd_temp_path: 'x' },
    ours: { type: 'hyperv-vmcx' },
  },
  {
    why: 'Packer moves only a string, not a list, to temporary_security_group_source_cidrs',
    kind: 'builder',
    config: { type: 'amazon-ebs', temporary_security_group_source_cidr: ['a'] },
    packer: { type: 'amazon-ebs', temporary_security_group_source_cidr: ['a'] },
    ours: { type: 'amazon-ebs', temporary_security_group_source_cidrs: ['a'] },
  },
  {
    why: 'Packer renames ssh_wait_timeout only when it is a string',
    kind: 'builder',
    config: { type: 'null', ssh_wait_timeout: 300 },
    packer: { type: 'null', ssh_wait_timeout: 300 },
    ours: { type: 'null', ssh_timeout: 300 },
  },
  {
    why: 'Packer renames clean_ami_name even in plain text, outside {{ }}',
    kind: 'builder',
    config: { type: 'amazon-ebs', ami_description: 'made by clean_ami_name' },
    packer: { type: 'amazon-ebs', ami_description: 'made by clean_resource_name' },
    ours: { type: 'amazon-ebs', ami_description: 'made by clean_ami_name' },
  },
  {
    why: 'Packer renames keys whose replacement the builder lacks (amazon-chroot has no SSH)',
    kind: 'builder',
    config: { type: 'amazon-chroot', ssh_key_path: 'k' },
    packer: { type: 'amazon-chroot', ssh_private_key_file: 'k' },
    ours: { type: 'amazon-chroot', ssh_key_path: 'k' },
  },
];

test('deliberate differences from `packer fix` are as described', { skip: packerAbsent }, () => {
  const fixed = packerFix(deviations);
  deviations.forEach((d, i) => {
    const type = String(d.config['type']);
    assert.deepEqual(fixed[i], d.packer, `packer: ${d.why}`);
    const ours = applyRewrites(d.config, findDeprecatedKeys(d.kind, type, d.config));
    assert.deepEqual(ours, d.ours, `ours: ${d.why}`);
  });
});
