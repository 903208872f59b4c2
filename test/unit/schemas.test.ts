import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  COMPONENT_KINDS,
  constraintOf,
  getBlockProperties,
  getComponentSchema,
  getPropertySchema,
  isListBlock,
  listComponentTypes,
  validateComponent,
} from '../../server/src/service/schema/schemaStore';
import type {
  ComponentKind,
  ComponentSchema,
  PackerConstraint,
  PropertySchema,
} from '../../server/src/service/schema/schemaTypes';

const ROOT = path.resolve(__dirname, '../../..');
/** The schema generator, compiled by tsc -b (tools/schema-generator). */
const GENERATOR = path.join(ROOT, 'out', 'tools', 'schema-generator', 'main.js');
const FACTS = process.env.PACKER_FACTS ?? path.resolve(ROOT, '..', 'shared', 'packer', 'components.json');
const CORPUS = process.env.PACKER_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');

function schemaOf(kind: ComponentKind, type: string): ComponentSchema {
  const schema = getComponentSchema(kind, type);
  assert.ok(schema, `no schema for ${kind}/${type}`);
  return schema;
}

/** errors as "instancePath keyword [constraint kind]" */
function check(kind: ComponentKind, type: string, value: Record<string, unknown>): string[] {
  const schema = schemaOf(kind, type);
  return validateComponent(kind, type, value).map((e) => {
    const c = constraintOf(schema, e);
    return `${e.instancePath} ${e.keyword}${c ? ` ${c.kind}` : ''}`;
  });
}

function constraints(kind: ComponentKind, type: string, value: Record<string, unknown>): PackerConstraint[] {
  const schema = schemaOf(kind, type);
  return validateComponent(kind, type, value).flatMap((e) => constraintOf(schema, e) ?? []);
}

const EBS = {
  type: 'amazon-ebs',
  region: 'us-east-1',
  source_ami: 'ami-12345678',
  instance_type: 't2.micro',
  ssh_username: 'ubuntu',
  ami_name: 'packer-example',
};
const without = (key: string, value: Record<string, unknown> = EBS) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

describe('schema store', () => {
  it('has every component of the plugin facts and the core components of components.json', () => {
    const pluginComponents = fs
      .readdirSync(path.join(ROOT, 'schemas', 'facts'))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => {
        const facts = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'facts', f), 'utf8')) as {
          plugin: string;
          components: { kind: ComponentKind; type: string }[];
        };
        return ['hashicups', 'mondoo'].includes(facts.plugin) ? [] : facts.components;
      });
    assert.ok(pluginComponents.length >= 135, `${pluginComponents.length} plugin components`);
    for (const { kind, type } of pluginComponents)
      assert.ok(getComponentSchema(kind, type)?.['x-packer'].plugin, `${kind}/${type} has a plugin schema`);
    for (const [kind, type] of [
      ['builder', 'null'],
      ['provisioner', 'shell'],
      ['post-processor', 'manifest'],
      ['data-source', 'http'],
    ] as const)
      assert.equal(getComponentSchema(kind, type)?.['x-packer'].plugin, undefined, `${kind}/${type} is core`);
    assert.ok(listComponentTypes('builder').includes('proxmox-iso'));
    assert.equal(getComponentSchema('builder', 'no-such-builder'), undefined);
    assert.equal(getComponentSchema('builder', 'toString'), undefined);
    assert.deepEqual(validateComponent('builder', 'no-such-builder', {}), []);
    const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'index.json'), 'utf8')) as unknown[];
    const counts = COMPONENT_KINDS.map((kind) => listComponentTypes(kind).length);
    assert.equal(
      index.length,
      counts.reduce((a, b) => a + b),
    );
  });

  it('knows a setting in every release it exists in, with the releases', () => {
    const iso = schemaOf('builder', 'proxmox-iso');
    assert.deepEqual(iso['x-packer'].plugin?.name, 'proxmox');
    assert.equal(getPropertySchema(iso, 'boot_iso')?.['x-packer-since'], '1.2.0');
    const unknown = (value: Record<string, unknown>) =>
      validateComponent('builder', 'proxmox-iso', value).filter((e) => e.keyword === 'additionalProperties');
    assert.deepEqual(
      unknown({ memry: 2048 }).map((e) => e.params),
      [{ additionalProperty: 'memry' }],
    );
    // vmware 2.0 removed the remote (ESXi) settings and made `version` a number: a setting of any release
    // is known, and a value of any of its types accepted (which release applies is decided elsewhere)
    const vmware = schemaOf('builder', 'vmware-iso');
    assert.equal(getPropertySchema(vmware, 'remote_host')?.['x-packer-until'], '1.2.0');
    assert.equal(getPropertySchema(vmware, 'tools_mode')?.['x-packer-since'], '2.0.0');
    assert.equal(getPropertySchema(vmware, 'version')?.['x-packer-type'], 'number');
    const valid = { remote_host: 'esxi.local', remote_username: 'root', tools_mode: 'upload', version: '19' };
    assert.deepEqual(
      validateComponent('builder', 'vmware-iso', valid).filter((e) => e.instancePath !== ''),
      [],
    );
  });

  it('annotates components and keys', () => {
    const ebs = schemaOf('builder', 'amazon-ebs');
    assert.equal(ebs.$id, 'packer://builder/amazon-ebs');
    assert.equal(ebs['x-packer'].builderId, 'mitchellh.amazonebs');
    assert.ok(ebs['x-packer'].removedKeys.includes('clean_ami_name'));
    const port = getPropertySchema(ebs, 'ssh_port');
    assert.equal(port?.['x-packer-type'], 'number');
    assert.equal(port?.default, 22);
    assert.match(port?.['x-packer-docs'] ?? '', /#ssh_port$/);
    assert.equal(getPropertySchema(ebs, 'name')?.['x-packer-meta'], true);
    assert.equal(getPropertySchema(ebs, 'packer_build_name')?.['x-packer-internal'], true);
    assert.equal(getPropertySchema(ebs, 'ssh_wait_timeout')?.['x-packer-deprecated'], true);
    assert.equal(getPropertySchema(schemaOf('provisioner', 'shell'), 'pause_before')?.['x-packer-meta'], true);
  });

  it('reaches into nested blocks, single and list', () => {
    const ebs = schemaOf('builder', 'amazon-ebs');
    const filter = getPropertySchema(ebs, 'source_ami_filter');
    assert.ok(filter);
    assert.equal(isListBlock(ebs, filter), false);
    assert.ok(getBlockProperties(ebs, filter)?.owners);
    const mappings = getPropertySchema(ebs, 'launch_block_device_mappings');
    assert.ok(mappings);
    assert.equal(isListBlock(ebs, mappings), true);
    assert.equal(getPropertySchema(ebs, ['launch_block_device_mappings', 'volume_size'])?.['x-packer-type'], 'number');
    assert.equal(getPropertySchema(ebs, ['ssh_port', 'x']), undefined);
  });

  it('lists removed keys from deprecated_options globs', () => {
    const removed = (kind: ComponentKind, type: string) => schemaOf(kind, type)['x-packer'].removedKeys;
    assert.ok(removed('builder', 'virtualbox-iso').includes('iso_md5'));
    assert.ok(removed('builder', 'virtualbox-iso').includes('guest_additions_attach'));
    assert.ok(removed('builder', 'virtualbox-ovf').includes('guest_additions_attach')); // mitchellh.virtualbox
    assert.ok(removed('builder', 'vsphere-iso').includes('network_card')); // jetbrains.vsphere
    assert.ok(removed('post-processor', 'manifest').includes('filename'));
    assert.ok(removed('provisioner', 'ansible').includes('galaxycommand'));
    // still a key of qemu (deprecated, not removed)
    assert.ok(!removed('builder', 'qemu').includes('ssh_host_port_min'));
  });
});

describe('amazon-ebs constraints', () => {
  it('accepts a complete builder', () => {
    assert.deepEqual(check('builder', 'amazon-ebs', EBS), []);
  });

  it('requires ami_name', () => {
    const errors = validateComponent('builder', 'amazon-ebs', without('ami_name'));
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.keyword, 'required');
    assert.deepEqual(errors[0]?.params, { missingProperty: 'ami_name' });
    assert.deepEqual(constraints('builder', 'amazon-ebs', without('ami_name')), [
      { kind: 'required', keys: ['ami_name'] },
    ]);
  });

  it('requires ssh_username only with the ssh communicator', () => {
    assert.deepEqual(constraints('builder', 'amazon-ebs', without('ssh_username')), [
      { kind: 'communicator', communicator: 'ssh', keys: ['ssh_username'] },
    ]);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...without('ssh_username'), communicator: 'none' }), []);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...without('ssh_username'), communicator: '{{user `c`}}' }), []);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...without('ssh_username'), communicator: '' }), [
      ' not communicator',
    ]);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, ssh_username: '' }), [' not communicator']);
    assert.deepEqual(constraints('builder', 'amazon-ebs', { ...without('ssh_username'), communicator: 'winrm' }), [
      { kind: 'communicator', communicator: 'winrm', keys: ['winrm_username'] },
    ]);
    assert.deepEqual(
      check('builder', 'amazon-ebs', { ...without('ssh_username'), communicator: 'winrm', winrm_username: 'a' }),
      [],
    );
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, communicator: 'sssh' }), ['/communicator enum']);
  });

  it('wants one of instance_type and spot_instance_types', () => {
    assert.deepEqual(constraints('builder', 'amazon-ebs', without('instance_type')), [
      { kind: 'oneOfRequired', groups: [['instance_type'], ['spot_instance_types']] },
    ]);
    assert.deepEqual(constraints('builder', 'amazon-ebs', { ...EBS, spot_instance_types: ['t3.micro'] }), [
      { kind: 'exclusive', groups: [['instance_type'], ['spot_instance_types']] },
    ]);
    // an empty list is unset in Go
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, spot_instance_types: [] }), []);
  });

  it('checks source_ami, the filter owners, key pairs and access keys', () => {
    assert.deepEqual(check('builder', 'amazon-ebs', without('source_ami')), [' not oneOfRequired']);
    const filter = { filters: { name: 'ubuntu/*' }, owners: ['099720109477'], most_recent: true };
    assert.deepEqual(check('builder', 'amazon-ebs', { ...without('source_ami'), source_ami_filter: filter }), []);
    const errors = validateComponent('builder', 'amazon-ebs', {
      ...without('source_ami'),
      source_ami_filter: { filters: { name: 'x' } },
    });
    const [error, ...others] = errors;
    assert.ok(error);
    assert.equal(others.length, 0);
    assert.equal(error.instancePath, '/source_ami_filter');
    assert.equal(error.schemaPath, '#/properties/source_ami_filter/allOf/0/required');
    assert.deepEqual(constraintOf(schemaOf('builder', 'amazon-ebs'), error), {
      kind: 'required',
      keys: ['owners'],
    });
    assert.deepEqual(constraints('builder', 'amazon-ebs', { ...EBS, ssh_keypair_name: 'kp' }), [
      { kind: 'requires', key: 'ssh_keypair_name', groups: [['ssh_private_key_file'], ['ssh_agent_auth']] },
    ]);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, ssh_keypair_name: 'kp', ssh_agent_auth: true }), []);
    assert.deepEqual(constraints('builder', 'amazon-ebs', { ...EBS, access_key: 'AKIA' }), [
      { kind: 'together', keys: ['access_key', 'secret_key'] },
    ]);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, access_key: 'AKIA', secret_key: 's' }), []);
  });

  it('checks the length of literal AMI names only', () => {
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, ami_name: 'ab' }), ['/ami_name minLength']);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, ami_name: 'x'.repeat(129) }), ['/ami_name maxLength']);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, ami_name: '{{user `n`}}' }), []);
  });

  it('reports unknown keys but lets packer_* through', () => {
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, ami_nmae: 'x' }), [' additionalProperties']);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, packer_anything: 'x' }), []);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, clean_ami_name: true }), [' additionalProperties']);
  });

  it('checks list blocks given as a list or as one object, with absolute schema paths', () => {
    const device = { device_name: '/dev/sda1', volume_size: 8 };
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, launch_block_device_mappings: [device] }), []);
    assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, launch_block_device_mappings: device }), []);
    const errors = validateComponent('builder', 'amazon-ebs', {
      ...EBS,
      launch_block_device_mappings: [{ ...device, bogus: 1 }, { volume_size: 'big' }, [device]],
    });
    assert.deepEqual(
      errors.map((e) => [e.instancePath, e.keyword, e.schemaPath]),
      [
        [
          '/launch_block_device_mappings/0',
          'additionalProperties',
          '#/definitions/block.launch_block_device_mappings/additionalProperties',
        ],
        ['/launch_block_device_mappings/1/volume_size', 'pattern', '#/definitions/number/pattern'],
        ['/launch_block_device_mappings/2', 'type', '#/definitions/block.launch_block_device_mappings/items/type'],
      ],
    );
  });
});

describe('weak typing of legacy JSON values', () => {
  // Each row was checked against `packer validate` of Debian's packer 1.6.6 (null builder
  // with communicator "none", a shell-local provisioner, a checksum post-processor).
  const NULL = { type: 'null', communicator: 'none' };
  const rows: Array<[string, unknown[], unknown[]]> = [
    // key, accepted by packer, rejected by packer
    [
      'ssh_port',
      [22, 22.7, '22', '0x16', '1_000', '', true, null, '-5', '+5', '{{user `port`}}'],
      ['abc', ' 22', [22], { a: 1 }],
    ],
    [
      'ssh_pty',
      [true, 'true', 'T', '1', 1, 0, 2, '', null, 'TRUE', '{{user `t`}}'],
      ['yes', 'tRue', ' true', [true], { a: 1 }],
    ],
    [
      'ssh_timeout',
      ['5m', '1h30m', '300ms', '0', 0, 300, '.5s', '5.s', '-1s', '1\u00b5s', '1us', true, '+0', null, '{{user `d`}}'],
      ['10', '', '5 m', '1d', '1h 30m', [1]],
    ],
    ['ssh_host', ['h', 5, true, null], [['a'], { a: 1 }, []]],
    ['ssh_local_tunnels', ['a', ['a', 'b'], 5, true, [1, true], null, [null], []], [[['a']], { a: 'b' }, [{ a: 'b' }]]],
  ];
  for (const [key, good, bad] of rows)
    it(`${key}: as packer 1.6.6`, () => {
      for (const value of good)
        assert.deepEqual(check('builder', 'null', { ...NULL, [key]: value }), [], `${key}=${JSON.stringify(value)}`);
      for (const value of bad)
        assert.notDeepEqual(check('builder', 'null', { ...NULL, [key]: value }), [], `${key}=${JSON.stringify(value)}`);
    });

  it('list(number), maps and provisioner meta keys, as packer 1.6.6', () => {
    const local = { type: 'shell-local', inline: ['true'] };
    for (const v of [[0], 0, '0', '0,1', ['0'], [true], '', [1.5], '{{user `v`}}'])
      assert.deepEqual(check('provisioner', 'shell-local', { ...local, valid_exit_codes: v }), [], JSON.stringify(v));
    for (const v of ['a', '0, 1'])
      assert.notDeepEqual(
        check('provisioner', 'shell-local', { ...local, valid_exit_codes: v }),
        [],
        JSON.stringify(v),
      );
    // pause_before and timeout are read by the template parser, before interpolation
    for (const v of ['5m', 5, true, null])
      assert.deepEqual(check('provisioner', 'shell-local', { ...local, pause_before: v }), [], JSON.stringify(v));
    for (const v of ['abc', '', '{{user `v`}}s'])
      assert.notDeepEqual(check('provisioner', 'shell-local', { ...local, pause_before: v }), [], JSON.stringify(v));
    for (const v of ['3', 3, '', true, '{{user `v`}}'])
      assert.deepEqual(check('provisioner', 'shell-local', { ...local, max_retries: v }), [], JSON.stringify(v));
    for (const v of ['abc', 1.5])
      assert.notDeepEqual(check('provisioner', 'shell-local', { ...local, max_retries: v }), [], JSON.stringify(v));
    for (const v of [{ a: 'b' }, { a: 1 }, { a: null }, [], [{ a: 'b' }], null])
      assert.deepEqual(check('builder', 'amazon-ebs', { ...EBS, tags: v }), [], JSON.stringify(v));
    for (const v of ['x', { a: ['x'] }, { a: { b: 'c' } }])
      assert.notDeepEqual(check('builder', 'amazon-ebs', { ...EBS, tags: v }), [], JSON.stringify(v));
  });

  it('post-processor meta keys are strict, as packer 1.6.6', () => {
    assert.deepEqual(check('post-processor', 'checksum', { type: 'checksum', keep_input_artifact: true }), []);
    for (const v of ['true', 1])
      assert.deepEqual(check('post-processor', 'checksum', { type: 'checksum', keep_input_artifact: v }), [
        '/keep_input_artifact type',
      ]);
    assert.deepEqual(check('post-processor', 'checksum', { type: 'checksum', only: 'null' }), ['/only type']);
    assert.deepEqual(check('post-processor', 'checksum', { type: 'checksum', name: 5 }), ['/name type']);
  });
});

describe('other components', () => {
  it('shell: inline or script(s), not both', () => {
    assert.deepEqual(constraints('provisioner', 'shell', { type: 'shell', inline: ['x'], script: 'a.sh' }), [
      { kind: 'exclusive', groups: [['inline'], ['script', 'scripts']] },
    ]);
    assert.deepEqual(constraints('provisioner', 'shell', { type: 'shell', script: 'a.sh', scripts: ['b.sh'] }), [
      { kind: 'exclusive', groups: [['script'], ['scripts']] },
    ]);
    assert.deepEqual(constraints('provisioner', 'shell', { type: 'shell', inline: [] }), [
      { kind: 'oneOfRequired', groups: [['inline'], ['script'], ['scripts']] },
    ]);
    assert.deepEqual(check('provisioner', 'shell', { type: 'shell', inline: 'echo hi', only: ['a'] }), []);
  });

  it('docker defaults to the docker communicator', () => {
    const docker = { type: 'docker', image: 'ubuntu', commit: true };
    assert.deepEqual(check('builder', 'docker', docker), []);
    assert.deepEqual(constraints('builder', 'docker', { ...docker, communicator: 'ssh' }), [
      { kind: 'communicator', communicator: 'ssh', keys: ['ssh_username'] },
    ]);
    assert.deepEqual(constraints('builder', 'docker', { type: 'docker', image: 'ubuntu', commit: false }), [
      { kind: 'exactlyOne', groups: [['commit'], ['discard'], ['export_path']] },
    ]);
    assert.deepEqual(check('builder', 'docker', { ...docker, export_path: 'x.tar' }), [' not exactlyOne']);
  });

  it('builders that default the username ask for none', () => {
    assert.deepEqual(constraints('builder', 'azure-arm', { type: 'azure-arm' }), []);
    assert.deepEqual(constraints('builder', 'vagrant', { type: 'vagrant', source_path: 'box' }), []);
    assert.deepEqual(constraints('builder', 'azure-dtl', { type: 'azure-dtl', communicator: 'winrm' }), [
      { kind: 'communicator', communicator: 'winrm', keys: ['winrm_username'] },
    ]);
  });

  it('null builder: host, username and a way to log in unless the communicator is none', () => {
    assert.deepEqual(
      check('builder', 'null', { type: 'null', ssh_host: 'h', ssh_username: 'u', ssh_password: 'p' }),
      [],
    );
    const kinds = constraints('builder', 'null', { type: 'null' });
    assert.deepEqual(
      kinds.map((c) =>
        c.kind === 'communicator' ? `${c.communicator}:${c.keys.join()}:${c.groups?.length ?? 0}` : c.kind,
      ),
      ['ssh:ssh_username:0', 'ssh:ssh_host:0', 'ssh::3'],
    );
    assert.deepEqual(constraints('builder', 'null', { type: 'null', communicator: 'none' }), []);
  });

  it('ISO rules, and vsphere-iso only once an ISO URL is given', () => {
    const qemu = { type: 'qemu', ssh_username: 'u' };
    assert.deepEqual(constraints('builder', 'qemu', qemu), [
      { kind: 'iso', rule: 'oneOfRequired', groups: [['iso_url'], ['iso_urls']] },
      { kind: 'iso', rule: 'required', keys: ['iso_checksum'] },
    ]);
    assert.deepEqual(check('builder', 'qemu', { ...qemu, iso_url: 'a.iso', iso_checksum: 'none' }), []);
    const vsphere = { type: 'vsphere-iso', ssh_username: 'u' };
    assert.deepEqual(check('builder', 'vsphere-iso', { ...vsphere, iso_paths: ['[ds] a.iso'] }), []);
    assert.deepEqual(constraints('builder', 'vsphere-iso', { ...vsphere, iso_url: 'a.iso' }), [
      { kind: 'iso', rule: 'required', keys: ['iso_checksum'], when: ['iso_url', 'iso_urls'] },
    ]);
  });

  it('enums accept templates and, where Packer upper-cases, any case', () => {
    const file = { type: 'file', source: 'a', destination: 'b' };
    assert.deepEqual(check('provisioner', 'file', { ...file, direction: 'download' }), []);
    assert.deepEqual(check('provisioner', 'file', { ...file, direction: '{{user `d`}}' }), []);
    assert.deepEqual(check('provisioner', 'file', { ...file, direction: 'up' }), ['/direction enum']);
    const gce = { type: 'googlecompute', project_id: 'p', zone: 'z', source_image: 'i', ssh_username: 'u' };
    assert.deepEqual(check('builder', 'googlecompute', { ...gce, image_architecture: 'arm64' }), []);
    assert.deepEqual(check('builder', 'googlecompute', { ...gce, on_host_maintenance: 'migrate' }), [
      '/on_host_maintenance enum',
    ]);
  });
});

describe('generated files', () => {
  it('the validators need only the ajv runtime, never the compiler, and come from the data file', () => {
    const file = path.join(ROOT, 'out', 'server', 'src', 'service', 'schema', 'generated', 'components.js');
    const requires = [...fs.readFileSync(file, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    assert.ok(requires.length > 0);
    for (const r of requires) assert.match(r ?? '', /^ajv\/dist\/runtime\//);
    for (const dir of [path.join(ROOT, 'dist'), path.join(ROOT, 'out', 'server', 'src', 'service', 'schema')])
      assert.ok(fs.existsSync(path.join(dir, 'packer-components.dat')), dir);
    for (const kind of COMPONENT_KINDS)
      for (const type of listComponentTypes(kind)) assert.equal(schemaOf(kind, type)['x-packer'].type, type);
  });

  it('the generator is deterministic and schemas/ is up to date', (t) => {
    if (!fs.existsSync(FACTS)) return t.skip(`no facts at ${FACTS}`);
    const dirs = [0, 1].map((i) => fs.mkdtempSync(path.join(os.tmpdir(), `packer-schemas-${i}-`)));
    try {
      for (const dir of dirs)
        execFileSync(process.execPath, [GENERATOR, '--facts', FACTS, '--out', dir], {
          stdio: 'pipe',
        });
      const [first, second] = dirs.map((dir) => snapshot(dir));
      const index = JSON.parse(first?.get('index.json') ?? '[]') as unknown[];
      assert.ok(index.length >= 64, `${index.length} component schemas`);
      assert.equal(first?.size, index.length + 3, 'the component schemas, index.json, hcl2.json and plugins.json');
      assert.deepEqual(second, first);
      assert.deepEqual(snapshot(path.join(ROOT, 'schemas')), first, 'schemas/ is stale: run npm run schemas');
    } finally {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The components whose every user setting must have a description for hover. */
const DESCRIBED: ReadonlyArray<[ComponentKind, string]> = [
  ['builder', 'amazon-ebs'],
  ['builder', 'docker'],
  ['builder', 'googlecompute'],
  ['builder', 'azure-arm'],
  ['builder', 'null'],
  ['builder', 'file'],
  ['provisioner', 'shell'],
  ['provisioner', 'shell-local'],
  ['provisioner', 'ansible'],
  ['post-processor', 'manifest'],
  ['post-processor', 'shell-local'],
  // plugin components, described through their facts' `from` structs or their own files
  ['builder', 'proxmox-iso'],
  ['builder', 'proxmox-clone'],
  ['builder', 'vmware-iso'],
  ['builder', 'vmware-vmx'],
  ['builder', 'hyperv-iso'],
  ['builder', 'hyperv-vmcx'],
  ['builder', 'parallels-iso'],
  ['builder', 'digitalocean'],
  ['builder', 'hcloud'],
  ['builder', 'openstack'],
  ['builder', 'oracle-oci'],
  ['builder', 'tart-cli'],
  ['provisioner', 'windows-update'],
];

/** "key.child" -> description (or undefined) for every key, nested ones included, but packer_* internals */
function descriptionsOf(schema: ComponentSchema): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const walk = (properties: Readonly<Record<string, PropertySchema>>, prefix: string) => {
    for (const [key, property] of Object.entries(properties)) {
      if (property['x-packer-internal']) continue;
      out.set(prefix + key, property.description);
      const block = property['x-packer-type'] === 'block' ? getBlockProperties(schema, property) : undefined;
      if (block) walk(block, `${prefix}${key}.`);
    }
  };
  walk(schema.properties, '');
  return out;
}

describe('setting descriptions', () => {
  it('describe every setting of the most used components', () => {
    const missing: string[] = [];
    let described = 0;
    for (const [kind, type] of DESCRIBED)
      for (const [key, text] of descriptionsOf(schemaOf(kind, type))) {
        if (text === undefined) missing.push(`${kind}/${type} ${key}`);
        else described++;
      }
    assert.deepEqual(missing, [], `${missing.length} settings lack a description (schemas/descriptions/)`);
    assert.ok(described > 700, `${described} described`);
  });

  it('reach nested keys, meta keys and every component embedding a shared struct', () => {
    const ebs = schemaOf('builder', 'amazon-ebs');
    const volumeSize = getPropertySchema(ebs, ['launch_block_device_mappings', 'volume_size']);
    assert.match(volumeSize?.description ?? '', /GiB/);
    assert.equal(getPropertySchema(ebs, 'packer_debug')?.description, undefined);
    assert.match(getPropertySchema(schemaOf('provisioner', 'shell'), 'only')?.description ?? '', /build/);
    const ssh = getPropertySchema(ebs, 'ssh_username')?.description;
    assert.match(ssh ?? '', /ec2-user/);
    for (const type of ['docker', 'null', 'qemu', 'vsphere-iso'])
      assert.equal(getPropertySchema(schemaOf('builder', type), 'ssh_username')?.description, ssh, type);
  });

  it('the generator fails on a description of a key that does not exist', (t) => {
    if (!fs.existsSync(FACTS)) return t.skip(`no facts at ${FACTS}`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-descriptions-'));
    try {
      const descriptions = path.join(dir, 'descriptions');
      fs.cpSync(path.join(ROOT, 'schemas', 'descriptions'), descriptions, { recursive: true });
      const typo = path.join(descriptions, 'provisioner.shell.json');
      const own = JSON.parse(fs.readFileSync(typo, 'utf8')) as Record<string, string>;
      fs.writeFileSync(
        typo,
        JSON.stringify({ ...own, skip_claen: 'A typo.' }, Object.keys(own).concat('skip_claen').sort()),
      );
      fs.writeFileSync(path.join(descriptions, 'builder.no-such-builder.json'), '{ "source": "Nothing." }');
      const run = () =>
        execFileSync(
          process.execPath,
          [GENERATOR, ...['--facts', FACTS, '--out', path.join(dir, 'out'), '--descriptions', descriptions]],
          { stdio: 'pipe' },
        );
      assert.throws(run, (e: { stderr?: Buffer }) => {
        const stderr = e.stderr?.toString() ?? '';
        assert.match(
          stderr,
          /provisioner\.shell\.json: "skip_claen" is no user setting there \(did you mean "skip_clean"\?\)/,
        );
        assert.match(stderr, /builder\.no-such-builder\.json matches no struct or component/);
        return true;
      });
      assert.equal(fs.existsSync(path.join(dir, 'out')), false, 'nothing written');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** relative path -> file bytes (as a string); schemas/descriptions/ is a source, not output */
/** What the generator reads under schemas/ rather than writes. */
const GENERATOR_INPUTS = new Set(['descriptions', 'facts', 'constraints']);

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of fs
      .readdirSync(path.join(dir, sub), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = path.join(sub, entry.name);
      if (GENERATOR_INPUTS.has(rel)) continue;
      if (entry.isDirectory()) walk(rel);
      else out.set(rel, fs.readFileSync(path.join(dir, rel), 'latin1'));
    }
  };
  walk('');
  return out;
}

/**
 * Valid legacy JSON templates of the corpus must get no false error. What we still
 * report there is listed here, each a real error that packer reports too.
 */
const REAL_ERRORS_IN_VALID_CORPUS: Array<{ match: RegExp; why: string }> = [
  {
    // "Deprecated configuration key: 'iso_checksum_type'" in 1.6.6; packer fix folds it into iso_checksum
    match: /^.* \/builders\/\d+ additionalProperties iso_checksum_type \(removed\)$/,
    why: 'iso_checksum_type was removed in Packer 1.6.0',
  },
  {
    // "Deprecated configuration key" for the hyperv plugin type (MSOpenTech.hyperv); packer fix renames them
    match: /^.* \/builders\/\d+ additionalProperties (cpu|ram_size) \(removed\)$/,
    why: 'hyperv-iso cpu and ram_size were renamed cpus and memory in Packer 1.5.0',
  },
  {
    // a fixture for `packer validate -except`: the broken components are meant to be skipped
    match:
      /^hashicorp-packer\/command\/test-fixtures\/validate\/validate_except\.json \/(builders\/1 required|post-processors\/1\/1 not)$/,
    why: 'file builder "vanilla" lacks target; shell-local "banana" has no command (packer 1.6.6 agrees)',
  },
];

describe('corpus of valid legacy JSON templates', () => {
  it('gets no false errors', (t) => {
    const index = path.join(CORPUS, 'INDEX.tsv');
    if (!fs.existsSync(index)) return t.skip(`no corpus at ${CORPUS}`);
    const [head = '', ...rows] = fs.readFileSync(index, 'utf8').trimEnd().split('\n');
    const columns = head.split('\t');
    const col = (row: string[], name: string) => row[columns.indexOf(name)] ?? '';
    let files = 0;
    let components = 0;
    let known = 0;
    const byKeyword = new Map<string, number>();
    const unexpected: string[] = [];
    for (const line of rows) {
      const row = line.split('\t');
      if (col(row, 'intent') !== 'valid' || col(row, 'format') !== 'legacy-json') continue;
      const file = col(row, 'path');
      const template = JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as Record<string, unknown>;
      files++;
      for (const [kind, pointer, value] of templateComponents(template)) {
        components++;
        const type = typeof value.type === 'string' ? value.type : '';
        const schema = getComponentSchema(kind, type);
        if (!schema) continue;
        known++;
        for (const error of validateComponent(kind, type, value)) {
          byKeyword.set(error.keyword, (byKeyword.get(error.keyword) ?? 0) + 1);
          const key = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : '';
          const removed = key && schema['x-packer'].removedKeys.includes(key) ? ' (removed)' : '';
          const finding = `${file} ${pointer}${error.instancePath} ${error.keyword}${key ? ` ${key}` : ''}${removed}`;
          if (!REAL_ERRORS_IN_VALID_CORPUS.some((r) => r.match.test(finding))) unexpected.push(finding);
        }
      }
    }
    t.diagnostic(
      `${files} templates, ${components} components, ${known} of known type; errors by keyword: ` +
        JSON.stringify(Object.fromEntries([...byKeyword].sort())),
    );
    assert.ok(files > 150);
    assert.deepEqual(unexpected, []);
  });
});

function* templateComponents(
  template: Record<string, unknown>,
): Generator<[ComponentKind, string, Record<string, unknown>]> {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  for (const [i, b] of list(template.builders).entries()) if (isObject(b)) yield ['builder', `/builders/${i}`, b];
  for (const [i, p] of list(template.provisioners).entries())
    if (isObject(p)) yield ['provisioner', `/provisioners/${i}`, p];
  const cleanup = template['error-cleanup-provisioner'];
  if (isObject(cleanup)) yield ['provisioner', '/error-cleanup-provisioner', cleanup];
  for (const [i, pp] of list(template['post-processors']).entries()) {
    if (isObject(pp)) yield ['post-processor', `/post-processors/${i}`, pp];
    for (const [j, q] of list(pp).entries()) if (isObject(q)) yield ['post-processor', `/post-processors/${i}/${j}`, q];
  }
}
